namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// Decides whether a gemeente of registration means a move to another gemeente. After such a move the new gemeente
/// takes over the inburgering and draws up a new PIP that keeps the leerroute, and the inburgeringstermijn runs on.
/// A move inside the gemeente changes nothing for the inburgering.
/// </summary>
internal static class VerhuizingRegel
{
    /// <summary>
    /// The gemeentecode of the Registratie Niet Ingezetenen in table 33, where the BRP registers a person who left the
    /// Netherlands.
    /// </summary>
    public const string RniGemeentecode = "1999";

    /// <summary>Returns what the gemeente of registration <paramref name="nieuweInschrijving"/> means for the dossier.</summary>
    /// <param name="dossierGemeente">The gemeentecode of the gemeente that owns the dossier.</param>
    /// <param name="vorigeInschrijving">
    /// The gemeente of registration known before, or <see langword="null"/> when unknown; then the person is taken to
    /// live in <paramref name="dossierGemeente"/>.
    /// </param>
    /// <param name="nieuweInschrijving">The gemeente of registration now, as the BRP or the host reports it.</param>
    public static VerhuizingUitkomst Beoordeel(string dossierGemeente, string? vorigeInschrijving, string? nieuweInschrijving)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierGemeente);

        if (!IsGemeentecode(nieuweInschrijving) || nieuweInschrijving == RniGemeentecode)
        {
            return VerhuizingUitkomst.GeenGemeente;
        }

        if (nieuweInschrijving == dossierGemeente)
        {
            return VerhuizingUitkomst.ZelfdeGemeente;
        }

        if (vorigeInschrijving is not null && vorigeInschrijving != dossierGemeente)
        {
            return VerhuizingUitkomst.NogNietInGemeente;
        }

        return VerhuizingUitkomst.AndereGemeente;
    }

    private static bool IsGemeentecode(string? code) =>
        code is { Length: 4 } && code.All(char.IsAsciiDigit) && code != "0000";
}
