using Inburgering.Plugin.Uren;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The hours a delivered row adds to the dossier, as <see cref="Urenregel"/>s, so the rules of afschalen, the Z-route,
/// the PVT and the MAP count delivered hours the same way as hours a consulent entered.
/// </summary>
internal static class UrenUitMelding
{
    /// <summary>
    /// Returns the hours of <paramref name="melding"/> per kind: NT2 in person and online apart, every other onderdeel
    /// as one kind with in-person and online hours together. Kinds without hours are left out.
    /// </summary>
    public static IEnumerable<(UrenSoort Soort, decimal Uren)> Van(Voortgangsmelding melding)
    {
        ArgumentNullException.ThrowIfNull(melding);

        (UrenSoort Soort, decimal Uren)[] regels = melding.Onderdeel switch
        {
            Cursusonderdeel.Taal => [(UrenSoort.Nt2Fysiek, melding.UrenGevolgdFysiek), (UrenSoort.Nt2Online, melding.UrenGevolgdOnline)],
            Cursusonderdeel.Knm => [(UrenSoort.Knm, Gevolgd(melding))],
            Cursusonderdeel.Alfabetisering => [(UrenSoort.Alfabetisering, Gevolgd(melding))],
            Cursusonderdeel.Pvt => [(UrenSoort.Pvt, Gevolgd(melding))],
            Cursusonderdeel.Map => [(UrenSoort.MapPraktijk, Gevolgd(melding))],
            Cursusonderdeel.Participatie => [(UrenSoort.Participatie, Gevolgd(melding))],
            _ => throw new ArgumentOutOfRangeException(nameof(melding), melding.Onderdeel, "Unknown onderdeel."),
        };

        return regels.Where(regel => regel.Uren > 0);
    }

    private static decimal Gevolgd(Voortgangsmelding melding) => melding.UrenGevolgdFysiek + melding.UrenGevolgdOnline;
}
