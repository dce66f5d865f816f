using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;

namespace Inburgering.Plugin.Demo;

/// <summary>Builds the DUO signals of a demo person, as the consulent enters them from DUO's Portaal Inburgering.</summary>
internal static class DemoDuoSignalen
{
    /// <summary>
    /// Returns a signal of <paramref name="soort"/> with <paramref name="status"/> about <paramref name="person"/>. A
    /// processed signal points to <paramref name="dossier"/>; a new one waits in the inbox. Dates count back from
    /// <paramref name="kennisgevingsdatum"/>, the date on DUO's notification.
    /// </summary>
    public static DuoSignaal Maak(
        DemoPerson person,
        DuoSignaalSoort soort,
        DuoSignaalStatus status,
        string gemeente,
        DateOnly kennisgevingsdatum,
        Dossier? dossier,
        string actorId,
        DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(person);

        var verwerkt = status == DuoSignaalStatus.Verwerkt;
        return new DuoSignaal
        {
            Id = Guid.CreateVersion7(),
            Gemeente = gemeente,
            Soort = soort,
            Kennisgevingsdatum = kennisgevingsdatum,
            OntvangenOp = kennisgevingsdatum.AddDays(2),
            Bsn = person.Bsn,
            VNummer = person.Bsn is null ? person.VNummer : null,
            Doelgroep = soort == DuoSignaalSoort.NieuwePlichtige ? person.Doelgroep : null,
            WetRegime = soort == DuoSignaalSoort.NieuwePlichtige ? WetRegime.Wi2021 : null,
            Koppeldatum = soort == DuoSignaalSoort.Intrekking ? null : dossier?.Koppeldatum ?? kennisgevingsdatum,
            Inhoudssleutel = DuoSignaalSleutel.Van(soort, kennisgevingsdatum, person.Bsn, person.Bsn is null ? person.VNummer : null),
            Toelichting = Toelichting(soort),
            Status = status,
            IngevoerdOp = nu,
            IngevoerdDoor = actorId,
            VerwerktOp = verwerkt ? nu : null,
            VerwerktDoor = verwerkt ? actorId : null,
            DossierId = verwerkt ? dossier?.Id : null,
        };
    }

    private static string Toelichting(DuoSignaalSoort soort) => soort switch
    {
        DuoSignaalSoort.NieuwePlichtige => "Nieuwe inburgeringsplichtige volgens DUO.",
        DuoSignaalSoort.Correctie => "DUO corrigeert de koppeldatum.",
        DuoSignaalSoort.Intrekking => "DUO trekt de inburgeringsplicht in: de verblijfsvergunning is ingetrokken.",
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, null),
    };
}
