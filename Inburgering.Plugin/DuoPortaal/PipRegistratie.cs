using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Pip;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>Chooses which fact an adopted PIP version is for DUO, from the reason the version was drawn up.</summary>
internal static class PipRegistratie
{
    /// <summary>
    /// Returns the kind of DUO registration of a PIP version of <paramref name="soort"/>: schakelen, afschalen and the
    /// new PIP after a move change the leerroute or its level, or the gemeente that is responsible for it.
    /// </summary>
    public static DuoRegistratieSoort SoortVan(PipSoort soort) => soort switch
    {
        PipSoort.Eerste or PipSoort.Wijziging => DuoRegistratieSoort.PipVastgesteld,
        PipSoort.Schakelen or PipSoort.Afschalen or PipSoort.Verhuizing => DuoRegistratieSoort.LeerrouteGewijzigd,
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Unknown PIP soort."),
    };

    /// <summary>Reports the adopted <paramref name="versie"/> through the operation of its kind.</summary>
    public static Task MeldPipAsync(this IDuoRegistratiePoort poort, Dossier dossier, PipVersie versie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poort);
        ArgumentNullException.ThrowIfNull(versie);

        return SoortVan(versie.Soort) == DuoRegistratieSoort.PipVastgesteld
            ? poort.PipVastgesteldAsync(dossier, versie, cancellationToken)
            : poort.LeerrouteGewijzigdAsync(dossier, versie, cancellationToken);
    }
}
