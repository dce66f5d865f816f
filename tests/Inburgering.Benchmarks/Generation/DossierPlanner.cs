using System.Globalization;
using Bogus;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// Plans one dossier: a person from Bogus (Dutch locale), a status and the dates that fit it. The dossier walks the
/// lifecycle through <see cref="DossierLifecycle.Move"/>, so its history only has transitions the product allows.
/// </summary>
internal sealed class DossierPlanner(int seed, DateOnly vandaag, TestBsnSequence bsns)
{
    /// <summary>The actor the generated rows name as the employee who made them.</summary>
    public const string ActorId = "generator";

    /// <summary>How often each status occurs, in percent; after the first eight dossiers, which have one status each.</summary>
    private static readonly (DossierStatus Status, int Percent)[] s_verdeling =
    [
        (DossierStatus.Gekoppeld, 8),
        (DossierStatus.BredeIntake, 8),
        (DossierStatus.PipVastgesteld, 10),
        (DossierStatus.InTraject, 50),
        (DossierStatus.Voldaan, 10),
        (DossierStatus.Ontheffing, 5),
        (DossierStatus.Vertrokken, 5),
        (DossierStatus.Verwijderd, 4),
    ];

    /// <summary>Nationalities other than Dutch that occur in the RvIG test set, as codes of BRP table 32.</summary>
    private static readonly string[] s_nationaliteiten = ["0057", "0072", "0052", "0100", "0077", "0339", "0059", "0263"];

    private readonly Faker _faker = new("nl");

    /// <summary>Plans dossier <paramref name="index"/> in <paramref name="gemeente"/>, with aanmeldingen at <paramref name="aanbieders"/>.</summary>
    public DossierPlan Plan(int index, string gemeente, IReadOnlyList<Guid> aanbieders)
    {
        var random = DeterministicIds.For(seed, index);
        _faker.Random = new Randomizer(random.Next());

        var status = index < s_verdeling.Length ? s_verdeling[index].Status : Kies(random.Next(100));
        var dossier = NieuwDossier(random, gemeente);
        var wijzigingen = new List<DossierStatusWijziging>();
        var pad = Pad(status, random);

        // The dates run backwards from the day the dossier reached its status, through the time spent in each earlier one.
        var data = new DateOnly[pad.Count];
        var dag = vandaag.AddDays(-DagenSinds(status, random));
        for (var i = pad.Count - 1; i >= 0; i--)
        {
            data[i] = dag;
            dag = dag.AddDays(-DagenIn(i == 0 ? DossierStatus.Gekoppeld : pad[i - 1], random));
        }

        dossier.Koppeldatum = dag;
        dossier.StatusSinds = dag;
        dossier.GeregistreerdOp = new DateTimeOffset(dag.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        dossier.DatumInschrijvingGemeente = dag.AddDays(-random.Next(0, 30)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var kennisgeving = dag.AddDays(random.Next(0, 10));
        dossier.DuoKennisgevingOp = pad.Count > 0 || random.Next(4) > 0 ? Min(kennisgeving, vandaag) : null;

        Leerroute? leerroute = null;
        var aanmeldingen = new List<AanmeldingPlan>();
        for (var i = 0; i < pad.Count; i++)
        {
            var naar = pad[i];
            if (naar == DossierStatus.PipVastgesteld)
            {
                dossier.LegDagtekeningEerstePipVast(data[i]);
                leerroute = (Leerroute)random.Next(3);
            }

            if (naar == DossierStatus.InTraject)
            {
                var einde = i + 1 < pad.Count ? data[i + 1] : (DateOnly?)null;
                aanmeldingen.AddRange(Aanmeldingen(random, aanbieders, data[i], einde));
            }

            var (wijziging, error) = DossierLifecycle.Move(dossier, naar, data[i], ActorId, reden: null);
            if (wijziging is null)
            {
                throw new InvalidOperationException($"The generator planned a move the lifecycle rejects: {error?.En}");
            }

            wijziging.Id = DeterministicIds.Next(random);
            wijzigingen.Add(wijziging);
        }

        if (dossier.Status.IsFinal())
        {
            dossier.AfsluitReden = AfsluitRedenVoor(dossier.Status, random);
        }

        return new DossierPlan
        {
            Index = index,
            Dossier = dossier,
            ClientId = dossier.ClientId is { } clientId ? Guid.Parse(clientId) : null,
            Wijzigingen = wijzigingen,
            Leerroute = leerroute,
            Aanmeldingen = aanmeldingen,
        };
    }

    private Dossier NieuwDossier(Random random, string gemeente)
    {
        var id = DeterministicIds.Next(random);

        // One in twenty is an asielstatushouder whose BSN is not known yet: a V-nummer, no client.
        var zonderBsn = random.Next(20) == 0;
        var voornaam = _faker.Name.FirstName();
        var achternaam = _faker.Name.LastName();
        var voorvoegsel = random.Next(5) == 0 ? _faker.PickRandom("van", "de", "van der", "van den") : null;
        var geboren = vandaag.AddYears(-random.Next(18, 67)).AddDays(-random.Next(0, 365));

        return new Dossier
        {
            Id = id,
            Gemeente = gemeente,
            Bsn = zonderBsn ? null : bsns.Next(),
            VNummer = zonderBsn || random.Next(2) == 0 ? random.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture) : null,
            ClientId = zonderBsn ? null : DeterministicIds.Next(random).ToString(),
            Doelgroep = zonderBsn ? Doelgroep.Asielstatushouder : (Doelgroep)random.Next(3),
            WetRegime = WetRegime.Wi2021,
            Status = DossierStatus.Gekoppeld,
            Naam = string.Join(' ', new[] { voornaam, voorvoegsel, achternaam }.Where(part => part is not null)),
            Voornamen = voornaam,
            Voorvoegsel = voorvoegsel,
            Geslachtsnaam = achternaam,
            Geboortedatum = geboren.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            AdresRegel1 = _faker.Address.StreetAddress(),
            AdresRegel2 = $"{_faker.Address.ZipCode()} {_faker.Address.City()}",
            Nationaliteiten = [s_nationaliteiten[random.Next(s_nationaliteiten.Length)]],
            GemeenteVanInschrijving = gemeente,
            BrpOpgevraagdOp = zonderBsn ? null : new DateTimeOffset(vandaag.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            GeregistreerdDoor = ActorId,
            ConcurrencyStamp = DeterministicIds.Next(random),
        };
    }

    /// <summary>The statuses the dossier moves through after Gekoppeld, ending in <paramref name="status"/>.</summary>
    private static List<DossierStatus> Pad(DossierStatus status, Random random)
    {
        DossierStatus[] vooruit = [DossierStatus.BredeIntake, DossierStatus.PipVastgesteld, DossierStatus.InTraject];
        return status switch
        {
            DossierStatus.Gekoppeld => [],
            DossierStatus.BredeIntake => [.. vooruit[..1]],
            DossierStatus.PipVastgesteld => [.. vooruit[..2]],
            DossierStatus.InTraject => [.. vooruit],
            DossierStatus.Voldaan => [.. vooruit, DossierStatus.Voldaan],

            // A dossier can close from every open status; most do so during the traject.
            _ => [.. vooruit[..random.Next(0, 4)], status],
        };
    }

    /// <summary>
    /// How many days ago the dossier reached <paramref name="status"/>. An open traject spreads over the three years of the
    /// termijn, so the deadline scan finds termijnen that end within six months.
    /// </summary>
    private static int DagenSinds(DossierStatus status, Random random) => status switch
    {
        DossierStatus.Gekoppeld => random.Next(0, 60),
        DossierStatus.BredeIntake => random.Next(0, 90),
        DossierStatus.PipVastgesteld => random.Next(0, 60),
        DossierStatus.InTraject => random.Next(14, 1_090),
        _ => random.Next(0, 700),
    };

    /// <summary>How many days a dossier that moved on spent in <paramref name="status"/>.</summary>
    private static int DagenIn(DossierStatus status, Random random) => status switch
    {
        DossierStatus.Gekoppeld => random.Next(5, 30),
        DossierStatus.BredeIntake => random.Next(20, 60),
        DossierStatus.PipVastgesteld => random.Next(14, 60),
        _ => random.Next(90, 1_000),
    };

    private static DateOnly Min(DateOnly left, DateOnly right) => left < right ? left : right;

    private IEnumerable<AanmeldingPlan> Aanmeldingen(Random random, IReadOnlyList<Guid> aanbieders, DateOnly start, DateOnly? einde)
    {
        var aanbieder = aanbieders[random.Next(aanbieders.Count)];
        var tot = einde ?? vandaag;
        Cursusonderdeel[] onderdelen = random.Next(3) == 0 ? [Cursusonderdeel.Taal] : [Cursusonderdeel.Taal, Cursusonderdeel.Knm];

        foreach (var onderdeel in onderdelen)
        {
            var weken = Math.Max(0, (tot.DayNumber - start.DayNumber + 1) / 7);
            yield return new AanmeldingPlan(DeterministicIds.Next(random), aanbieder, onderdeel, start, einde, weken);
        }
    }

    private static DossierStatus Kies(int percent)
    {
        foreach (var (status, kans) in s_verdeling)
        {
            if (percent < kans)
            {
                return status;
            }

            percent -= kans;
        }

        return DossierStatus.InTraject;
    }

    private static AfsluitReden AfsluitRedenVoor(DossierStatus status, Random random) => status switch
    {
        DossierStatus.Voldaan => AfsluitReden.InburgeringsplichtVoldaan,
        DossierStatus.Ontheffing => AfsluitReden.Ontheffing,
        DossierStatus.Vertrokken => AfsluitReden.VertrokkenNaarBuitenland,
        _ => random.Next(3) switch
        {
            0 => AfsluitReden.Overleden,
            1 => AfsluitReden.IntrekkingDoorDuo,
            _ => AfsluitReden.Anders,
        },
    };
}
