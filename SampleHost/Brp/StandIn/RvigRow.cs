namespace SampleHost.Brp.StandIn;

/// <summary>One row of the RvIG test set, read by LO GBA element name such as <c>01.02.10</c>.</summary>
internal sealed class RvigRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _values;

    /// <summary>Creates a row over <paramref name="values"/>.</summary>
    /// <param name="columns">The index of each element name in the header; the first column wins for a repeated name.</param>
    /// <param name="values">The fields of the row.</param>
    public RvigRow(IReadOnlyDictionary<string, int> columns, string[] values)
    {
        _columns = columns;
        _values = values;
    }

    /// <summary>Returns the trimmed value of <paramref name="element"/>, or <see langword="null"/> when it is empty or not in the file.</summary>
    public string? this[string element]
    {
        get
        {
            if (!_columns.TryGetValue(element, out var index) || index >= _values.Length)
            {
                return null;
            }

            var value = _values[index].Trim();
            return value.Length == 0 ? null : value;
        }
    }

    /// <summary>Returns whether the row has a value for any element of <paramref name="category"/>, such as <c>04</c>.</summary>
    /// <remarks>The <c>CC.H</c> column is not an element and does not count.</remarks>
    public bool HasCategory(string category)
    {
        var prefix = category + ".";
        var marker = RvigPersoonslijst.NextRowMarker(category);

        foreach (var (name, index) in _columns)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name != marker && index < _values.Length && _values[index].Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
