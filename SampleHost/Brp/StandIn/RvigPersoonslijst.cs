namespace SampleHost.Brp.StandIn;

/// <summary>
/// The rows of one persoonslijst in the RvIG test set. The first row contains the current data of every category.
/// A category can have more rows below it: another current occurrence (a second nationality) or history.
/// </summary>
/// <remarks>
/// The column <c>CC.H</c> of a row marks what the next row contains for category <c>CC</c>: <c>04</c> means another
/// current occurrence of category 04, <c>54</c> means history of category 04, and an empty value means nothing.
/// The file does not document this column, so this reading follows from its data. For example, a person with a
/// Dutch and an ended Hungarian nationality has <c>04.H</c> = <c>04</c> on the Dutch row, then an ended occurrence
/// with <c>04.H</c> = <c>54</c>, then the Hungarian history row.
/// NOTE: a few rows in categories 01, 03, 05, 06, 07, 08, 09 and 12 break this pattern. Every row of category 04
/// follows it, and only category 04 is read through <see cref="CurrentOccurrences"/>.
/// </remarks>
internal sealed class RvigPersoonslijst
{
    private readonly IReadOnlyList<RvigRow> _rows;

    /// <summary>Creates a persoonslijst of at least one row.</summary>
    public RvigPersoonslijst(IReadOnlyList<RvigRow> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);

        _rows = rows;
    }

    /// <summary>The first row: the current data of every category.</summary>
    public RvigRow Current => _rows[0];

    /// <summary>Returns the name of the column that marks what the next row contains for <paramref name="category"/>.</summary>
    public static string NextRowMarker(string category) => category + ".H";

    /// <summary>
    /// Returns the current occurrences of <paramref name="category"/>, such as all current nationalities for
    /// <c>04</c>, and leaves out its history rows.
    /// </summary>
    public IReadOnlyList<RvigRow> CurrentOccurrences(string category)
    {
        var marker = NextRowMarker(category);
        var occurrences = new List<RvigRow>();

        for (var i = 0; i < _rows.Count; i++)
        {
            var isCurrent = i == 0 || _rows[i - 1][marker] == category;
            if (isCurrent && _rows[i].HasCategory(category))
            {
                occurrences.Add(_rows[i]);
            }
        }

        return occurrences;
    }
}
