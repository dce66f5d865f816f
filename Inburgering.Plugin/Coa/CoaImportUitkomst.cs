namespace Inburgering.Plugin.Coa;

/// <summary>The outcome of importing a file of COA forms.</summary>
/// <param name="AantalRegels">The data rows in the file.</param>
/// <param name="AantalGewijzigd">The rows that added a version to a dossier's COA information.</param>
/// <param name="AantalOngewijzigd">The valid rows whose values the dossier already had.</param>
/// <param name="Fouten">The errors of the rejected rows, in the file's order.</param>
/// <param name="Geweigerd">Whether the whole file was rejected, so nothing was stored.</param>
internal sealed record CoaImportUitkomst(int AantalRegels, int AantalGewijzigd, int AantalOngewijzigd, IReadOnlyList<CoaImportFout> Fouten, bool Geweigerd)
{
    /// <summary>Whether another user changed one of the dossiers during the import, so nothing was stored.</summary>
    public bool Conflict { get; init; }

    /// <summary>The number of rows with at least one error.</summary>
    public int AantalFout => Fouten.Select(f => f.Regelnummer).Distinct().Count();
}
