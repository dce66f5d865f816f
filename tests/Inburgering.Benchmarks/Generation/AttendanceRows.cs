using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// The delivered attendance of one gemeente, made the way processing a delivery makes it: one
/// <see cref="Levering"/> per aanbieder and week, a <see cref="Voortgangsmelding"/> per aanmelding and week, and the
/// <see cref="Urenregel"/>s that <see cref="UrenUitMelding"/> derives from each row. The rows are made again on each
/// enumeration from the same seeds, so they stream to the database without being held in memory.
/// </summary>
internal sealed class AttendanceRows
{
    private readonly GeneratedData _data;
    private readonly string _gemeente;
    private readonly Dictionary<Guid, Aanbieder> _aanbieders;
    private readonly Dictionary<(Guid Aanbieder, int Week), Levering> _leveringen = [];

    public AttendanceRows(GeneratedData data, string gemeente)
    {
        ArgumentNullException.ThrowIfNull(data);

        _data = data;
        _gemeente = gemeente;
        _aanbieders = data.Aanbieders[gemeente].ToDictionary(aanbieder => aanbieder.Id);
        PlanLeveringen();
    }

    /// <summary>One delivery per aanbieder and week in which it reported rows, with the counts of its rows.</summary>
    public IEnumerable<Levering> Leveringen => _leveringen.Values;

    /// <summary>The delivered rows, in the order of the dossiers.</summary>
    public IEnumerable<Voortgangsmelding> Meldingen()
    {
        foreach (var plan in _data.Dossiers[_gemeente])
        {
            for (var a = 0; a < plan.Aanmeldingen.Count; a++)
            {
                var aanmelding = plan.Aanmeldingen[a];
                var random = DeterministicIds.For(_data.Options.Seed, plan.Index, stream: 1 + a);
                for (var week = 0; week < aanmelding.Rijen; week++)
                {
                    yield return Melding(plan, aanmelding, week, random);
                }
            }
        }
    }

    /// <summary>The hours each delivered row adds, as the delivery's processing writes them.</summary>
    public IEnumerable<Urenregel> Urenregels()
    {
        var random = DeterministicIds.For(_data.Options.Seed, int.Parse(_gemeente, CultureInfo.InvariantCulture), stream: 8);
        foreach (var melding in Meldingen())
        {
            var aanbieder = _aanbieders[melding.AanbiederId];
            var levering = _leveringen[(melding.AanbiederId, Week(melding.PeriodeTot))];
            foreach (var (soort, uren) in UrenUitMelding.Van(melding))
            {
                yield return new Urenregel
                {
                    Id = DeterministicIds.Next(random),
                    DossierId = melding.DossierId,
                    Gemeente = melding.Gemeente,
                    Soort = soort,
                    PeriodeVan = melding.PeriodeVan,
                    PeriodeTot = melding.PeriodeTot,
                    Uren = uren,
                    MetKeurmerk = aanbieder.Keurmerk,
                    Aanbieder = aanbieder.Naam,
                    VoortgangsmeldingId = melding.Id,
                    GeregistreerdOp = levering.OntvangenOp,
                    GeregistreerdDoor = levering.OntvangenDoor,
                };
            }
        }
    }

    private Voortgangsmelding Melding(DossierPlan plan, AanmeldingPlan aanmelding, int week, Random random)
    {
        var van = aanmelding.WeekVan(week);
        var tot = van.AddDays(6);
        var levering = _leveringen[(aanmelding.AanbiederId, Week(tot))];

        // Eight hours offered a week; most are attended in person, the rest is absence, now and then unauthorised.
        var fysiek = random.Next(16, 33) / 4m;
        var online = aanmelding.Onderdeel == Cursusonderdeel.Taal && random.Next(4) == 0 ? 1m : 0m;
        var verzuim = Math.Max(0m, 8m - fysiek - online);
        var ongeoorloofd = random.Next(25) == 0 ? verzuim : 0m;

        return new Voortgangsmelding
        {
            Id = DeterministicIds.Next(random),
            LeveringId = levering.Id,
            AanmeldingId = aanmelding.Id,
            AanbiederId = aanmelding.AanbiederId,
            DossierId = plan.Dossier.Id,
            Gemeente = _gemeente,
            Regelnummer = week + 1,
            Onderdeel = aanmelding.Onderdeel,
            PeriodeVan = van,
            PeriodeTot = tot,
            UrenAangeboden = 8m,
            UrenGevolgdFysiek = fysiek,
            UrenGevolgdOnline = online,
            UrenGeoorloofdVerzuim = verzuim - ongeoorloofd,
            UrenOngeoorloofdVerzuim = ongeoorloofd,
            Startdatum = aanmelding.Startdatum,
            OntvangenOp = levering.OntvangenOp,
        };
    }

    /// <summary>Counts the rows per aanbieder and week, so each delivery carries the numbers of the rows it made.</summary>
    private void PlanLeveringen()
    {
        var random = DeterministicIds.For(_data.Options.Seed, int.Parse(_gemeente, CultureInfo.InvariantCulture), stream: 7);
        foreach (var aanmelding in _data.Dossiers[_gemeente].SelectMany(plan => plan.Aanmeldingen))
        {
            for (var week = 0; week < aanmelding.Rijen; week++)
            {
                var tot = aanmelding.WeekVan(week).AddDays(6);
                var key = (aanmelding.AanbiederId, Week(tot));
                if (!_leveringen.TryGetValue(key, out var levering))
                {
                    levering = NieuweLevering(aanmelding.AanbiederId, key.Item2, random);
                    _leveringen.Add(key, levering);
                }

                levering.AantalRegels++;
                levering.AantalVerwerkt++;
            }
        }
    }

    private Levering NieuweLevering(Guid aanbiederId, int week, Random random)
    {
        var referentie = string.Create(CultureInfo.InvariantCulture, $"GEN-{week}");

        // The week's deliveries arrive on the Monday after the week, in the morning, or today for the current week.
        var maandag = DateOnly.FromDayNumber((week + 1) * 7);
        var ontvangen = (maandag < _data.Options.Vandaag ? maandag : _data.Options.Vandaag).ToDateTime(new TimeOnly(7, 0));
        return new Levering
        {
            Id = DeterministicIds.Next(random),
            Gemeente = _gemeente,
            AanbiederId = aanbiederId,
            Kanaal = LeveringKanaal.Api,
            Referentie = referentie,
            Inhoudshash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{aanbiederId}/{referentie}"))),
            Modus = LeveringModus.GeldigeRegels,
            Status = LeveringStatus.Verwerkt,
            OntvangenOp = new DateTimeOffset(ontvangen, TimeSpan.Zero),
            OntvangenDoor = DossierPlanner.ActorId,
        };
    }

    /// <summary>The number of the week (counted from day 0 of the calendar, a Monday) that contains <paramref name="day"/>.</summary>
    private static int Week(DateOnly day) => day.DayNumber / 7;
}
