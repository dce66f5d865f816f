namespace Inburgering.Plugin.Coa;

/// <summary>One data row of a file of COA forms.</summary>
/// <param name="Regelnummer">The line (CSV) or sheet row (XLSX) where the row starts; the header is line 1 or later.</param>
/// <param name="Waarden">The trimmed values by column of <see cref="CoaKolommen"/>, only for the file's columns; <see langword="null"/> for an empty cell.</param>
internal sealed record CoaRegel(int Regelnummer, IReadOnlyDictionary<string, string?> Waarden)
{
    /// <summary>Returns the value of <paramref name="kolom"/>, or <see langword="null"/> when the cell is empty or the file lacks the column.</summary>
    public string? Waarde(string kolom) => Waarden.TryGetValue(kolom, out var waarde) ? waarde : null;

    /// <summary>Returns whether the file has <paramref name="kolom"/>.</summary>
    public bool HeeftKolom(string kolom) => Waarden.ContainsKey(kolom);
}
