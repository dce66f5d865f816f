using Host.Abstractions;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Tests.TestDoubles;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Inburgering.Plugin.Tests.Werkvoorraad;

/// <summary>
/// Tests which tasks the daily deadline scan writes and closes, with a test rule and the work queue in memory. Most
/// tests use a host that reports the open tasks' titles and due dates; the <c>KeysOnlyHost</c> tests use one that
/// reports only their keys.
/// </summary>
public sealed class TermijnbewakingJobTests
{
    private const string Kind = "inburgering.test-regel";

    private static readonly DateOnly s_due = new(2027, 1, 15);

    private static readonly LocalizedText s_title = new("Controleer het dossier", "Check the file");

    private TestTenant _tenant = null!;
    private InMemoryWorkTasks _workTasks = null!;

    [SetUp]
    public void CreateWorkQueue()
    {
        _tenant = new TestTenant { Current = PluginHarness.Rotterdam };
        _workTasks = new InMemoryWorkTasks(_tenant);
    }

    [Test]
    public async Task Run_OpenTaskUnchanged_WritesNothing()
    {
        var rule = new TestRegel(Task("1", s_due));
        await RunAsync(rule);
        var writesBefore = _workTasks.EnsureCount;

        var result = await RunAsync(rule);

        Assert.That(result.Count, Is.Zero);
        Assert.That(_workTasks.EnsureCount, Is.EqualTo(writesBefore));
        Assert.That(_workTasks.Open.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { (Key("1"), s_due) }));
    }

    [Test]
    public async Task Run_DueDateChanged_UpdatesOnlyIt()
    {
        var later = s_due.AddDays(7);
        await RunAsync(new TestRegel(Task("1", s_due), Task("2", s_due)));
        var writesBefore = _workTasks.EnsureCount;

        await RunAsync(new TestRegel(Task("1", later), Task("2", s_due)));

        Assert.That(_workTasks.EnsureCount - writesBefore, Is.EqualTo(1));
        Assert.That(_workTasks.Open.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { (Key("1"), later), (Key("2"), s_due) }));
    }

    [Test]
    public async Task Run_OpenTaskTitleChanged_UpdatesIt()
    {
        var title = new LocalizedText("Bel de klant", "Call the client");
        await RunAsync(new TestRegel(Task("1", s_due)));

        await RunAsync(new TestRegel(Task("1", s_due) with { Title = title }));

        Assert.That(_workTasks.Open.Single().Title, Is.EqualTo(title));
    }

    [Test]
    public async Task Run_TaskNotDue_ClosesIt()
    {
        await RunAsync(new TestRegel(Task("1", s_due), Task("2", s_due)));

        await RunAsync(new TestRegel(Task("2", s_due)));

        Assert.That(_workTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { Key("2") }));
        Assert.That(_workTasks.All.Single(e => e.Task.Key == Key("1")).ClosedReason!.Nl, Is.EqualTo("Vervallen: de reden voor deze taak is er niet meer."));
    }

    [Test]
    public async Task Run_KeysOnlyHost_WritesOpenTasks()
    {
        _workTasks.ReportsOpenTasks = false;
        var rule = new TestRegel(Task("1", s_due), Task("2", s_due));
        await RunAsync(rule);
        var writesBefore = _workTasks.EnsureCount;

        await RunAsync(rule);

        Assert.That(_workTasks.EnsureCount - writesBefore, Is.EqualTo(2));
        Assert.That(_workTasks.Open, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Run_KeysOnlyHostKeyedRule_WritesNothing()
    {
        _workTasks.ReportsOpenTasks = false;
        var rule = new TestRegel(Task("1", s_due), Task("2", s_due)) { KeyDeterminesTask = true };
        await RunAsync(rule);
        var writesBefore = _workTasks.EnsureCount;

        await RunAsync(rule);

        Assert.That(_workTasks.EnsureCount, Is.EqualTo(writesBefore));
        Assert.That(_workTasks.Open, Has.Count.EqualTo(2));
    }

    private async Task<JobResult> RunAsync(TestRegel rule)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 3, 0, 0, TimeSpan.Zero));
        var processingLog = new RecordingProcessingLog([new InburgeringProcessingActivities()]);
        var job = new TermijnbewakingJob([rule], _workTasks, processingLog, clock, NullLogger<TermijnbewakingJob>.Instance);

        return await job.RunAsync(new JobContext(_tenant.Current!.Value, clock.GetUtcNow()), CancellationToken.None);
    }

    private static string Key(string dossier) => $"{Kind}:{dossier}";

    private static WorkTask Task(string dossier, DateOnly due) => new(Key(dossier), Kind, dossier, s_title, due);

    /// <summary>A rule that returns the same tasks on every run, each about the data subject of its record id.</summary>
    private sealed class TestRegel(params WorkTask[] tasks) : ITermijnRegel
    {
        public string Kind => TermijnbewakingJobTests.Kind;

        public LocalizedText KindName { get; } = new("Testregel", "Test rule");

        public bool KeyDeterminesTask { get; init; }

        public Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken) =>
            System.Threading.Tasks.Task.FromResult<IReadOnlyList<TermijnTaak>>([.. tasks.Select(t => new TermijnTaak(t, new DataSubject("BSN", "99999" + t.RecordId.PadLeft(4, '0'))))]);
    }
}
