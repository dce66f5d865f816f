namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// One delivered row as text, before validation, from any channel: a file line, a portal form or an API body row.
/// </summary>
/// <param name="Regelnummer">The line number in the file (the header is line 1), or the row's position from 1.</param>
/// <param name="Waarden">The values by column name of <see cref="LeveringKolommen"/>; a column that is absent or empty has no value.</param>
internal sealed record LeveringRegel(int Regelnummer, IReadOnlyDictionary<string, string?> Waarden)
{
    /// <summary>
    /// The values a file row has beyond the header's columns, joined by spaces, or <see langword="null"/>. Such a row is
    /// rejected, because a value without a column is usually a separator that should have been quoted.
    /// </summary>
    public string? OverbodigeWaarden { get; init; }

    /// <summary>Returns the trimmed value of <paramref name="kolom"/>, or <see langword="null"/> when it is absent or blank.</summary>
    public string? Waarde(string kolom) => Waarden.TryGetValue(kolom, out var waarde) && !string.IsNullOrWhiteSpace(waarde) ? waarde.Trim() : null;
}
