using System.Globalization;
using Host.Abstractions;
using TestSupport;

namespace Inburgering.Plugin.Tests.BredeIntake;

/// <summary>The deadline scan's task "Plan de brede intake", due 14 days after the koppeldatum, on the days around it.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BredeIntakePlannenRegelTests(DatabaseProvider provider)
{
    private const string Kind = "inburgering.brede-intake-plannen";

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    // The harness clock is at 4 December 2026; the koppeldatum moves the due date around it.
    [TestCase("2026-11-21", "2026-12-05", TestName = "Scan_DayBeforeDueDate_TaskOpen")]
    [TestCase("2026-11-20", "2026-12-04", TestName = "Scan_OnDueDate_TaskOpen")]
    [TestCase("2026-11-19", "2026-12-03", TestName = "Scan_DayAfterDueDate_TaskStillOpen")]
    public async Task Scan_AroundDueDate_TaskOpen(string koppeldatum, string dueDate)
    {
        var dossierId = await RegisterAsync(koppeldatum);

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        var task = _plugin.WorkTasks.Open.Single(t => t.Kind == Kind);
        Assert.That(task.Key, Is.EqualTo($"inburgering.brede-intake-plannen:{dossierId}"));
        Assert.That(task.RecordId, Is.EqualTo(dossierId));
        Assert.That(task.RecordScreenId, Is.EqualTo("inburgering.brede-intake"));
        Assert.That(task.Title, Is.EqualTo(new LocalizedText("Plan de brede intake", "Plan the broad intake")));
        Assert.That(task.KindName, Is.EqualTo(new LocalizedText("Brede intake plannen", "Plan broad intake")));
        Assert.That(task.DueDate, Is.EqualTo(DateOnly.Parse(dueDate, CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Scan_NextDays_KeepsOneTask()
    {
        await RegisterAsync("2026-11-20");

        foreach (var day in new[] { 4, 5, 6 })
        {
            _plugin.Clock.SetUtcNow(new DateTimeOffset(2026, 12, day, 10, 0, 0, TimeSpan.Zero));
            await _plugin.RunJobAsync("inburgering.termijnbewaking");
        }

        Assert.That(_plugin.WorkTasks.All.Where(e => e.Task.Kind == Kind).Select(e => e.Task.DueDate), Is.EqualTo(new[] { new DateOnly(2026, 12, 4) }));
        Assert.That(_plugin.WorkTasks.Open.Count(t => t.Kind == Kind), Is.EqualTo(1));
    }

    [Test]
    public async Task Scan_KoppeldatumInFebruary2028_DueOnLeapDay()
    {
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2028, 2, 20, 9, 0, 0, TimeSpan.Zero));
        await RegisterAsync("2028-02-15");

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.Open.Single(t => t.Kind == Kind).DueDate, Is.EqualTo(new DateOnly(2028, 2, 29)));
    }

    [Test]
    public async Task Scan_NewTask_RecordedInProcessingLog()
    {
        await RegisterAsync("2026-11-20");
        _plugin.ProcessingLog.Clear();

        await _plugin.RunJobAsync("inburgering.termijnbewaking");
        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.termijnbewaking", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Scan_AfterIntakeStarted_ClosesTask()
    {
        var dossierId = await RegisterAsync("2026-11-20");
        await _plugin.RunJobAsync("inburgering.termijnbewaking");
        await _plugin.SaveAsync(dossierId, IntakeSteps.Prefix + "tolk", ("tolkNodig", "false"));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        var entry = _plugin.WorkTasks.All.Single(e => e.Task.Kind == Kind);
        Assert.That(_plugin.WorkTasks.Open.Where(t => t.Kind == Kind), Is.Empty);
        Assert.That(entry.ClosedReason!.Nl, Is.EqualTo("Vervallen: de reden voor deze taak is er niet meer."));
    }

    [Test]
    public async Task Scan_RestrictedDossier_NoTask()
    {
        var dossierId = await RegisterAsync("2026-11-20");
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", dossierId, await _plugin.DossierVersionAsync(dossierId), ("beperkingReden", "Intrekking door DUO"));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.All.Where(e => e.Task.Kind == Kind), Is.Empty);
    }

    [Test]
    public async Task Scan_ClosedDossier_NoTask()
    {
        var dossierId = await RegisterAsync("2026-11-20");
        await _plugin.ExecuteVersionedAsync("inburgering.sluit-af", dossierId, await _plugin.DossierVersionAsync(dossierId), ("afgeslotenOp", "2026-12-01"), ("afsluitReden", "Overleden"));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.All.Where(e => e.Task.Kind == Kind), Is.Empty);
    }

    [Test]
    public async Task Scan_OtherGemeente_NoTaskHere()
    {
        await RegisterAsync("2026-11-20");
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    private async Task<string> RegisterAsync(string koppeldatum)
    {
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: koppeldatum);
        Assert.That(registered.Succeeded, Is.True, string.Join(" ", registered.Errors.Select(e => e.Message.Nl)));
        return registered.NavigateTo!.RecordId!;
    }
}
