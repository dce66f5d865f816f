using Host.Abstractions;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Demo;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DemoSeederTests(DatabaseProvider provider)
{
    private static readonly DossierStatus[] s_lifecycle =
    [
        DossierStatus.Gekoppeld, DossierStatus.BredeIntake, DossierStatus.PipVastgesteld, DossierStatus.InTraject,
        DossierStatus.Voldaan, DossierStatus.Ontheffing, DossierStatus.Vertrokken,
    ];

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        foreach (var persoon in DemoBrpPersons.All)
        {
            _plugin.Brp.Add(persoon);
        }
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Seed_RegistersDemoPersonsInCurrentGemeente()
    {
        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        Assert.That(dossiers.Select(d => d.Gemeente), Is.All.EqualTo("0599"));
        Assert.That(dossiers.Select(d => (d.Bsn, d.VNummer, d.Doelgroep)), Is.EquivalentTo(new (string?, string?, Doelgroep)[]
        {
            ("999992806", null, Doelgroep.Asielstatushouder),
            ("999990159", null, Doelgroep.Asielstatushouder),
            (null, "1234567890", Doelgroep.Asielstatushouder),
            (null, "3456789012", Doelgroep.Asielstatushouder),
            (null, "4567890123", Doelgroep.Asielstatushouder),
            (null, "5678901234", Doelgroep.Asielstatushouder),
            ("999995017", null, Doelgroep.Gezinsmigrant),
            ("999993938", null, Doelgroep.Gezinsmigrant),
            ("999992466", null, Doelgroep.Gezinsmigrant),
            ("999990172", null, Doelgroep.Gezinsmigrant),
            ("999991176", null, Doelgroep.Gezinsmigrant),
            ("999990482", null, Doelgroep.OverigeMigrant),
            ("999991838", null, Doelgroep.OverigeMigrant),
            ("999994748", null, Doelgroep.OverigeMigrant),
            ("999996976", null, Doelgroep.OverigeMigrant),
            ("999996988", null, Doelgroep.OverigeMigrant),
        }));
        Assert.That(dossiers.Where(d => d.IsBeperkt).Select(d => d.VNummer), Is.EqualTo(new[] { "3456789012" }), "one restricted dossier for the privacy officer");
        Assert.That(dossiers.Single(d => d.Bsn == "999992806").Geboortedatum, Is.EqualTo("19680000"));
        Assert.That(dossiers.Select(d => d.Koppeldatum), Is.All.LessThanOrEqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(_plugin.Clients.All, Has.Count.EqualTo(12), "one host client per BSN");
    }

    [Test]
    public async Task Seed_LeavesWalkThroughPersonsUnregistered()
    {
        await SeedAsync();

        var bsns = (await _plugin.AllDossiersAsync()).Select(d => d.Bsn).ToList();
        Assert.That(bsns, Does.Not.Contain("999993653"));
        Assert.That(bsns, Does.Not.Contain("000009921"));
        var signaalBsns = (await ListAsync(db => db.DuoSignalen)).Select(s => s.Bsn).ToList();
        Assert.That(signaalBsns, Does.Not.Contain("999993653"));
        Assert.That(signaalBsns, Does.Not.Contain("000009921"));
    }

    [Test]
    public async Task Seed_Twice_CreatesNothingNew()
    {
        await SeedAsync();
        var first = (await _plugin.AllDossiersAsync()).Select(d => d.Id).ToList();
        var rowsBefore = await RowCountsAsync();
        var recordsBefore = _plugin.ProcessingLog.Records.Count(r => r.Operation != ProcessingOperation.Search);

        await SeedAsync();

        Assert.That((await _plugin.AllDossiersAsync()).Select(d => d.Id), Is.EquivalentTo(first));
        Assert.That(await RowCountsAsync(), Is.EqualTo(rowsBefore));
        Assert.That(_plugin.ProcessingLog.Records.Count(r => r.Operation != ProcessingOperation.Search), Is.EqualTo(recordsBefore), "nothing changed, so nothing new is recorded");
    }

    [Test]
    public async Task Seed_PerGemeente_KeepsGemeentenApart()
    {
        await SeedAsync();
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        Assert.That(dossiers.Count(d => d.Gemeente == "0599"), Is.EqualTo(16));
        Assert.That(
            dossiers.Where(d => d.Gemeente == "0518").Select(d => d.Bsn ?? d.VNummer),
            Is.EquivalentTo(new[] { "999999333", "999991905", "2345678901", "999992016", "999991334", "999990081", "6789012345", "999990871" }));
        var nieuwInDenHaag = await CountAsync(db => db.DuoSignalen.IgnoreQueryFilters().Where(s => s.Gemeente == "0518" && s.VNummer == "8901234567"));
        Assert.That(nieuwInDenHaag, Is.EqualTo(1));
    }

    [Test]
    public async Task Seed_EachGemeente_HasEveryLifecycleStatus()
    {
        await SeedAsync();
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();

        Assert.That(dossiers.Where(d => d.Gemeente == "0599").Select(d => d.Status).Distinct(), Is.EquivalentTo(s_lifecycle));
        Assert.That(dossiers.Where(d => d.Gemeente == "0518").Select(d => d.Status).Distinct(), Is.EquivalentTo(s_lifecycle));
    }

    [Test]
    public async Task Seed_Rotterdam_AtLeastFivePerDoelgroep()
    {
        await SeedAsync();

        var perDoelgroep = (await _plugin.AllDossiersAsync()).Where(d => !d.IsBeperkt).GroupBy(d => d.Doelgroep).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(perDoelgroep[Doelgroep.Asielstatushouder], Is.EqualTo(5));
        Assert.That(perDoelgroep[Doelgroep.Gezinsmigrant], Is.EqualTo(5));
        Assert.That(perDoelgroep[Doelgroep.OverigeMigrant], Is.EqualTo(5));
    }

    [Test]
    public async Task Seed_StatusHistory_EndsInCurrentStatus()
    {
        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        var wijzigingen = await ListAsync(db => db.StatusWijzigingen);

        foreach (var dossier in dossiers.Where(d => d.Status != DossierStatus.Gekoppeld))
        {
            var laatste = wijzigingen.Where(w => w.DossierId == dossier.Id).MaxBy(w => (w.Op, w.NieuweStatus));
            Assert.That(laatste?.NieuweStatus, Is.EqualTo(dossier.Status), $"dossier {dossier.Id}");
            Assert.That(laatste?.Op, Is.EqualTo(dossier.StatusSinds), $"dossier {dossier.Id}");
        }

        Assert.That(dossiers.Where(d => d.Status.IsFinal()).Select(d => d.AfgeslotenOp), Has.None.Null);
    }

    [Test]
    public async Task Seed_FirstPip_SetsDagtekeningAndTermijn()
    {
        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        var versies = await ListAsync(db => db.PipVersies);

        var metPip = dossiers.Where(d => versies.Any(v => v.DossierId == d.Id)).ToList();
        Assert.That(metPip, Has.Count.EqualTo(8));
        foreach (var dossier in metPip)
        {
            var eerste = versies.Where(v => v.DossierId == dossier.Id).MinBy(v => v.Versienummer)!;
            Assert.That(dossier.DagtekeningEerstePip, Is.EqualTo(eerste.Dagtekening), $"dossier {dossier.Id}");
        }

        Assert.That(versies, Has.All.Matches<PipVersie>(v => v.IsVastgesteld));
        Assert.That(versies.Select(v => v.Soort), Is.SupersetOf(new[] { PipSoort.Schakelen, PipSoort.Afschalen }));
        Assert.That(dossiers.Where(d => d.DagtekeningEerstePip is null).Select(d => d.Status), Has.None.EqualTo(DossierStatus.InTraject));
    }

    [Test]
    public async Task Seed_Leerbaarheidstoets_OnBothSidesOf12April2023()
    {
        await SeedAsync();

        var toetsen = (await ListAsync(db => db.BredeIntakes)).Where(i => i.Toetsuitslag is not null).Select(i => i.Toetsuitslag!).ToList();

        var oud = toetsen.Where(t => t.Datum < new DateOnly(2023, 4, 12)).ToList();
        Assert.That(oud.Select(t => t.Cesuur), Is.EqualTo(new[] { 31 }));
        Assert.That(toetsen.Where(t => t.Datum >= new DateOnly(2023, 4, 12)).Select(t => t.Cesuur), Is.Not.Empty.And.All.EqualTo(28));
    }

    [Test]
    public async Task Seed_BredeIntake_StartedAndCompleted()
    {
        await SeedAsync();

        var intakes = await ListAsync(db => db.BredeIntakes);

        Assert.That(intakes.Count(i => !i.IsAfgerond), Is.EqualTo(3), "two started intakes and one whose person moved away");
        Assert.That(intakes.Where(i => i.IsAfgerond).Select(Afronding.Ontbrekend), Has.All.Empty, "a completed intake has every part");
    }

    [Test]
    public async Task Seed_PipVerlenging_ExtendsDeadline()
    {
        await SeedAsync();

        var verlenging = (await ListAsync(db => db.PipVerlengingen)).Single();
        var dossier = (await _plugin.AllDossiersAsync()).Single(d => d.Id == verlenging.DossierId);
        var termijn = PipTermijn.Bepaal(dossier.DuoKennisgevingOp, dossier.BrpInschrijvingsdatum, verlenging);

        Assert.That(termijn.Stand, Is.EqualTo(PipTermijnStand.Verlengd));
        Assert.That(termijn.OorspronkelijkeUitersteDatum, Is.EqualTo(new DateOnly(2026, 11, 29)));
        Assert.That(termijn.UitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 13)));
    }

    [Test]
    public async Task Seed_Uren_InEachOfLastSixMonths()
    {
        await SeedAsync();

        var regels = await ListAsync(db => db.Urenregels);

        var maanden = regels.Select(r => new DateOnly(r.PeriodeTot.Year, r.PeriodeTot.Month, 1)).Distinct().ToList();
        Assert.That(maanden, Is.SupersetOf(Enumerable.Range(1, 6).Select(i => new DateOnly(2026, 12, 1).AddMonths(-i))));
        Assert.That(regels.Select(r => r.Soort).Distinct(), Is.SupersetOf(new[] { Uren.UrenSoort.Nt2Fysiek, Uren.UrenSoort.Nt2Online, Uren.UrenSoort.Knm, Uren.UrenSoort.Participatie }));
        Assert.That(regels.Select(r => r.PeriodeTot), Is.All.LessThan(new DateOnly(2026, 12, 1)));
    }

    [Test]
    public async Task Seed_Asielstatushouder_HasOntzorgenAndBegeleiding()
    {
        await SeedAsync();

        var asielstatushouder = (await _plugin.AllDossiersAsync()).Single(d => d.Bsn == "999992806");
        var ontzorging = (await ListAsync(db => db.Ontzorgingen)).Single();
        var begeleiding = (await ListAsync(db => db.MaatschappelijkeBegeleidingen)).Single();
        var gesprekken = (await ListAsync(db => db.Voortgangsgesprekken)).Where(g => g.DossierId == asielstatushouder.Id).ToList();

        Assert.That(ontzorging.DossierId, Is.EqualTo(asielstatushouder.Id));
        Assert.That(ontzorging.Einddatum, Is.EqualTo(new DateOnly(2026, 10, 27)));
        Assert.That(begeleiding.DossierId, Is.EqualTo(asielstatushouder.Id));
        Assert.That(gesprekken.Count(g => g.IsGepland), Is.EqualTo(1));
        Assert.That(gesprekken.Count(g => g.GehoudenOp is not null), Is.EqualTo(1));
    }

    [Test]
    public async Task Seed_OtherParts_OneOfEach()
    {
        await SeedAsync();

        Assert.That(await CountAsync(db => db.Verlengingen), Is.EqualTo(1));
        Assert.That(await CountAsync(db => db.HandhavingFeiten), Is.EqualTo(1));
        Assert.That(await CountAsync(db => db.Ontheffingen), Is.EqualTo(1));
        Assert.That(await CountAsync(db => db.PvtOnderdelen.Where(p => p.DuoGeregistreerdOp == null)), Is.EqualTo(1));
        Assert.That(await CountAsync(db => db.MapOnderdelen.Where(m => m.DuoGeregistreerdOp == null)), Is.EqualTo(1));
        Assert.That(await CountAsync(db => db.Examenresultaten), Is.EqualTo(12));
    }

    [Test]
    public async Task Seed_DuoSignalen_EveryKindAndNew()
    {
        await SeedAsync();

        var signalen = await ListAsync(db => db.DuoSignalen);

        Assert.That(signalen.Select(s => s.Soort).Distinct(), Is.EquivalentTo(Enum.GetValues<DuoSignaalSoort>()));
        Assert.That(signalen.Select(s => (s.Soort, s.Status)), Is.EquivalentTo(new[]
        {
            (DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Verwerkt),
            (DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Verwerkt),
            (DuoSignaalSoort.NieuwePlichtige, DuoSignaalStatus.Nieuw),
            (DuoSignaalSoort.Correctie, DuoSignaalStatus.Verwerkt),
            (DuoSignaalSoort.Correctie, DuoSignaalStatus.Nieuw),
            (DuoSignaalSoort.Intrekking, DuoSignaalStatus.Verwerkt),
        }));
        Assert.That(signalen.Where(s => s.Status == DuoSignaalStatus.Verwerkt).Select(s => s.DossierId), Has.None.Null);
        Assert.That(signalen.Where(s => s.Status == DuoSignaalStatus.Nieuw).Select(s => s.DossierId), Has.All.Null);
    }

    [Test]
    public async Task Seed_RecordsProcessingPerActivity()
    {
        await SeedAsync();

        var geschakeld = (await _plugin.AllDossiersAsync()).Single(d => d.Bsn == "999995017");
        var activiteiten = _plugin.ProcessingLog.Records
            .Where(r => r.Operation == ProcessingOperation.Update && r.Subject.Id == "999995017")
            .Select(r => r.ActivityId)
            .ToList();

        Assert.That(geschakeld.Status, Is.EqualTo(DossierStatus.PipVastgesteld));
        Assert.That(activiteiten, Is.EquivalentTo(new[]
        {
            "inburgering.brede-intake", "inburgering.dossierbeheer", "inburgering.duo-signalen", "inburgering.pip", "inburgering.voortgang",
        }));
    }

    [Test]
    public async Task Seed_RunsTheDeadlineScan_QueueHasEveryKind()
    {
        await SeedAsync();

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Kind).Distinct().Count(), Is.EqualTo(8));
        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Kind), Does.Contain("inburgering.pip-te-laat"));
    }

    [TestCase("2026-12-04")]
    [TestCase("2028-02-29")]
    [TestCase("2027-03-28")]
    [TestCase("2030-12-31")]
    public async Task DeadlineScan_AfterSeed_OpensEveryKind(string vandaag)
    {
        _plugin.Clock.SetUtcNow(new DateTimeOffset(DateOnly.Parse(vandaag, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(12, 0), TimeSpan.Zero));
        await SeedAsync();

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Kind).Distinct(), Is.EquivalentTo(new[]
        {
            "inburgering.pip-binnen-14-dagen",
            "inburgering.pip-te-laat",
            "inburgering.brede-intake-plannen",
            "inburgering.pvt-registreren-duo",
            "inburgering.map-registreren-duo",
            "inburgering.voortgangsgesprek",
            "inburgering.termijn-eindigt",
            "inburgering.ongeoorloofd-verzuim",
        }));
    }

    [Test]
    public async Task Seed_Leveringen_OnePerChannelFromDeBrug()
    {
        await SeedAsync();

        var leveringen = (await ListAsync(db => db.Leveringen)).OrderBy(l => l.Kanaal).ToList();
        var brug = (await ListAsync(db => db.Aanbieders)).Single(a => a.KvkNummer == "90059901");

        Assert.That(leveringen.Select(l => l.Kanaal), Is.EqualTo(new[] { LeveringKanaal.Bestand, LeveringKanaal.Portaal, LeveringKanaal.Api }));
        Assert.That(leveringen.Select(l => l.Referentie), Is.EqualTo(new[] { "DEMO-BESTAND-2026-11", "DEMO-PORTAAL-2026-11", "DEMO-API-2026-11" }));
        Assert.That(leveringen.Select(l => l.AanbiederId), Is.All.EqualTo(brug.Id));
        Assert.That(leveringen.Select(l => l.Status), Is.EqualTo(new[] { LeveringStatus.DeelsVerwerkt, LeveringStatus.Verwerkt, LeveringStatus.Verwerkt }));
        Assert.That(leveringen.Select(l => (l.AantalRegels, l.AantalVerwerkt, l.AantalGeweigerd)), Is.EqualTo(new[] { (3, 2, 1), (2, 2, 0), (2, 2, 0) }));
    }

    [Test]
    public async Task Seed_BestandLevering_ReportsInvalidBsn()
    {
        await SeedAsync();

        var fout = (await ListAsync(db => db.LeveringFouten)).Single();

        Assert.That(fout.Regelnummer, Is.EqualTo(4));
        Assert.That(fout.Kolom, Is.EqualTo("bsn"));
        Assert.That(fout.Waarde, Is.EqualTo("123456789"));
    }

    [Test]
    public async Task Seed_Voortgangsmeldingen_OctoberAndNovember()
    {
        await SeedAsync();

        var meldingen = await ListAsync(db => db.Voortgangsmeldingen);

        Assert.That(meldingen, Has.Count.EqualTo(6));
        Assert.That(meldingen.Select(m => m.DossierId).Distinct().Count(), Is.EqualTo(3), "three students");
        Assert.That(meldingen.Select(m => (m.PeriodeVan, m.PeriodeTot)).Distinct(), Is.EquivalentTo(new[]
        {
            (new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
            (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
        }));
        Assert.That(meldingen.Count(m => m.UrenOngeoorloofdVerzuim == 12m), Is.EqualTo(1));
    }

    [Test]
    public async Task Seed_VerzuimBovenDrempel_OpensOneTask()
    {
        await SeedAsync();

        var taken = _plugin.WorkTasks.Open.Where(t => t.Kind == "inburgering.ongeoorloofd-verzuim").ToList();

        Assert.That(taken, Has.Count.EqualTo(1));
        Assert.That(taken[0].Title.Nl, Is.EqualTo("Ongeoorloofd verzuim boven de drempel (periode 2026-11-01 t/m 2026-11-30)"));
    }

    private async Task SeedAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDemoDataSeeder>().SeedAsync(CancellationToken.None);
    }

    private async Task<List<T>> ListAsync<T>(Func<InburgeringDbContext, IQueryable<T>> query)
        where T : class
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>()).AsNoTracking().ToListAsync();
    }

    private async Task<int> CountAsync<T>(Func<InburgeringDbContext, IQueryable<T>> query)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>()).CountAsync();
    }

    private async Task<int[]> RowCountsAsync() =>
    [
        await CountAsync(db => db.StatusWijzigingen),
        await CountAsync(db => db.BredeIntakes),
        await CountAsync(db => db.PipVersies),
        await CountAsync(db => db.PipVerlengingen),
        await CountAsync(db => db.Urenregels),
        await CountAsync(db => db.PvtOnderdelen),
        await CountAsync(db => db.MapOnderdelen),
        await CountAsync(db => db.KnmOnderdelen),
        await CountAsync(db => db.Examenresultaten),
        await CountAsync(db => db.Ontzorgingen),
        await CountAsync(db => db.MaatschappelijkeBegeleidingen),
        await CountAsync(db => db.Voortgangsgesprekken),
        await CountAsync(db => db.Verlengingen),
        await CountAsync(db => db.HandhavingFeiten),
        await CountAsync(db => db.Ontheffingen),
        await CountAsync(db => db.DuoSignalen),
        await CountAsync(db => db.Leveringen),
        await CountAsync(db => db.LeveringFouten),
        await CountAsync(db => db.Voortgangsmeldingen),
    ];
}
