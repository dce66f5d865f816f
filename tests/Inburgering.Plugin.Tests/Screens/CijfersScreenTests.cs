using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dashboard;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Screens;

/// <summary>The dashboard with counts only: small groups show as "minder dan 5", and loading it is no processing of personal data.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class CijfersScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Cijfers_SmallGroup_ShowsNoCount()
    {
        await RegisterAsielstatushoudersAsync(5);
        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant");
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var doelgroep = screen!.Sections.Single(s => s.Title.Nl == "Dossiers per doelgroep").Elements;
        Assert.That(doelgroep.OfType<CounterElement>().Select(c => (c.Label.Nl, c.Value)), Is.EqualTo(new[] { ("Asielstatushouder", 5L) }));
        Assert.That(doelgroep.OfType<TextElement>().Select(t => t.Text.Nl), Is.EqualTo(new[] { "Gezinsmigrant: minder dan 5", "Overige migrant: minder dan 5" }));
        Assert.That(doelgroep.OfType<ChartElement>().Single().Categories.Select(c => c.Nl), Is.EqualTo(new[] { "Asielstatushouder" }));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty, "counts are no personal data");
    }

    [Test]
    public async Task Cijfers_PerStatus_CountsEveryStatusWithTotal()
    {
        await RegisterAsielstatushoudersAsync(6);

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var status = screen!.Sections.Single(s => s.Title.Nl == "Dossiers per status").Elements;
        Assert.That(status.OfType<CounterElement>().Select(c => (c.Label.Nl, c.Value)), Is.EqualTo(new[] { ("Dossiers", 6L), ("Gekoppeld", 6L) }));
        Assert.That(status.OfType<TextElement>().Count(), Is.EqualTo(7));
        var chart = status.OfType<ChartElement>().Single();
        Assert.That(chart.Series.Single().Values, Is.EqualTo(new[] { 6m }));
    }

    [Test]
    public async Task Cijfers_Uren_AddsUpPerMonthOfThePeildatum()
    {
        var registered = await _plugin.RegisterAsync("999993653");
        var dossierId = Guid.Parse(registered.NavigateTo!.RecordId!);
        await AddHoursAsync(dossierId, UrenSoort.Nt2Fysiek, new DateOnly(2026, 11, 30), 10.25m);
        await AddHoursAsync(dossierId, UrenSoort.Nt2Online, new DateOnly(2026, 11, 1), 4.5m);
        await AddHoursAsync(dossierId, UrenSoort.Knm, new DateOnly(2026, 12, 4), 2m);
        await AddHoursAsync(dossierId, UrenSoort.Participatie, new DateOnly(2025, 12, 31), 8m);

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var chart = screen!.Sections.Single(s => s.Title.Nl == "Gevolgde uren").Elements.OfType<ChartElement>().Single();
        Assert.That(chart.Kind, Is.EqualTo(ChartKind.Line));
        Assert.That(chart.Categories[0].Nl, Is.EqualTo("jan 2026"));
        Assert.That(chart.Categories[^1].Nl, Is.EqualTo("dec 2026"));
        Assert.That(chart.Series.Select(s => s.Values.Sum()), Is.EqualTo(new[] { 14.75m, 2m, 0m }));
        Assert.That(chart.Series[0].Values[10], Is.EqualTo(14.75m));
        Assert.That(chart.Series[1].Values[11], Is.EqualTo(2m));
    }

    [Test]
    public async Task Leerroute_CountsLastVastgesteldPip()
    {
        var metPip = await RegisterDossiersAsync(5);
        var zonderPip = await RegisterDossiersAsync(6, eerste: 6);
        await AddPipAsync(metPip[0], 1, Leerroute.ZRoute, vastgesteld: true);
        await AddPipAsync(metPip[0], 2, Leerroute.B1Route, vastgesteld: true);
        await AddPipAsync(metPip[0], 3, Leerroute.Onderwijsroute, vastgesteld: false);
        foreach (var id in metPip.Skip(1))
        {
            await AddPipAsync(id, 1, Leerroute.B1Route, vastgesteld: true);
        }

        await AddPipAsync(zonderPip[0], 1, Leerroute.ZRoute, vastgesteld: false);

        var counts = await WithDbAsync(db => DossiersPerLeerroute.TelAsync(db, CancellationToken.None));
        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        Assert.That(counts.Select(c => (c.Label.Nl, c.Count)), Is.EqualTo(new[]
        {
            ("B1-route", 5L), ("Onderwijsroute", 0L), ("Z-route (zelfredzaamheidsroute)", 0L), ("Nog geen PIP", 6L),
        }));
        var section = screen!.Sections.Single(s => s.Title.Nl == "Dossiers per leerroute").Elements;
        Assert.That(section.OfType<CounterElement>().Select(c => (c.Label.Nl, c.Value)), Is.EqualTo(new[] { ("B1-route", 5L), ("Nog geen PIP", 6L) }));
        Assert.That(section.OfType<TextElement>().Select(t => t.Text.Nl), Is.EqualTo(new[] { "Onderwijsroute: minder dan 5", "Z-route (zelfredzaamheidsroute): minder dan 5" }));
        Assert.That(section.OfType<ChartElement>().Single().Series.Single().Values, Is.EqualTo(new[] { 5m, 6m }));
    }

    [Test]
    public async Task EerstePip_CountsPerYearOfDagtekening()
    {
        // DUO's kennisgeving on 5 January 2026 gives the deadline 16 March 2026.
        var kennisgeving = new DateOnly(2026, 1, 5);
        var dossiers = await RegisterDossiersAsync(14);
        foreach (var id in dossiers.Take(4))
        {
            await SetFirstPipAsync(id, kennisgeving, new DateOnly(2026, 3, 16));
        }

        foreach (var id in dossiers.Skip(4).Take(5))
        {
            await SetFirstPipAsync(id, kennisgeving, new DateOnly(2026, 3, 17));
        }

        // The BRP registration on 1 February 2026 is later, so its deadline is 12 April 2026.
        await SetFirstPipAsync(dossiers[9], kennisgeving, new DateOnly(2026, 4, 12), brpInschrijving: "20260201");
        // Information awaited from 1 March and received on 20 March extends the deadline to 3 April 2026.
        await SetFirstPipAsync(dossiers[10], kennisgeving, new DateOnly(2026, 4, 3));
        await AddPipVerlengingAsync(dossiers[10], new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 20));
        await SetFirstPipAsync(dossiers[11], duoKennisgevingOp: null, new DateOnly(2026, 5, 1));
        await SetFirstPipAsync(dossiers[12], new DateOnly(2025, 1, 6), new DateOnly(2025, 3, 17));
        await SetFirstPipAsync(dossiers[13], new DateOnly(2025, 1, 6), new DateOnly(2025, 3, 18));
        _plugin.ProcessingLog.Clear();

        var jaren = await WithDbAsync(db => EerstePipBinnenTermijn.TelAsync(db, CancellationToken.None));
        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        Assert.That(jaren, Is.EqualTo(new[] { new EerstePipJaar(2025, 1, 1, 0), new EerstePipJaar(2026, 6, 5, 1) }));
        var section = screen!.Sections.Single(s => s.Title.Nl == "Eerste PIP binnen 10 weken").Elements;
        Assert.That(section.OfType<CounterElement>().Select(c => (c.Label.Nl, c.Value)), Is.EqualTo(new[] { ("2026: binnen 10 weken", 6L), ("2026: te laat", 5L) }));
        Assert.That(section.OfType<TextElement>().Select(t => t.Text.Nl), Is.EqualTo(new[]
        {
            "2025: binnen 10 weken: minder dan 5",
            "2025: te laat: minder dan 5",
            "2025: termijn onbekend: minder dan 5",
            "2025: geen percentage, de groep is te klein",
            "2026: termijn onbekend: minder dan 5",
            "2026: 55% van de eerste PIP's met een bekende termijn binnen 10 weken",
        }));
        var chart = section.OfType<ChartElement>().Single();
        Assert.That(chart.Categories.Select(c => c.Nl), Is.EqualTo(new[] { "2026" }));
        Assert.That(chart.Series.Single().Values, Is.EqualTo(new[] { 55m }));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty, "counts are no personal data");
    }

    [Test]
    public async Task EerstePip_WithoutFirstPip_SaysSo()
    {
        await RegisterDossiersAsync(1);

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var section = screen!.Sections.Single(s => s.Title.Nl == "Eerste PIP binnen 10 weken").Elements;
        Assert.That(section.Select(e => (e as TextElement)?.Text.Nl), Is.EqualTo(new[] { "Er is nog geen eerste PIP vastgesteld." }));
    }

    [Test]
    public async Task VerlopenTermijnen_CountsOpenDossiersPastTheirDeadline()
    {
        // Today is 4 December 2026. A kennisgeving on 24 September 2026 gives the PIP deadline 3 December 2026.
        var dossiers = await RegisterDossiersAsync(11);
        await SetDuoAsync(dossiers[0], new DateOnly(2026, 9, 24));
        await SetDuoAsync(dossiers[1], new DateOnly(2026, 9, 25));
        await SetDuoAsync(dossiers[2], new DateOnly(2026, 9, 1));
        await AddPipVerlengingAsync(dossiers[2], new DateOnly(2026, 10, 1), ontvangenOp: null);
        await SetDuoAsync(dossiers[3], new DateOnly(2026, 9, 1), d => d.BeperktOp = new DateOnly(2026, 11, 1));
        await SetDuoAsync(dossiers[4], new DateOnly(2026, 9, 1), d => d.AfgeslotenOp = new DateOnly(2026, 11, 1));
        // A first PIP dated 3 December 2023 starts the termijn on 4 December 2023; its last day is 3 December 2026.
        await SetFirstPipAsync(dossiers[5], new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 3));
        await SetFirstPipAsync(dossiers[6], new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 4));
        await SetFirstPipAsync(dossiers[7], new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 3));
        await AddVerlengingAsync(dossiers[7], new DateOnly(2027, 6, 3));
        await SetFirstPipAsync(dossiers[8], new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 3), d => d.Status = DossierStatus.Voldaan);
        await SetFirstPipAsync(dossiers[9], new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 3), d => d.GeanonimiseerdOp = new DateOnly(2026, 11, 1));
        await SetFirstPipAsync(dossiers[10], new DateOnly(2023, 9, 1), new DateOnly(2023, 1, 3));
        await AddVerlengingAsync(dossiers[10], new DateOnly(2026, 12, 3));

        var counts = await WithDbAsync(db => VerlopenTermijnen.TelAsync(db, new DateOnly(2026, 12, 4), CancellationToken.None));
        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        Assert.That(counts.Select(c => (c.Label.Nl, c.Count)), Is.EqualTo(new[] { ("PIP te laat", 1L), ("Termijn verstreken zonder voldaan", 2L) }));
        var section = screen!.Sections.Single(s => s.Title.Nl == "Verlopen termijnen").Elements;
        Assert.That(section.OfType<TextElement>().Select(t => t.Text.Nl), Is.EqualTo(new[] { "PIP te laat: minder dan 5", "Termijn verstreken zonder voldaan: minder dan 5" }));
    }

    [Test]
    public async Task VerlopenTermijnen_OnTheLastDay_CountsNothing()
    {
        var dossiers = await RegisterDossiersAsync(2);
        await SetDuoAsync(dossiers[0], new DateOnly(2026, 9, 24));
        await SetFirstPipAsync(dossiers[1], new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 3));

        var counts = await WithDbAsync(db => VerlopenTermijnen.TelAsync(db, new DateOnly(2026, 12, 3), CancellationToken.None));

        Assert.That(counts.Select(c => c.Count), Is.EqualTo(new[] { 0L, 0L }));
    }

    private async Task RegisterAsielstatushoudersAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
        }
    }

    private async Task AddHoursAsync(Guid dossierId, UrenSoort soort, DateOnly tot, decimal uren)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        db.Urenregels.Add(new Urenregel
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            Gemeente = "0599",
            Soort = soort,
            PeriodeVan = tot.AddDays(-6),
            PeriodeTot = tot,
            Uren = uren,
            MetKeurmerk = true,
            GeregistreerdOp = PluginHarness.Now,
            GeregistreerdDoor = "medewerker-17",
        });
        await db.SaveChangesAsync();
    }

    private async Task<List<Guid>> RegisterDossiersAsync(int count, int eerste = 1)
    {
        var ids = new List<Guid>();
        for (var i = eerste; i < eerste + count; i++)
        {
            var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
            ids.Add(Guid.Parse(registered.NavigateTo!.RecordId!));
        }

        return ids;
    }

    private async Task<T> WithDbAsync<T>(Func<InburgeringDbContext, Task<T>> query)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());
    }

    private async Task UpdateDossierAsync(Guid dossierId, Action<Dossier> change)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId);

        change(dossier);
        await db.SaveChangesAsync();
    }

    private Task SetDuoAsync(Guid dossierId, DateOnly duoKennisgevingOp, Action<Dossier>? change = null) =>
        UpdateDossierAsync(dossierId, dossier =>
        {
            dossier.DuoKennisgevingOp = duoKennisgevingOp;
            change?.Invoke(dossier);
        });

    private Task SetFirstPipAsync(Guid dossierId, DateOnly? duoKennisgevingOp, DateOnly dagtekening, Action<Dossier>? change = null, string? brpInschrijving = null) =>
        UpdateDossierAsync(dossierId, dossier =>
        {
            dossier.DuoKennisgevingOp = duoKennisgevingOp;
            dossier.DatumInschrijvingGemeente = brpInschrijving;
            dossier.LegDagtekeningEerstePipVast(dagtekening);
            change?.Invoke(dossier);
        });

    private Task SetFirstPipAsync(Guid dossierId, DateOnly? duoKennisgevingOp, DateOnly dagtekening, string brpInschrijving) =>
        SetFirstPipAsync(dossierId, duoKennisgevingOp, dagtekening, change: null, brpInschrijving);

    private async Task AddPipAsync(Guid dossierId, int versienummer, Leerroute leerroute, bool vastgesteld)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var versie = new PipVersie
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            Gemeente = "0599",
            Versienummer = versienummer,
            OpgesteldOp = PluginHarness.Now,
            OpgesteldDoor = "medewerker-17",
        };
        versie.VulIn(new PipInhoud { Leerroute = leerroute, Niveau = PipNiveau.B1 });
        if (vastgesteld)
        {
            versie.StelVast(new DateOnly(2026, 11, 1), "medewerker-17", PluginHarness.Now);
        }

        db.PipVersies.Add(versie);
        await db.SaveChangesAsync();
    }

    private async Task AddPipVerlengingAsync(Guid dossierId, DateOnly wachtSinds, DateOnly? ontvangenOp)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        db.PipVerlengingen.Add(new PipVerlenging
        {
            DossierId = dossierId,
            Gemeente = "0599",
            Derde = "GGD",
            WachtSinds = wachtSinds,
            InformatieOntvangenOp = ontvangenOp,
            GewijzigdDoor = "medewerker-17",
        });
        await db.SaveChangesAsync();
    }

    private async Task AddVerlengingAsync(Guid dossierId, DateOnly nieuweLaatsteDag)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        db.Verlengingen.Add(new Verlenging
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            Gemeente = "0599",
            Volgnummer = 1,
            Besluitdatum = new DateOnly(2026, 6, 1),
            BeslisserNaam = "Team inburgering",
            NieuweLaatsteDag = nieuweLaatsteDag,
            GeregistreerdOp = PluginHarness.Now,
            GeregistreerdDoor = "medewerker-17",
        });
        await db.SaveChangesAsync();
    }
}
