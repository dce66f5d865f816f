using Host.Abstractions;

namespace Inburgering.Plugin.Dashboard;

/// <summary>Reads the BRP registration date from a row loaded without the whole dossier.</summary>
internal static class BrpDatum
{
    /// <summary>
    /// Returns the date of registration in the gemeente from its BRP <c>yyyymmdd</c> text, or <see langword="null"/>
    /// when the BRP does not know the whole date, as <see cref="Dossiers.Dossier.BrpInschrijvingsdatum"/> does.
    /// </summary>
    public static DateOnly? Inschrijving(string? datumInschrijvingGemeente) =>
        PartialDate.TryParseBrp(datumInschrijvingGemeente, out var date) ? date.ToDateOnly() : null;
}
