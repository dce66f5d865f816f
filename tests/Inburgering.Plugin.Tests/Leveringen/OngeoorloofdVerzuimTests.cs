using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Tests.TestDoubles;
using Inburgering.Plugin.Tests.Voortgang;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>
/// The unauthorised absence tasks, from the daily deadline scan and right after a delivery, on delivered rows inserted
/// directly. The default threshold is 15%, so 6 of 40 hours is exactly on it.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OngeoorloofdVerzuimTests(DatabaseProvider provider)
{
    private const string Kind = "inburgering.ongeoorloofd-verzuim";

    private PluginHarness _plugin = null!;
    private InMemoryPluginSettings _settings = null!;
    private Guid _dossierId;
    private Guid _aanbiederId;
    private Guid _aanmeldingId;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _settings = new InMemoryPluginSettings([new VerzuimSettings()], _plugin.Tenant);
        _dossierId = Guid.Parse(await VoortgangHarness.RegisterAsync(_plugin));
        (_aanbiederId, _aanmeldingId) = await AanmeldingAsync(_dossierId);
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Scan_AbsenceEqualToThreshold_OpensNoTask()
    {
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6m);

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [Test]
    public async Task Scan_QuarterAboveThreshold_OpensTask()
    {
        var meldingId = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6.25m);

        await ScanAsync();

        var task = _plugin.WorkTasks.Open.Single();
        Assert.That(task.Key, Is.EqualTo($"inburgering.ongeoorloofd-verzuim:{meldingId}"));
        Assert.That(task.Kind, Is.EqualTo(Kind));
        Assert.That(task.RecordId, Is.EqualTo(_dossierId.ToString()));
        Assert.That(task.RecordScreenId, Is.EqualTo("inburgering.voortgang"));
        Assert.That(task.Title, Is.EqualTo(new LocalizedText(
            "Ongeoorloofd verzuim boven de drempel (periode 2026-10-01 t/m 2026-10-31)",
            "Unauthorised absence above the threshold (period 2026-10-01 to 2026-10-31)")));
        Assert.That(task.KindName, Is.EqualTo(new LocalizedText("Ongeoorloofd verzuim", "Unauthorised absence")));
        Assert.That(task.DueDate, Is.EqualTo(new DateOnly(2026, 12, 18)));
    }

    [Test]
    public async Task Scan_NewTask_RecordsProcessing()
    {
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6.25m);
        _plugin.ProcessingLog.Clear();

        await ScanAsync();

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.termijnbewaking", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Scan_AfterMidnightAmsterdam_CountsNextDay()
    {
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 10m, ontvangenOp: new DateTimeOffset(2026, 12, 3, 23, 30, 0, TimeSpan.Zero));

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open.Single().DueDate, Is.EqualTo(new DateOnly(2026, 12, 18)));
    }

    [Test]
    public async Task Scan_GemeenteThreshold_IsUsed()
    {
        _settings.Set(PluginHarness.Rotterdam, "inburgering.verzuimdrempel", "20");
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 8m, van: "2026-09-01", tot: "2026-09-30");
        var boven = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 8.25m);

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { $"{Kind}:{boven}" }));
    }

    [Test]
    public async Task Scan_ZeroThreshold_QuarterHourOpensTask()
    {
        _settings.Set(PluginHarness.Rotterdam, "inburgering.verzuimdrempel", "0");
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 0m, van: "2026-09-01", tot: "2026-09-30");
        var kwartier = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 0.25m);

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { $"{Kind}:{kwartier}" }));
    }

    [Test]
    public async Task Scan_CorrectionBelowThreshold_ClosesTask()
    {
        var eerste = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6.25m);
        await ScanAsync();
        var correctie = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6m);
        await VervangAsync(eerste, correctie);

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
        var entry = _plugin.WorkTasks.All.Single();
        Assert.That(entry.Task.Key, Is.EqualTo($"{Kind}:{eerste}"));
        Assert.That(entry.ClosedReason, Is.Not.Null);
    }

    [Test]
    public async Task Scan_CorrectionStillAbove_MovesTask()
    {
        var eerste = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6.25m);
        await ScanAsync();
        var correctie = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 12m);
        await VervangAsync(eerste, correctie);

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { $"{Kind}:{correctie}" }));
    }

    [Test]
    public async Task Scan_RestrictedDossier_OpensNoTask()
    {
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 20m);
        await WithDbAsync(async db =>
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == _dossierId);
            dossier.BeperktOp = new DateOnly(2026, 12, 1);
            await db.SaveChangesAsync();
        });

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [Test]
    public async Task Scan_OtherGemeente_IsNotSeen()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var denHaagDossier = Guid.Parse((await _plugin.RegisterAsync("999992806")).NavigateTo!.RecordId!);
        var (aanbieder, aanmelding) = await AanmeldingAsync(denHaagDossier);
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 20m, dossierId: denHaagDossier, aanbiederId: aanbieder, aanmeldingId: aanmelding);
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.All, Is.Empty);
    }

    [Test]
    public async Task Signaleer_AboveThreshold_OpensTaskRightAway()
    {
        var meldingId = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6.25m);
        _plugin.ProcessingLog.Clear();

        await SignaleerAsync(meldingId);

        var task = _plugin.WorkTasks.Open.Single();
        Assert.That(task.Key, Is.EqualTo($"{Kind}:{meldingId}"));
        Assert.That(task.KindName, Is.EqualTo(new LocalizedText("Ongeoorloofd verzuim", "Unauthorised absence")));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.termijnbewaking", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Signaleer_EqualToThreshold_OpensNoTask()
    {
        var meldingId = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6m);

        await SignaleerAsync(meldingId);

        Assert.That(_plugin.WorkTasks.All, Is.Empty);
    }

    [Test]
    public async Task Signaleer_NoUnauthorisedAbsence_ReadsNoSetting()
    {
        _settings.Set(PluginHarness.Rotterdam, VerzuimSettings.Verzuimdrempel, "0");
        var meldingId = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 0m);

        await SignaleerAsync(meldingId);

        Assert.That(_settings.ReadCount, Is.Zero);
        Assert.That(_plugin.WorkTasks.All, Is.Empty);
    }

    [Test]
    public async Task Signaleer_OnlyGivenRows_AreChecked()
    {
        await MeldingAsync(aangeboden: 40m, ongeoorloofd: 20m, van: "2026-09-01", tot: "2026-09-30");
        var gegeven = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 20m);

        await SignaleerAsync(gegeven);

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { $"{Kind}:{gegeven}" }));
    }

    [Test]
    public async Task Signaleer_CorrectionBelow_ClosesOldTask()
    {
        var eerste = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6.25m);
        await SignaleerAsync(eerste);
        var correctie = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 6m);
        await VervangAsync(eerste, correctie);

        await SignaleerAsync(correctie);

        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
        Assert.That(_plugin.WorkTasks.All.Single().ClosedReason, Is.EqualTo(new LocalizedText(
            "Vervallen: de aanbieder heeft deze periode gecorrigeerd.",
            "Lapsed: the aanbieder corrected this period.")));
    }

    [Test]
    public async Task Signaleer_ThenScan_KeepsOneTask()
    {
        var meldingId = await MeldingAsync(aangeboden: 40m, ongeoorloofd: 20m);
        await SignaleerAsync(meldingId);

        var result = await ScanAsync();

        Assert.That(result.Count, Is.Zero);
        Assert.That(_plugin.WorkTasks.All, Has.Count.EqualTo(1));
        Assert.That(_plugin.WorkTasks.Open, Has.Count.EqualTo(1));
    }

    private async Task<JobResult> ScanAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = new TermijnbewakingJob(
            [new OngeoorloofdVerzuimRegel(services.GetRequiredService<InburgeringDbContext>(), _settings)],
            services.GetRequiredService<IWorkTasks>(),
            services.GetRequiredService<IProcessingLog>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<TermijnbewakingJob>>());

        return await job.RunAsync(new JobContext(PluginHarness.Rotterdam, _plugin.Clock.GetUtcNow()), CancellationToken.None);
    }

    private async Task SignaleerAsync(params Guid[] meldingIds)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<InburgeringDbContext>();
        var signalering = new VerzuimSignalering(
            new OngeoorloofdVerzuimRegel(db, _settings),
            services.GetRequiredService<IWorkTasks>(),
            services.GetRequiredService<IProcessingLog>(),
            _settings,
            services.GetRequiredService<ILogger<VerzuimSignalering>>());

        // Each row as the delivery passes it: its hours as saved, and the row it replaced.
        var meldingen = await db.Voortgangsmeldingen.AsNoTracking().Where(m => meldingIds.Contains(m.Id)).ToListAsync();
        var vervangen = await db.Voortgangsmeldingen.AsNoTracking()
            .Where(m => m.VervangenDoorId != null && meldingIds.Contains(m.VervangenDoorId.Value))
            .ToDictionaryAsync(m => m.VervangenDoorId!.Value, m => m.Id);
        NieuweMelding[] nieuw =
        [
            .. meldingen.Select(m => new NieuweMelding(m.Id, m.UrenAangeboden, m.UrenOngeoorloofdVerzuim, vervangen.TryGetValue(m.Id, out var id) ? id : null)),
        ];

        await signalering.SignaleerAsync(nieuw, CancellationToken.None);
    }

    private async Task<(Guid AanbiederId, Guid AanmeldingId)> AanmeldingAsync(Guid dossierId)
    {
        var gemeente = _plugin.Tenant.Current!.Value.Value;
        var aanbieder = new Aanbieder
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente,
            Naam = "Taalschool Noord",
            KvkNummer = gemeente == "0599" ? "90059901" : "90051801",
            Keurmerk = true,
            GeregistreerdOp = PluginHarness.Now,
            GeregistreerdDoor = "demo-beheer",
        };
        var aanmelding = new Aanmelding
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            AanbiederId = aanbieder.Id,
            Gemeente = gemeente,
            Onderdeel = Cursusonderdeel.Taal,
            Startdatum = new DateOnly(2026, 9, 1),
            AangemeldOp = PluginHarness.Now,
            AangemeldDoor = "demo-consulent",
        };

        await WithDbAsync(async db =>
        {
            db.Aanbieders.Add(aanbieder);
            db.Aanmeldingen.Add(aanmelding);
            await db.SaveChangesAsync();
        });

        return (aanbieder.Id, aanmelding.Id);
    }

    /// <summary>Stores a delivery of one row for the aanmelding of the set-up dossier, or of the dossier given.</summary>
    private async Task<Guid> MeldingAsync(
        decimal aangeboden,
        decimal ongeoorloofd,
        string van = "2026-10-01",
        string tot = "2026-10-31",
        DateTimeOffset? ontvangenOp = null,
        Guid? dossierId = null,
        Guid? aanbiederId = null,
        Guid? aanmeldingId = null)
    {
        var gemeente = _plugin.Tenant.Current!.Value.Value;
        var ontvangen = ontvangenOp ?? PluginHarness.Now;
        var levering = new Levering
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente,
            AanbiederId = aanbiederId ?? _aanbiederId,
            Kanaal = LeveringKanaal.Api,
            Referentie = $"LEV-{Guid.NewGuid():N}",
            Inhoudshash = new string('0', 64),
            Modus = LeveringModus.AllesOfNiets,
            Status = LeveringStatus.Verwerkt,
            AantalRegels = 1,
            AantalVerwerkt = 1,
            OntvangenOp = ontvangen,
            OntvangenDoor = "api-client",
        };
        var melding = new Voortgangsmelding
        {
            Id = Guid.NewGuid(),
            LeveringId = levering.Id,
            AanmeldingId = aanmeldingId ?? _aanmeldingId,
            AanbiederId = levering.AanbiederId,
            DossierId = dossierId ?? _dossierId,
            Gemeente = gemeente,
            Regelnummer = 1,
            Onderdeel = Cursusonderdeel.Taal,
            PeriodeVan = DateOnly.Parse(van, System.Globalization.CultureInfo.InvariantCulture),
            PeriodeTot = DateOnly.Parse(tot, System.Globalization.CultureInfo.InvariantCulture),
            UrenAangeboden = aangeboden,
            UrenGevolgdFysiek = aangeboden - ongeoorloofd,
            UrenOngeoorloofdVerzuim = ongeoorloofd,
            OntvangenOp = ontvangen,
        };

        await WithDbAsync(async db =>
        {
            db.Leveringen.Add(levering);
            db.Voortgangsmeldingen.Add(melding);
            await db.SaveChangesAsync();
        });

        return melding.Id;
    }

    private Task VervangAsync(Guid vervangen, Guid door) => WithDbAsync(async db =>
    {
        var melding = await db.Voortgangsmeldingen.SingleAsync(m => m.Id == vervangen);
        melding.VervangenDoorId = door;
        await db.SaveChangesAsync();
    });

    private async Task WithDbAsync(Func<InburgeringDbContext, Task> work)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());
    }
}
