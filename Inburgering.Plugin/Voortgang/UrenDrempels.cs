using Inburgering.Plugin.Uren;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The hour thresholds that the law fixes, and the checks of a dossier's hours against them.</summary>
internal static class UrenDrempels
{
    /// <summary>
    /// The NT2 hours at a school with a quality mark needed before afschalen from B1 to A2 (Besluit inburgering 2021,
    /// art. 5.5). At least half of them must be taught in person, see <see cref="UrenTotalen.Nt2VoorAfschalen"/>.
    /// </summary>
    public const decimal Afschalen = 600m;

    /// <summary>The practical hours of the MAP.</summary>
    public const decimal MapPraktijk = 40m;

    /// <summary>Whether the hours allow afschalen, counting online hours only up to the in-person hours.</summary>
    public static bool AfschalenBereikt(UrenTotalen totalen)
    {
        ArgumentNullException.ThrowIfNull(totalen);

        return totalen.Nt2VoorAfschalen >= Afschalen;
    }

    /// <summary>Whether the PVT hours reach <paramref name="minimum"/>.</summary>
    public static bool PvtMinimumBereikt(UrenTotalen totalen, decimal minimum)
    {
        ArgumentNullException.ThrowIfNull(totalen);

        return totalen.Van(UrenSoort.Pvt) >= minimum;
    }

    /// <summary>Whether the MAP has its 40 practical hours.</summary>
    public static bool MapPraktijkBereikt(UrenTotalen totalen)
    {
        ArgumentNullException.ThrowIfNull(totalen);

        return totalen.Van(UrenSoort.MapPraktijk) >= MapPraktijk;
    }

    /// <summary>Whether the Z-route course hours reach <paramref name="doel"/>.</summary>
    public static bool ZRouteCursusBereikt(UrenTotalen totalen, decimal doel)
    {
        ArgumentNullException.ThrowIfNull(totalen);

        return totalen.ZRouteCursus >= doel;
    }

    /// <summary>Whether the Z-route participation hours reach <paramref name="doel"/>.</summary>
    public static bool ZRouteParticipatieBereikt(UrenTotalen totalen, decimal doel)
    {
        ArgumentNullException.ThrowIfNull(totalen);

        return totalen.Van(UrenSoort.Participatie) >= doel;
    }
}
