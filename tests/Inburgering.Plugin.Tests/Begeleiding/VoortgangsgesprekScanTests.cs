using Host.Abstractions;
using TestSupport;

namespace Inburgering.Plugin.Tests.Begeleiding;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VoortgangsgesprekScanTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    private string PlanKey => $"inburgering.voortgangsgesprek:{_dossierId}:plannen";

    [Test]
    public async Task Scan_WithoutFirstPip_HasNoTask()
    {
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 3, 0, 0, TimeSpan.Zero));

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [TestCase("2027-02-12T23:00:00Z", false, TestName = "Scan_DayBeforeLeadTime_HasNoPlanTask")]
    [TestCase("2027-02-13T22:59:00Z", false, TestName = "Scan_LastMinuteBeforeLeadTimeInAmsterdam_HasNoPlanTask")]
    [TestCase("2027-02-13T23:00:00Z", true, TestName = "Scan_FirstMinuteOfLeadTimeInAmsterdam_HasPlanTask")]
    [TestCase("2027-02-28T03:00:00Z", true, TestName = "Scan_OnDueDate_HasPlanTask")]
    [TestCase("2027-03-01T03:00:00Z", true, TestName = "Scan_AfterDueDate_KeepsPlanTask")]
    public async Task Scan_NonePlanned_PlanTaskFrom14DaysBeforeDue(string utc, bool expected)
    {
        await BegeleidingTestSteps.SetDagtekeningEerstePipAsync(_plugin, _dossierId, new DateOnly(2026, 11, 30));
        _plugin.Clock.SetUtcNow(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        await ScanAsync();

        var expectedTasks = expected
            ? new[] { (PlanKey, "Plan een voortgangsgesprek", new DateOnly(2027, 2, 28)) }
            : [];
        Assert.That(_plugin.WorkTasks.Open.Select(t => (t.Key, t.Title.Nl, t.DueDate)), Is.EqualTo(expectedTasks));
    }

    [Test]
    public async Task Scan_NewTask_IsInProcessingLogAndWorkQueue()
    {
        await BegeleidingTestSteps.SetDagtekeningEerstePipAsync(_plugin, _dossierId, new DateOnly(2026, 11, 30));
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 14, 3, 0, 0, TimeSpan.Zero));

        await ScanAsync();
        await ScanAsync();

        var task = _plugin.WorkTasks.Open.Single();
        Assert.That(task.Kind, Is.EqualTo("inburgering.voortgangsgesprek"));
        Assert.That(task.KindName!.Nl, Is.EqualTo("Voortgangsgesprek"));
        Assert.That(task.RecordId, Is.EqualTo(_dossierId));
        Assert.That(task.RecordScreenId, Is.EqualTo("inburgering.begeleiding"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.termijnbewaking", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Scan_AfterPlanning_PlanTaskLapsesAndConversationTaskOpens()
    {
        await BegeleidingTestSteps.SetDagtekeningEerstePipAsync(_plugin, _dossierId, new DateOnly(2026, 11, 30));
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 20, 9, 0, 0, TimeSpan.Zero));
        await ScanAsync();

        await PlanAsync("2027-03-01", "00:30");
        await ScanAsync();

        var gesprekKey = _plugin.WorkTasks.Open.Single().Key;
        Assert.That(gesprekKey, Does.StartWith($"inburgering.voortgangsgesprek:{_dossierId}:"));
        Assert.That(gesprekKey, Is.Not.EqualTo(PlanKey));
        Assert.That(_plugin.WorkTasks.Open.Single().Title.Nl, Is.EqualTo("Voer het geplande voortgangsgesprek"));
        Assert.That(_plugin.WorkTasks.Open.Single().DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)));
        Assert.That(_plugin.WorkTasks.All.Single(e => e.Task.Key == PlanKey).ClosedReason!.Nl, Is.EqualTo("Vervallen: de reden voor deze taak is er niet meer."));
    }

    [Test]
    public async Task Scan_AfterHeld_CountsIntervalFromAmsterdamDate()
    {
        await BegeleidingTestSteps.SetDagtekeningEerstePipAsync(_plugin, _dossierId, new DateOnly(2026, 11, 30));
        await PlanAsync("2026-12-31", "00:30");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 3, 0, 0, TimeSpan.Zero));
        await ScanAsync();

        await HeldAsync("2026-12-31", "00:30");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 17, 3, 0, 0, TimeSpan.Zero));
        await ScanAsync();

        // Held at 00:30 on 31 December in Amsterdam, which is 23:30 UTC on 30 December: due 31 March, open from 17 March.
        Assert.That(_plugin.WorkTasks.Open.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { (PlanKey, new DateOnly(2027, 3, 31)) }));
    }

    [TestCase("1", "2026-12-16T03:00:00Z", "2026-12-30", TestName = "Scan_IntervalOneMonth_DueAfterOneMonth")]
    [TestCase("6", "2027-05-16T03:00:00Z", "2027-05-30", TestName = "Scan_IntervalSixMonths_DueAfterSixMonths")]
    public async Task Scan_IntervalSetting_MovesDueDate(string maanden, string utc, string due)
    {
        _plugin.Settings.Set(PluginHarness.Rotterdam, "inburgering.voortgangsgesprek-interval-maanden", maanden);
        await BegeleidingTestSteps.SetDagtekeningEerstePipAsync(_plugin, _dossierId, new DateOnly(2026, 11, 30));
        _plugin.Clock.SetUtcNow(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.DueDate), Is.EqualTo(new[] { DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Test]
    public async Task Scan_ClosedDossier_TaskLapses()
    {
        await BegeleidingTestSteps.SetDagtekeningEerstePipAsync(_plugin, _dossierId, new DateOnly(2026, 11, 30));
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 20, 9, 0, 0, TimeSpan.Zero));
        await ScanAsync();

        await _plugin.ExecuteVersionedAsync("inburgering.sluit-af", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("afgeslotenOp", "2027-02-20"), ("afsluitReden", "Ontheffing"));
        await ScanAsync();

        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    private Task<JobResult> ScanAsync() => _plugin.RunDeadlineScanAsync("inburgering.voortgangsgesprek");

    private async Task PlanAsync(string date, string time)
    {
        var result = await _plugin.ExecuteVersionedAsync("inburgering.gesprek-plannen", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("gesprekDatum", date), ("gesprekTijd", time));
        Assert.That(result.Succeeded, Is.True, "plan");
    }

    private async Task HeldAsync(string date, string time)
    {
        var result = await _plugin.ExecuteVersionedAsync("inburgering.gesprek-gehouden", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("gehoudenDatum", date), ("gehoudenTijd", time));
        Assert.That(result.Succeeded, Is.True, "held");
    }
}
