using Npgsql;
using SampleHost.Tests.Inburgering;

namespace SampleHost.Tests.Resilience;

/// <summary>
/// SampleHost under a bounded load of screens and API deliveries while its PostgreSQL server restarts or stops: requests
/// fail with 503 and never 500, recover by themselves, and every delivery is stored exactly once with all its rows.
/// </summary>
/// <remarks>
/// PostgreSQL only: the tests stop and restart the database server, which an embedded SQLite file does not have. The
/// fixture runs its own cluster, so no other test loses its database.
/// </remarks>
[TestFixture]
[NonParallelizable]
public sealed class DatabaseOutageTests
{
    /// <summary>How long after the server accepts connections again every kind of request must succeed.</summary>
    private static readonly TimeSpan s_recoveryBound = TimeSpan.FromSeconds(15);

    private readonly List<PlannedDelivery> _sent = [];
    private OutageServer _server = null!;
    private List<HttpClient> _aanbieders = null!;
    private HostSession _consulent = null!;
    private Queue<PlannedDelivery> _plan = null!;
    private IReadOnlyList<string> _pages = null!;
    private int _urenregelsPerDelivery;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = await OutageServer.CreateAsync();
        _aanbieders = [];
        for (var i = 1; i <= 3; i++)
        {
            _aanbieders.Add(await _server.CreateAanbiederClientAsync($"Leerlingsysteem {i}"));
        }

        _consulent = await HostSession.LogInAsync(_server, AanleveringServer.ConsulentId);
        var students = await OutageLoad.TaalStudentsAsync(_aanbieders[0]);
        _plan = new(Plan(students, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime)));
        var dossierId = await AanleveringServer.FindDossierIdAsync(_consulent, students[0].Bsn);
        _pages = ["/werkvoorraad", $"/schermen/inburgering.voortgang/{dossierId}"];

        // One delivery before any outage shows how many urenregels a stored delivery has.
        var first = _plan.Dequeue();
        Assert.That(await first.SendAsync(_aanbieders[0], CancellationToken.None), Is.EqualTo(201));
        _urenregelsPerDelivery = (await StoredAsync([first.Key]))[first.Key].Urenregels;
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _consulent?.Dispose();
        foreach (var client in _aanbieders ?? [])
        {
            client.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task Restart_UnderLoad_FailsCleanlyAndRecovers()
    {
        var load = new OutageLoad(_server, _aanbieders, _consulent.Client, _pages, Take(150));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var running = load.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var restartStarted = TimeProvider.System.GetUtcNow();
        await _server.Cluster.RestartAsync();
        var restarted = TimeProvider.System.GetUtcNow();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await running;

        var outcomes = load.Outcomes;
        var resent = await ResendFailedAsync(load.DeliveryStatuses());
        var delivered = load.DeliveryStatuses();
        var stored = await StoredAsync([.. delivered.Keys]);
        Report("restart", outcomes, restartStarted, restarted);

        AssertOnlyExpectedStatuses(outcomes);
        AssertReadinessDippedAndRecovered(outcomes, restartStarted);
        AssertRecovered(outcomes, restarted);
        Assert.That(delivered.Values.Count(s => s is 200 or 201), Is.GreaterThan(0), "deliveries answered 2xx under load");
        Assert.That(resent.Values, Is.All.AnyOf(200, 201), "status of each re-sent delivery");
        AssertStoredOnce(delivered.Keys, stored);
    }

    [Test]
    public async Task Stop_ForSeconds_Answers503ThenRecovers()
    {
        var load = new OutageLoad(_server, _aanbieders, _consulent.Client, _pages, Take(120));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var running = load.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var stopped = TimeProvider.System.GetUtcNow();
        await _server.Cluster.StopAsync();
        var (page, pageHtml, pageRetryAfter) = await ReadDuringOutageAsync(_pages[0], _consulent.Client);
        var (problem, problemJson, problemRetryAfter) = await DeliverDuringOutageAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await _server.Cluster.StartAgainAsync();
        var started = TimeProvider.System.GetUtcNow();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await running;

        var outcomes = load.Outcomes;
        var resent = await ResendFailedAsync(load.DeliveryStatuses());
        var delivered = load.DeliveryStatuses();
        var stored = await StoredAsync([.. delivered.Keys]);
        Report("stop", outcomes, stopped, started);

        Assert.That(page, Is.EqualTo(503));
        Assert.That(pageHtml, Does.Contain("De database is even niet bereikbaar. Probeer het over een paar seconden opnieuw."));
        Assert.That(pageRetryAfter, Is.EqualTo("5"));
        Assert.That(problem, Is.EqualTo(503));
        Assert.That(problemJson, Is.EqualTo("application/problem+json"));
        Assert.That(problemRetryAfter, Is.EqualTo("5"));
        AssertOnlyExpectedStatuses(outcomes);
        AssertReadinessDippedAndRecovered(outcomes, stopped);
        AssertRecovered(outcomes, started);
        Assert.That(delivered.Values.Count(s => s == 503), Is.GreaterThan(0), "deliveries answered 503 while the server was stopped");
        Assert.That(resent.Values, Is.All.AnyOf(200, 201), "status of each re-sent delivery");
        AssertStoredOnce(delivered.Keys, stored);
    }

    /// <summary>
    /// Plans one delivery per student and day, from today back to the referral's start or at most 90 days, so no two
    /// deliveries share a student and period, and none corrects another.
    /// </summary>
    private static IEnumerable<PlannedDelivery> Plan(IReadOnlyList<(string Bsn, DateOnly Start)> students, DateOnly today)
    {
        for (var back = 0; back < 90; back++)
        {
            var day = today.AddDays(-back);
            foreach (var (bsn, start) in students.Where(s => s.Start <= day))
            {
                yield return new PlannedDelivery($"outage-{Guid.NewGuid():N}", bsn, day);
            }
        }
    }

    private List<PlannedDelivery> Take(int count)
    {
        var planned = new List<PlannedDelivery>();
        while (planned.Count < count && _plan.TryDequeue(out var delivery))
        {
            planned.Add(delivery);
        }

        Assert.That(planned, Has.Count.GreaterThanOrEqualTo(30), "deliveries the demo referrals leave room for");
        _sent.AddRange(planned);
        return planned;
    }

    /// <summary>Sends each delivery that got no 2xx again, with the same key and body, and returns the new statuses.</summary>
    private async Task<Dictionary<string, int>> ResendFailedAsync(IReadOnlyDictionary<string, int> statuses)
    {
        var resent = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var delivery in _sent.Where(d => statuses.TryGetValue(d.Key, out var status) && status is not (200 or 201)))
        {
            resent[delivery.Key] = await delivery.SendAsync(_aanbieders[0], CancellationToken.None);
        }

        return resent;
    }

    private static async Task<(int Status, string Html, string? RetryAfter)> ReadDuringOutageAsync(string page, HttpClient client)
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.ToString());
    }

    private async Task<(int Status, string? MediaType, string? RetryAfter)> DeliverDuringOutageAsync()
    {
        using var response = await _aanbieders[0].GetAsync(new Uri("/api/v1/aanmeldingen", UriKind.Relative));
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter?.ToString());
    }

    private static void AssertOnlyExpectedStatuses(IReadOnlyList<RequestOutcome> outcomes)
    {
        var unexpected = outcomes.Where(o => o.Status is not (200 or 201 or 503)).ToList();
        Assert.That(unexpected, Is.Empty, "requests answered other than 200, 201 or 503 (0 means no HTTP response)");
    }

    private static void AssertReadinessDippedAndRecovered(IReadOnlyList<RequestOutcome> outcomes, DateTimeOffset outageStarted)
    {
        var ready = outcomes.Where(o => o.Kind == RequestOutcome.Ready && o.At >= outageStarted).OrderBy(o => o.At).ToList();
        Assert.That(ready.Select(o => o.Status), Does.Contain(503), "/health/ready during the outage");
        Assert.That(ready[^1].Status, Is.EqualTo(200), "/health/ready at the end");
    }

    /// <summary>Checks that after the last 503, which came within the bound, deliveries and pages succeed again.</summary>
    private static void AssertRecovered(IReadOnlyList<RequestOutcome> outcomes, DateTimeOffset serverBack)
    {
        var lastFailure = outcomes.Where(o => !o.Succeeded).Select(o => o.At).DefaultIfEmpty(serverBack).Max();
        Assert.That(lastFailure - serverBack, Is.LessThan(s_recoveryBound), "time from the server accepting connections to the last failed request");
        Assert.That(outcomes.Count(o => o.Kind == RequestOutcome.Delivery && o.At > lastFailure && o.Succeeded), Is.GreaterThan(0), "deliveries after the last failure");
        Assert.That(outcomes.Count(o => o.Kind == RequestOutcome.Page && o.At > lastFailure && o.Succeeded), Is.GreaterThan(0), "pages after the last failure");
    }

    private void AssertStoredOnce(IEnumerable<string> keys, IReadOnlyDictionary<string, StoredDelivery> stored)
    {
        foreach (var key in keys)
        {
            Assert.That(stored.TryGetValue(key, out var delivery), Is.True, $"delivery {key} is stored");
            Assert.That(delivery!.Leveringen, Is.EqualTo(1), $"leveringen of {key}");
            Assert.That(delivery.Voortgangsmeldingen, Is.EqualTo(1), $"voortgangsmeldingen of {key}");
            Assert.That(delivery.Fouten, Is.EqualTo(1), $"levering_fouten of {key}");
            Assert.That(delivery.Urenregels, Is.EqualTo(_urenregelsPerDelivery), $"urenregels of {key}");
        }
    }

    /// <summary>Counts, as the superuser past row-level security, what each delivery stored.</summary>
    private async Task<IReadOnlyDictionary<string, StoredDelivery>> StoredAsync(string[] keys)
    {
        // Without pooling, because an idle pooled connection of the test would still be broken by the restart.
        var connectionString = new NpgsqlConnectionStringBuilder(_server.SuperuserConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.referentie,
                   count(DISTINCT l.id),
                   count(DISTINCT v.id),
                   count(DISTINCT f.id),
                   count(DISTINCT u.id)
            FROM inburgering.leveringen l
            LEFT JOIN inburgering.voortgangsmeldingen v ON v.levering_id = l.id
            LEFT JOIN inburgering.levering_fouten f ON f.levering_id = l.id
            LEFT JOIN inburgering.urenregels u ON u.voortgangsmelding_id = v.id
            WHERE l.referentie = ANY(@keys)
            GROUP BY l.referentie
            """;
        command.Parameters.AddWithValue("keys", keys);

        var stored = new Dictionary<string, StoredDelivery>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = new StoredDelivery(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), (int)reader.GetInt64(4));
        }

        return stored;
    }

    /// <summary>Writes the measured counts to the test output, for the operations guide.</summary>
    private static void Report(string outage, IReadOnlyList<RequestOutcome> outcomes, DateTimeOffset began, DateTimeOffset serverBack)
    {
        foreach (var kind in new[] { RequestOutcome.Delivery, RequestOutcome.Page, RequestOutcome.Ready })
        {
            var ofKind = outcomes.Where(o => o.Kind == kind).ToList();
            var afterBack = ofKind.Where(o => o.At > serverBack).ToList();
            TestContext.Out.WriteLine(
                $"{outage} {kind}: {ofKind.Count} requests, {ofKind.Count(o => o.Status == 503)} answered 503, " +
                $"{afterBack.Count(o => o.Status == 503)} of them after the server was back; " +
                $"outage {(serverBack - began).TotalMilliseconds:F0} ms; " +
                $"last 503 {afterBack.Where(o => !o.Succeeded).Select(o => (o.At - serverBack).TotalMilliseconds).DefaultIfEmpty(0).Max():F0} ms after the server was back; " +
                $"statuses {string.Join(", ", ofKind.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}"))}");
        }
    }

    private sealed record StoredDelivery(long Leveringen, long Voortgangsmeldingen, long Fouten, int Urenregels);
}
