using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Tests.DuoSignalen;
using Inburgering.Plugin.Tests.TestDoubles;
using Inburgering.Plugin.Verhuizing;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Verhuizing;

/// <summary>
/// The daily BRP check for moves. Suzanne Moulin (999993653) has a dossier in Rotterdam (0599), where the BRP
/// registered her on 5 November 2013; today is Friday 4 December 2026.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VerhuizingenBrpJobTests(DatabaseProvider provider)
{
    private const string JobId = "inburgering.verhuizingen-brp";

    private static readonly DataSubject s_suzanne = new("BSN", "999993653");

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!;
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Run_MovedToOtherGemeente_RecordsVerhuizingWithBrpDate()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);

        var result = await _plugin.RunJobAsync(JobId);

        var verhuizing = (await _plugin.AllVerhuizingenAsync()).Single();
        Assert.That(result, Is.EqualTo(new JobResult(1, "1 dossiers checked in the BRP, 1 moves to another gemeente detected, 0 lookups failed.")));
        Assert.That(verhuizing.NieuweGemeente, Is.EqualTo("0518"));
        Assert.That(verhuizing.Datum, Is.EqualTo(new DateOnly(2026, 12, 1)));
        Assert.That(verhuizing.DatumUitBrp, Is.True);
        Assert.That(verhuizing.Bron, Is.EqualTo(VerhuizingBron.Brp));
        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { $"inburgering.verhuizing:{verhuizing.Id}" }));
        Assert.That((await _plugin.VerhuizingMeldingenAsync()).Select(m => m.Type), Is.EqualTo(new[] { "nl.inburgering.verhuizing.gesignaleerd" }));
    }

    [Test]
    public async Task Run_Moved_RequestsOnlyGemeenteAndDate()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);

        await _plugin.RunJobAsync(JobId);

        Assert.That(_plugin.Brp.LastFields, Is.EqualTo(new[] { "gemeenteVanInschrijving", "datumInschrijvingInGemeente" }));
    }

    [Test]
    public async Task Run_Moved_LogsRetrieveUpdateAndCreate()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);

        await _plugin.RunJobAsync(JobId);

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.verhuizing", ProcessingOperation.Retrieve, s_suzanne),
            new ProcessingRecord("inburgering.verhuizing", ProcessingOperation.Update, s_suzanne),
            new ProcessingRecord("inburgering.verhuizing", ProcessingOperation.Create, s_suzanne),
        }));
    }

    [Test]
    public async Task Run_Moved_UpdatesRegistrationInDossier()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);

        await _plugin.RunJobAsync(JobId);

        var dossier = await _plugin.DossierAsync(_dossierId);
        Assert.That(dossier.GemeenteVanInschrijving, Is.EqualTo("0518"));
        Assert.That(dossier.DatumInschrijvingGemeente, Is.EqualTo("20261201"));
    }

    [Test]
    public async Task Run_Twice_RecordsOneVerhuizing()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);

        await _plugin.RunJobAsync(JobId);
        _plugin.Clock.Advance(TimeSpan.FromDays(1));
        var second = await _plugin.RunJobAsync(JobId);

        Assert.That(second.Count, Is.Zero);
        Assert.That(await _plugin.AllVerhuizingenAsync(), Has.Count.EqualTo(1));
        Assert.That(_plugin.WorkTasks.All, Has.Count.EqualTo(1));
        Assert.That(await _plugin.VerhuizingMeldingenAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Run_AfterDismissal_DetectsNothingAgain()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);
        await _plugin.RunJobAsync(JobId);
        var dismissed = await _plugin.ExecuteVersionedAsync(
            "inburgering.geen-verhuizing",
            _dossierId,
            await _plugin.DossierVersionAsync(_dossierId),
            ("reden", "De BRP-inschrijving wordt gecorrigeerd."));
        Assert.That(dismissed.Succeeded, Is.True);

        _plugin.Clock.Advance(TimeSpan.FromDays(1));
        var second = await _plugin.RunJobAsync(JobId);

        Assert.That(second.Count, Is.Zero);
        Assert.That((await _plugin.AllVerhuizingenAsync()).Select(v => v.Status), Is.EqualTo(new[] { VerhuizingStatus.GeenVerhuizing }));
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [Test]
    public async Task Run_NotMoved_RecordsOnlyTheLookup()
    {
        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result, Is.EqualTo(new JobResult(0, "1 dossiers checked in the BRP, 0 moves to another gemeente detected, 0 lookups failed.")));
        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
        Assert.That(_plugin.WorkTasks.All, Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.verhuizing", ProcessingOperation.Retrieve, s_suzanne) }));
    }

    [Test]
    public async Task Run_Emigrated_IsNoVerhuizing()
    {
        _plugin.Brp.Add(BrpTestPersons.SuzanneMoulin with { GemeenteVanInschrijving = new BrpGemeente("1999", "Registratie Niet Ingezetenen (RNI)") });

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Count, Is.Zero);
        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
        Assert.That((await _plugin.DossierAsync(_dossierId)).GemeenteVanInschrijving, Is.EqualTo("0599"));
    }

    [Test]
    public async Task Run_BrpFails_CountsFailureAndRecordsNothing()
    {
        _plugin.Brp.FailureProblem = "timed out";

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result, Is.EqualTo(new JobResult(0, "1 dossiers checked in the BRP, 0 moves to another gemeente detected, 1 lookups failed.")));
        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Run_ClosedDossier_IsNotLookedUp()
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 12, 1), DossierStatus.Vertrokken);
        var lookupsBefore = _plugin.Brp.LookupCount;

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(lookupsBefore));
        Assert.That(result.Summary, Does.StartWith("0 dossiers checked"));
    }

    [Test]
    public async Task Run_DossierWithoutBsn_IsNotLookedUp()
    {
        await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 12, 1), DossierStatus.Vertrokken);

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Summary, Does.StartWith("0 dossiers checked"));
    }

    [Test]
    public async Task Run_MoreThanOneBatch_ChecksEveryDossier()
    {
        var bsns = ValidBsns().Take(VerhuizingenBrpJob.BatchSize + 4).ToList();
        var dossierIds = await AddDossiersAsync(bsns);
        _plugin.Brp.Add(new BrpPersoon(Bsn.Parse(bsns[^1])) { GemeenteVanInschrijving = new BrpGemeente("0518", "'s-Gravenhage") });

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result, Is.EqualTo(new JobResult(1, "105 dossiers checked in the BRP, 1 moves to another gemeente detected, 0 lookups failed.")));
        Assert.That((await _plugin.AllVerhuizingenAsync()).Single().DossierId, Is.EqualTo(dossierIds[^1]));
    }

    [Test]
    public async Task Run_OtherGemeentesDossier_IsNotLookedUp()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Summary, Does.StartWith("0 dossiers checked"));
    }

    /// <summary>Returns the valid BSNs from 100000000 up, in order; the fake BRP contains none of them.</summary>
    private static IEnumerable<string> ValidBsns()
    {
        for (var number = 100_000_000; number <= 999_999_999; number++)
        {
            var candidate = number.ToString(CultureInfo.InvariantCulture);
            if (Bsn.TryParse(candidate, out _, out _))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Adds an open dossier in Rotterdam for each BSN, directly in the database, and returns their ids in order.</summary>
    private async Task<List<Guid>> AddDossiersAsync(IReadOnlyList<string> bsns)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var ids = new List<Guid>();
        foreach (var bsn in bsns)
        {
            var id = Guid.CreateVersion7();
            ids.Add(id);
            db.Dossiers.Add(new Dossier
            {
                Id = id,
                Gemeente = "0599",
                Bsn = bsn,
                Doelgroep = Doelgroep.Gezinsmigrant,
                Koppeldatum = new DateOnly(2026, 11, 20),
                WetRegime = WetRegime.Wi2021,
                Status = DossierStatus.Gekoppeld,
                StatusSinds = new DateOnly(2026, 11, 20),
                GemeenteVanInschrijving = "0599",
                GeregistreerdDoor = "medewerker-17",
            });
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
