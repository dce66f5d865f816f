namespace Host.Abstractions;

/// <summary>How the user pages, sorts and filters the lists of a screen.</summary>
/// <param name="Sort">The key of the column to sort by, or <see langword="null"/> for the screen's own order.</param>
/// <param name="Descending">Whether to sort from high to low.</param>
/// <param name="After">The <see cref="ListElement.NextPage"/> position of the page before, or <see langword="null"/> for the first page.</param>
/// <param name="Filters">The filter values by filter key; a missing key means no filter.</param>
public sealed record ListQuery(string? Sort, bool Descending, string? After, IReadOnlyDictionary<string, string> Filters)
{
    /// <summary>The first page in the screen's own order, without filters.</summary>
    public static ListQuery Default { get; } = new(null, false, null, new Dictionary<string, string>());

    /// <summary>Returns the value of filter <paramref name="key"/>, or <see langword="null"/> when it is not set.</summary>
    /// <param name="key">A filter key.</param>
    public string? Filter(string key) => Filters.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
