using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Host.Abstractions.Testing;
using Inburgering.Benchmarks.Generation;
using Inburgering.Benchmarks.Load;
using Npgsql;
using SampleHost.Pages;
using SampleHost.Work;
using TestSupport;
using TestSupport.LogScan;

namespace Inburgering.Benchmarks.Targets.Werkvoorraad;

/// <summary>
/// The werkvoorraad page (<c>/werkvoorraad</c>) over the open tasks of 100,000 dossiers of one gemeente on
/// PostgreSQL, requested by a signed-in consulent: first pages without and with each filter, and the later pages its
/// "Volgende" link leads to. The baseline is hand-written SQL for the same pages on one open connection.
/// </summary>
/// <remarks>
/// NOTE: SampleHost sends no <c>Server-Timing</c> header yet, so the figure is the client-side latency of one
/// sequential client on 127.0.0.1, which includes HTTP, Razor rendering and the loopback round trip.
/// </remarks>
internal sealed partial class WerkvoorraadTarget : IPerformanceTarget
{
    private const string Gemeente = "0599";
    private const double GoalMilliseconds = 50;

    /// <summary>The later pages followed after each first page.</summary>
    private const int LaterPages = 4;

    public string Name => "werkvoorraad";

    public string Goal => "Werkvoorraad with filters, keyset-paged over the tasks of 100,000 dossiers on PostgreSQL: p95 at most 50 ms.";

    public async Task<TargetResult> MeasureAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var dossiers = context.Quick ? 1_000 : 100_000;
        var rounds = context.Quick ? 1 : 10;
        var vandaag = DateOnly.FromDateTime(PluginTestHostOptions.DefaultStartTime.UtcDateTime);
        var userId = DemoUsers.IdFor(HostRoles.ConsulentInburgering, Gemeente);
        var connectionString = await PostgresServer.CreateDatabaseAsync("werkvoorraad", cancellationToken);
        try
        {
            // The page reads no attendance rows, so the data set has none, which saves shared CPU.
            var options = new GeneratorOptions(DatabaseProvider.PostgreSql, connectionString, Gemeenten: 1, dossiers, Aanwezigheid: 0, Seed: 1, vandaag);
            var counts = await GenerateCommand.GenerateAsync(options, context.Progress, cancellationToken);
            var tasks = counts.Single(c => c.Table == "work_items").Rows;

            await using var connection = await WorkQueueSql.OpenAsync(connectionString, Gemeente, cancellationToken);
            var assigned = await AssignEveryThirdTaskAsync(connection, userId, cancellationToken);
            var kind = await LargestKindAsync(connection, cancellationToken);
            var firstPages = WorkQueueScenarios.FirstPages(kind);

            var (page, requested) = await MeasurePageAsync(options, userId, firstPages, rounds, context, cancellationToken);
            var hand = await MeasureHandSqlAsync(connection, userId, vandaag, requested, cancellationToken);
            var plan = await ExplainLaterPageAsync(connection, userId, vandaag, requested, kind, cancellationToken);
            context.Progress("werkvoorraad plan of a later page with the overdue filter:" + Environment.NewLine + plan);

            var p95 = page.Percentile(95);
            var handP95 = hand.Percentile(95);
            return new TargetResult(
                Name,
                Goal,
                string.Create(CultureInfo.InvariantCulture, $"{dossiers:N0} dossiers in gemeente {Gemeente}, {tasks:N0} open tasks ({assigned:N0} assigned to the consulent), PostgreSQL 15"),
                string.Create(CultureInfo.InvariantCulture, $"client-side p95 {p95:N1} ms, p50 {page.Percentile(50):N1} ms, max {page.Percentile(100):N1} ms over {page.Count:N0} requests"),
                string.Create(CultureInfo.InvariantCulture, $"hand SQL p95 {handP95:N1} ms, p50 {hand.Percentile(50):N1} ms over {hand.Count:N0} pages"),
                p95 / handP95,
                Met: p95 <= GoalMilliseconds,
                string.Create(CultureInfo.InvariantCulture, $"One sequential client; {firstPages.Count} first pages (no filter, kind {kind}, overdue, within 7 days, mine, unassigned), each followed by up to {LaterPages} later pages, {rounds} rounds after one unmeasured round. No Server-Timing header yet, so the page figure is client-side on 127.0.0.1. Plan of a later page with the overdue filter: {PlanSummary(plan)}"));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    /// <summary>
    /// Requests every first page and the later pages behind it, <paramref name="rounds"/> times after one unmeasured
    /// round, and returns the latencies and the filters of the pages requested in the last round.
    /// </summary>
    private static async Task<(LatencyRecorder Latencies, List<WorkQueueFilter> Requested)> MeasurePageAsync(
        GeneratorOptions options, string userId, IReadOnlyList<WorkQueueFilter> firstPages, int rounds, BenchmarkContext context, CancellationToken cancellationToken)
    {
        using var logScan = new LogScanSink(new PersonalDataScanner(RvigTestSetEntries.Default));
        await using var host = new SampleHostWithoutJobs(new PluginTestHostOptions
        {
            PublishedPlugins = [Path.Combine(PublishedPluginFolders.FindFolderAbove("Inburgering.sln"), "SampleHost", "plugins", "inburgering")],
            Provider = options.Provider,
            ConnectionString = options.ConnectionString,
            SeedDemoData = false,
            LogScan = logScan,
        });
        using var session = await host.LogInAsync(userId);

        var latencies = new LatencyRecorder();
        var requested = new List<WorkQueueFilter>();
        for (var round = 0; round <= rounds; round++)
        {
            requested.Clear();
            var recorder = round == 0 ? new LatencyRecorder() : latencies;
            foreach (var first in firstPages)
            {
                WorkQueueFilter? filter = first;
                for (var page = 0; page <= LaterPages && filter is not null; page++)
                {
                    requested.Add(filter);
                    filter = await RequestPageAsync(session.Client, filter, recorder, cancellationToken);
                }
            }

            context.Progress(string.Create(CultureInfo.InvariantCulture, $"werkvoorraad round {round}: {requested.Count} pages"));
        }

        return (latencies, requested);
    }

    /// <summary>Requests one page, records its latency and returns the filter of the next page, or null on the last page.</summary>
    private static async Task<WorkQueueFilter?> RequestPageAsync(HttpClient client, WorkQueueFilter filter, LatencyRecorder latencies, CancellationToken cancellationToken)
    {
        var url = new Uri(WerkvoorraadModel.PageUrl(filter), UriKind.Relative);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        latencies.Record(started);

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}, expected 200; check that the consulent may view the werkvoorraad.");
        }

        var next = NextLink().Match(html);
        if (!next.Success)
        {
            return null;
        }

        var cursorText = Uri.UnescapeDataString(WebUtility.HtmlDecode(next.Groups["cursor"].Value));
        if (!WorkQueueCursor.TryParse(cursorText, out var cursor))
        {
            throw new InvalidOperationException($"The Volgende link of {url} has the invalid cursor '{cursorText}'; expected yyyy-MM-dd_{{task id}}.");
        }

        return filter with { After = cursor };
    }

    private static async Task<LatencyRecorder> MeasureHandSqlAsync(
        NpgsqlConnection connection, string userId, DateOnly today, List<WorkQueueFilter> pages, CancellationToken cancellationToken)
    {
        var latencies = new LatencyRecorder();
        var total = pages.Count * 10;
        for (var n = 0; n < total; n++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await WorkQueueSql.ReadPageAsync(connection, Gemeente, pages[n % pages.Count], userId, today, cancellationToken);
            latencies.Record(started);
        }

        return latencies;
    }

    /// <summary>Returns the plan of the deepest page requested with the overdue filter, or of its first page when it had one page only.</summary>
    private static async Task<string> ExplainLaterPageAsync(
        NpgsqlConnection connection, string userId, DateOnly today, List<WorkQueueFilter> pages, string kind, CancellationToken cancellationToken)
    {
        var overdue = pages.Last(p => p.Due == DueFilter.Overdue && p.Kind is null && p.Assignment == AssignmentFilter.Everyone);
        List<string> kinds = [kind, .. (await OpenKindsAsync(connection, cancellationToken)).Where(k => k != kind)];
        return await WorkQueueSql.ExplainPageAsync(connection, Gemeente, overdue, userId, today, kinds, cancellationToken);
    }

    /// <summary>Assigns every third open task, chosen by a hash of its id, to the consulent, so the "mine" filter has pages.</summary>
    private static async Task<int> AssignEveryThirdTaskAsync(NpgsqlConnection connection, string userId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """UPDATE work_items SET "AssignedTo" = @user WHERE "Gemeente" = @gemeente AND "ClosedAt" IS NULL AND abs(hashtext("Id"::text)) % 3 = 0""",
            connection);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("gemeente", Gemeente);
        var assigned = await command.ExecuteNonQueryAsync(cancellationToken);

        await using var analyze = new NpgsqlCommand("ANALYZE work_items", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return assigned;
    }

    private static async Task<string> LargestKindAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """SELECT "Kind" FROM work_items WHERE "Gemeente" = @gemeente AND "ClosedAt" IS NULL GROUP BY "Kind" ORDER BY count(*) DESC, "Kind" LIMIT 1""",
            connection);
        command.Parameters.AddWithValue("gemeente", Gemeente);
        return await command.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new InvalidOperationException($"The generator wrote no open tasks in gemeente {Gemeente}; the target needs some.");
    }

    private static async Task<List<string>> OpenKindsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""SELECT DISTINCT "Kind" FROM work_items WHERE "Gemeente" = @gemeente AND "ClosedAt" IS NULL""", connection);
        command.Parameters.AddWithValue("gemeente", Gemeente);
        var kinds = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            kinds.Add(reader.GetString(0));
        }

        return kinds;
    }

    /// <summary>Returns the plan's scan lines (index or sequential) and its execution time, on one line.</summary>
    private static string PlanSummary(string plan) =>
        string.Join("; ", plan.Split('\n')
            .Select(line => line.Trim().TrimStart('-', '>', ' '))
            .Where(line => line.Contains("Scan", StringComparison.Ordinal) || line.StartsWith("Execution Time", StringComparison.Ordinal)));

    [GeneratedRegex(@"href=""[^""]*[?&](?:amp;)?na=(?<cursor>[^""&]+)""[^>]*rel=""next""")]
    private static partial Regex NextLink();
}
