using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Jobs;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Settings;
using SampleHost.Tenancy;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Jobs;

/// <summary>
/// The scheduler with the inburgering plugin's retention job, which is due daily at 03:00 in Amsterdam. The host's
/// clock starts on Friday 4 December 2026, 11:00 in Amsterdam.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class JobSchedulerTests(DatabaseProvider provider)
{
    private const string JobId = "inburgering.bewaartermijn";

    /// <summary>Friday 4 December 2026, 11:00 in Amsterdam: when the host's clock starts.</summary>
    private static readonly DateTimeOffset s_start = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Saturday 5 December 2026, 03:00 in Amsterdam: the first due moment after the host starts.</summary>
    private static readonly DateTimeOffset s_firstDue = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private SampleHostServer _server = null!;

    private string? _connectionString;

    [SetUp]
    public async Task StartHostAsync()
    {
        _connectionString = provider == DatabaseProvider.PostgreSql ? await PostgresServer.CreateDatabaseAsync("jobs") : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = _connectionString, StartTime = s_start });
        _server.StartServer();
    }

    [TearDown]
    public async Task StopHostAsync()
    {
        await _server.DisposeAsync();
        if (_connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(_connectionString);
        }
    }

    [Test]
    public async Task Scheduler_PastDueMoment_RunsPerGemeente()
    {
        await WaitUntilAsync(() => _server.Logs.Any(e => e.EventId == 6001), "the scheduler starts");

        _server.Clock.Advance(s_firstDue - _server.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await WaitUntilAsync(async () => (await RunsAsync()).Count(r => r.FinishedAt is not null) == 2, "both gemeenten ran the job");

        var runs = await RunsAsync();
        Assert.That(runs.Select(r => r.Gemeente), Is.EquivalentTo(new[] { "0518", "0599" }));
        Assert.That(runs.Select(r => r.JobId).Distinct(), Is.EqualTo(new[] { JobId }));
        Assert.That(runs.Select(r => r.DueAt).Distinct(), Is.EqualTo(new[] { s_firstDue }));
        Assert.That(runs.Select(r => r.Outcome).Distinct(), Is.EqualTo(new[] { JobRunOutcome.Succeeded }));
        Assert.That(runs.Select(r => r.Count).Distinct(), Is.EqualTo(new int?[] { 0 }));
        Assert.That(runs[0].Summary, Is.EqualTo("0 dossiers closed on or before 2021-12-05 anonymised (retention 5 years); 0 restricted dossiers kept."));
    }

    [Test]
    public async Task Scheduler_BeforeDueMoment_WaitsForIt()
    {
        await WaitUntilAsync(() => _server.Logs.Any(e => e.EventId == 6001), "the scheduler starts");

        _server.Clock.Advance(s_firstDue - _server.Clock.GetUtcNow() - TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var before = await RunsAsync();
        _server.Clock.Advance(TimeSpan.FromMinutes(3));
        await WaitUntilAsync(async () => (await RunsAsync()).Count(r => r.FinishedAt is not null) == 2, "both gemeenten ran the job");

        Assert.That(before, Is.Empty);
    }

    [Test]
    public async Task Scheduler_ClockMovesWhileJobsRun_RunsTheNextMoment()
    {
        await WaitUntilAsync(() => _server.Logs.Any(e => e.EventId == 6001), "the scheduler starts");

        _server.Clock.Advance(s_firstDue - _server.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await WaitUntilAsync(async () => (await RunsAsync()).Count != 0, "the first run is claimed");
        _server.Clock.Advance(TimeSpan.FromDays(1));
        await WaitUntilAsync(async () => (await RunsAsync()).Count(r => r.FinishedAt is not null) == 4, "both gemeenten ran both moments");

        var runs = await RunsAsync();
        Assert.That(
            runs.Select(r => (r.Gemeente, r.DueAt)),
            Is.EquivalentTo(new[] { ("0518", s_firstDue), ("0599", s_firstDue), ("0518", s_firstDue.AddDays(1)), ("0599", s_firstDue.AddDays(1)) }));
    }

    [Test]
    public async Task Runner_ClaimedMoment_DoesNotRun()
    {
        var job = await RetentionJobAsync();
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            db.JobRuns.Add(new JobRunRecord { Id = Guid.NewGuid(), JobId = JobId, Gemeente = "0599", DueAt = s_firstDue, StartedAt = s_firstDue, Outcome = JobRunOutcome.Running });
            await db.SaveChangesAsync();
        }

        var runner = _server.Services.GetRequiredService<JobRunner>();
        var ranRotterdam = await runner.RunAsync(job, GemeenteCode.Parse("0599"), s_firstDue, CancellationToken.None);
        var ranDenHaag = await runner.RunAsync(job, GemeenteCode.Parse("0518"), s_firstDue, CancellationToken.None);
        var ranDenHaagAgain = await runner.RunAsync(job, GemeenteCode.Parse("0518"), s_firstDue, CancellationToken.None);

        var runs = await RunsAsync();
        Assert.That(ranRotterdam, Is.False);
        Assert.That(ranDenHaag, Is.True);
        Assert.That(ranDenHaagAgain, Is.False);
        Assert.That(runs.Select(r => (r.Gemeente, r.Outcome)), Is.EquivalentTo(new[] { ("0518", JobRunOutcome.Succeeded), ("0599", JobRunOutcome.Running) }));
    }

    [Test]
    public async Task Runner_ThrowingJob_RecordsFailure()
    {
        var job = await RetentionJobAsync();
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            // A value the setting's validation would reject, so reading it as a number throws inside the job.
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            db.PluginSettings.Add(new PluginSettingRecord { Gemeente = "0599", Key = "inburgering.bewaartermijn-jaren", Value = "vijf", ChangedBy = "test" });
            await db.SaveChangesAsync();
        }

        var ran = await _server.Services.GetRequiredService<JobRunner>().RunAsync(job, GemeenteCode.Parse("0599"), s_firstDue, CancellationToken.None);

        var run = (await RunsAsync()).Single();
        var error = _server.Logs.Single(e => e.EventId == 1101);
        Assert.That(ran, Is.True);
        Assert.That(run.Outcome, Is.EqualTo(JobRunOutcome.Failed));
        Assert.That(run.FinishedAt, Is.Not.Null);
        Assert.That(run.Count, Is.Null);
        Assert.That(error.Message, Is.EqualTo("Plugin inburgering failed in job inburgering.bewaartermijn for gemeente 0599; 1 failures in a row"));
        Assert.That(error.Exception, Is.TypeOf<FormatException>());
    }

    [Test]
    public async Task Job_AnonymisesAsItsOwnActor()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");
        var dossierUrl = await InburgeringSteps.RegisterAsync(consulent, "999993653");
        var (_, html) = await consulent.GetPageAsync(dossierUrl);
        using var close = await consulent.PostActionAsync(dossierUrl, "inburgering.sluit-af", new Dictionary<string, string>
        {
            ["afgeslotenOp"] = "2026-12-04",
            ["afsluitReden"] = "VertrokkenNaarBuitenland",
            ["__version"] = VersionField().Match(html).Groups[1].Value,
        });
        Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "closing the dossier in the arrange step");

        await WaitUntilAsync(() => _server.Logs.Any(e => e.EventId == 6001), "the scheduler starts");
        _server.Clock.Advance(TimeSpan.FromDays((365 * 5) + 2));
        await WaitUntilAsync(async () => (await RunsAsync()).Count(r => r.FinishedAt is not null) == 2, "both gemeenten ran the job");

        var deletes = (await ProcessingLogAsync("0599")).Where(e => e.Operation == "Delete").ToList();
        var runs = await RunsAsync();
        Assert.That(runs.Select(r => (r.Gemeente, r.Count)), Is.EqualTo(new (string, int?)[] { ("0518", 0), ("0599", 1) }));
        Assert.That(deletes.Select(e => (e.ActorId, e.ActivityId, e.SubjectIdType)), Is.EqualTo(new[] { ("job:inburgering.bewaartermijn", JobId, "BSN") }));
        using var consulentLater = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");
        Assert.That((await consulentLater.GetPageAsync(dossierUrl)).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<ScheduledJobEntry> RetentionJobAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var plugin = _server.Services.GetRequiredService<PluginCatalog>().Loaded.Single(p => p.Id == "inburgering");
        var definition = scope.ServiceProvider.GetKeyedServices<IScheduledJob>(plugin.Id).Single(j => j.Definition.Id == JobId).Definition;
        return new ScheduledJobEntry(plugin, definition);
    }

    /// <summary>Returns the runs of the retention job; the plugin's other jobs run on their own schedule.</summary>
    private async Task<List<JobRunRecord>> RunsAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.JobRuns.AsNoTracking().Where(r => r.JobId == JobId).OrderBy(r => r.Gemeente).ToListAsync();
    }

    private async Task<List<SampleHost.Privacy.ProcessingLogEntry>> ProcessingLogAsync(string gemeente)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse(gemeente), "test-reader", "Test", new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    private static Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > s_timeout)
            {
                Assert.Fail($"Timed out after {s_timeout.TotalSeconds} seconds waiting until {what}.");
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex("name=\"__version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionField();
}
