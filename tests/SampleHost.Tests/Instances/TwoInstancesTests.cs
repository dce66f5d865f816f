using System.Globalization;
using System.Net;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Jobs;
using SampleHost.Persistence;
using SampleHost.Tenancy;
using SampleHost.Workflows;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Inburgering;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Instances;

/// <summary>
/// Two SampleHost instances with the inburgering plugin on one database, both with the scheduler on. PostgreSQL only,
/// because sharing one database between instances is what PostgreSQL is for: a SQLite file serves one instance.
/// Both clocks start on Friday 4 December 2026, 11:00 in Amsterdam, and move by the same amounts.
/// </summary>
[TestFixture]
public sealed class TwoInstancesTests
{
    private const string Beheerder = "demo-0599-functioneel-beheerder";

    private const string Consulent = "demo-0599-consulent-inburgering";

    private const string DeliveryJobId = "inburgering.meldingen-bezorgen";

    /// <summary>Friday 4 December 2026, 11:00 in Amsterdam.</summary>
    private static readonly DateTimeOffset s_start = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Saturday 5 December 2026, 06:01 in Amsterdam: past the first due moment of each of the four jobs.</summary>
    private static readonly DateTimeOffset s_pastAllDue = new(2026, 12, 5, 5, 1, 0, TimeSpan.Zero);

    /// <summary>The due moment of each job at <see cref="s_pastAllDue"/>, in UTC.</summary>
    private static readonly Dictionary<string, DateTimeOffset> s_dueMoments = new(StringComparer.Ordinal)
    {
        ["inburgering.bewaartermijn"] = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero),
        ["inburgering.termijnbewaking"] = new(2026, 12, 5, 3, 0, 0, TimeSpan.Zero),
        ["inburgering.verhuizingen-brp"] = new(2026, 12, 5, 4, 0, 0, TimeSpan.Zero),
        [DeliveryJobId] = s_pastAllDue,
    };

    private static readonly string[] s_bsns = ["999993653", "999993872", "999992806"];

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);

    private string _connectionString = null!;
    private SampleHostServer _first = null!;
    private SampleHostServer _second = null!;

    [SetUp]
    public async Task StartBothAsync()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync("instances");
        _first = new SampleHostServer(Settings());
        _second = new SampleHostServer(Settings());

        // Both start at the same moment on the empty database, so both try to migrate and to record the plugin states.
        await Task.WhenAll(Task.Run(_first.StartServer), Task.Run(_second.StartServer));
    }

    [TearDown]
    public async Task StopBothAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_connectionString);
    }

    [Test]
    public async Task StartTogether_EmptyDatabase_MigratesOnceAndBothServe()
    {
        using var first = await HostSession.LogInAsync(_first, Consulent);
        using var second = await HostSession.LogInAsync(_second, Consulent);
        var dossierUrl = await RegisterAsync(first, s_bsns[0]);

        var (status, _) = await second.GetPageAsync(dossierUrl);
        var migrated = new[] { _first, _second }.Select(MigrationsApplied).ToList();
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "the second instance shows the dossier the first registered");
        Assert.That(migrated.Count(count => count > 0), Is.EqualTo(1), "exactly one instance applied the migrations");
        Assert.That(migrated.Count(count => count == 0), Is.EqualTo(1), "the other found none pending");
        Assert.That(_first.Logs.Count(e => e.EventId == 12002), Is.EqualTo(1));
        Assert.That(_second.Logs.Count(e => e.EventId == 12002), Is.EqualTo(1));
    }

    [Test]
    public async Task Scheduler_SameDueMoments_RunsEveryJobOnce()
    {
        await using var ontvanger = new WebhookOntvanger(FreePort.Next());
        await ontvanger.StartAsync();
        using var beheerder = await HostSession.LogInAsync(_first, Beheerder);
        var abonnementUrl = await SubscribeAsync(beheerder, ontvanger.Url);
        using var consulent = await HostSession.LogInAsync(_second, Consulent);
        foreach (var bsn in s_bsns)
        {
            await RegisterAsync(consulent, bsn);
        }

        await WaitUntilAsync(() => Task.FromResult(_first.Logs.Any(e => e.EventId == 6001) && _second.Logs.Any(e => e.EventId == 6001)), "both schedulers start");
        _first.Clock.Advance(s_pastAllDue - _first.Clock.GetUtcNow());
        _second.Clock.Advance(s_pastAllDue - _second.Clock.GetUtcNow());
        await WaitUntilAsync(async () => (await RunsAsync()).Count(r => r.FinishedAt is not null) == 8, "four jobs ran in two gemeenten");

        // More minutes of delivery, each due moment in both instances, until nothing waits.
        for (var minute = 0; minute < 3 && await CountAsync(beheerder, abonnementUrl, "wachtend") > 0; minute++)
        {
            _first.Clock.Advance(TimeSpan.FromMinutes(1));
            _second.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        var runs = await RunsAsync();
        var tasks = await OpenTasksAsync("0599");
        var ontvangen = ontvanger.Ontvangen;
        var afgeleverd = await CountAsync(beheerder, abonnementUrl, "afgeleverd");
        var firstDay = runs.Where(r => r.DueAt == s_dueMoments[r.JobId]).ToList();
        Assert.That(
            firstDay.Select(r => (r.JobId, r.Gemeente)),
            Is.EquivalentTo(s_dueMoments.Keys.SelectMany(job => new[] { (job, "0518"), (job, "0599") })),
            "each job ran once per gemeente for its due moment");
        Assert.That(firstDay.Select(r => r.Outcome).Distinct(), Is.EqualTo(new[] { JobRunOutcome.Succeeded }));
        Assert.That(runs.GroupBy(r => (r.JobId, r.Gemeente, r.DueAt)).Count(g => g.Count() > 1), Is.Zero, "runs of one due moment");
        Assert.That(tasks, Has.Count.GreaterThanOrEqualTo(s_bsns.Length), "a task per registered dossier at least");
        Assert.That(tasks.GroupBy(t => t.TaskKey).Count(g => g.Count() > 1), Is.Zero, "open tasks with the same key");
        Assert.That(afgeleverd, Is.GreaterThanOrEqualTo(s_bsns.Length), "a registration notification per dossier at least");
        Assert.That(ontvangen.Select(m => m.Id).Distinct().Count(), Is.EqualTo(afgeleverd), "every delivered event arrived");
        Assert.That(ontvangen, Has.Count.EqualTo(afgeleverd), "no event arrived twice");
        Assert.That(await CountAsync(beheerder, abonnementUrl, "wachtend"), Is.Zero);
    }

    [Test]
    public async Task DeliveryJob_BothInstancesAtOnce_SendsEachOnce()
    {
        await using var ontvanger = new WebhookOntvanger(FreePort.Next());
        await ontvanger.StartAsync();
        using var beheerder = await HostSession.LogInAsync(_first, Beheerder);
        var abonnementUrl = await SubscribeAsync(beheerder, ontvanger.Url);
        using var consulent = await HostSession.LogInAsync(_second, Consulent);
        var rounds = new List<JobResult[]>();

        // Each round makes a new notification and then runs the job in both instances at once, bypassing the scheduler.
        foreach (var bsn in s_bsns)
        {
            await RegisterAsync(consulent, bsn);
            rounds.Add(await Task.WhenAll(RunDeliveryJobAsync(_first), RunDeliveryJobAsync(_second)));
        }

        rounds.Add(await Task.WhenAll(RunDeliveryJobAsync(_first), RunDeliveryJobAsync(_second)));

        var ontvangen = ontvanger.Ontvangen;
        var afgeleverd = await CountAsync(beheerder, abonnementUrl, "afgeleverd");
        Assert.That(afgeleverd, Is.GreaterThanOrEqualTo(s_bsns.Length), "a registration notification per dossier at least");
        Assert.That(rounds.Sum(round => round.Sum(result => result.Count)), Is.EqualTo(afgeleverd), "deliveries both instances counted");
        Assert.That(ontvangen.Select(m => m.Id).Distinct().Count(), Is.EqualTo(afgeleverd), "every delivered event arrived");
        Assert.That(ontvangen, Has.Count.EqualTo(afgeleverd), "no event arrived twice");
        Assert.That(ontvangen.Count(m => m.Type == "nl.inburgering.dossier.geregistreerd"), Is.EqualTo(s_bsns.Length));
        Assert.That(await CountAsync(beheerder, abonnementUrl, "wachtend"), Is.Zero);
    }

    private SampleHostSettings Settings() => new()
    {
        Provider = DatabaseProvider.PostgreSql,
        ConnectionString = _connectionString,
        StartTime = s_start,
    };

    /// <summary>Returns the number of host migrations the instance applied at start-up.</summary>
    private static int MigrationsApplied(SampleHostServer server) =>
        int.Parse(
            server.Logs.Single(e => e.EventId == 3001).Message.Split("; ")[1].Split(' ')[0],
            CultureInfo.InvariantCulture);

    /// <summary>Runs the delivery job for 0599 in <paramref name="server"/> as the scheduler would, without its claim in <c>job_runs</c>.</summary>
    private static async Task<JobResult> RunDeliveryJobAsync(SampleHostServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(
            GemeenteCode.Parse("0599"),
            ScheduledJobEntry.ActorPrefix + DeliveryJobId,
            "Meldingen bezorgen",
            new HashSet<string>());
        var job = scope.ServiceProvider.GetKeyedServices<IScheduledJob>("inburgering").Single(j => j.Definition.Id == DeliveryJobId);
        return await job.RunAsync(new JobContext(GemeenteCode.Parse("0599"), server.Clock.GetUtcNow()), CancellationToken.None);
    }

    /// <summary>Adds a subscription for every kind of notification and returns the subscription screen's URL.</summary>
    private static async Task<string> SubscribeAsync(HostSession beheerder, Uri url)
    {
        using var response = await beheerder.PostActionAsync("/schermen/inburgering.abonnementen", "inburgering.abonnement-toevoegen", new Dictionary<string, string>
        {
            ["naam"] = "Zaaksysteem (test)",
            ["url"] = url.ToString(),
            ["actief"] = "true",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), string.Join("; ", AanleveringForms.FieldErrors(html)));
        return response.Headers.Location!.OriginalString;
    }

    private static async Task<int> CountAsync(HostSession beheerder, string abonnementUrl, string field) =>
        int.Parse((await AanleveringForms.ReadFieldAsync(beheerder, abonnementUrl, field))!, CultureInfo.InvariantCulture);

    private async Task<List<JobRunRecord>> RunsAsync()
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.JobRuns.AsNoTracking().ToListAsync();
    }

    private async Task<List<WorkItemRecord>> OpenTasksAsync(string gemeente)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse(gemeente), "test-reader", "Test", new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.WorkItems.AsNoTracking().Where(t => t.ClosedAt == null && t.TaskKey != null).ToListAsync();
    }

    /// <summary>Polls <paramref name="condition"/> every 100 ms and fails after 90 seconds.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string description)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > s_timeout)
            {
                Assert.Fail($"Timed out after {s_timeout.TotalSeconds} seconds waiting until {description}.");
            }

            await Task.Delay(100);
        }
    }
}
