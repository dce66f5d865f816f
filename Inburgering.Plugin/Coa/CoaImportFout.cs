using Host.Abstractions;

namespace Inburgering.Plugin.Coa;

/// <summary>What is wrong with one row of a file of COA forms.</summary>
/// <param name="Regelnummer">The line (CSV) or sheet row (XLSX) of the row.</param>
/// <param name="Kolom">The column with the wrong value.</param>
/// <param name="Waarde">The value as read, or <see langword="null"/> when the cell is empty or the value is a BSN or V-nummer, which is not repeated.</param>
/// <param name="Melding">The problem and the fix, in Dutch and English.</param>
internal sealed record CoaImportFout(int Regelnummer, string Kolom, string? Waarde, LocalizedText Melding)
{
    /// <summary>Returns the error as one sentence that names the line, the column and, when shown, the value.</summary>
    public LocalizedText Tekst() => Waarde is null
        ? new LocalizedText($"Regel {Regelnummer}, kolom {Kolom}: {Melding.Nl}", $"Line {Regelnummer}, column {Kolom}: {Melding.En}")
        : new LocalizedText($"Regel {Regelnummer}, kolom {Kolom}, waarde '{Waarde}': {Melding.Nl}", $"Line {Regelnummer}, column {Kolom}, value '{Waarde}': {Melding.En}");
}
