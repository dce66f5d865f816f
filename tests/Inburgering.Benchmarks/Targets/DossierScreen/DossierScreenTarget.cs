using System.Globalization;
using System.Net;
using Host.Abstractions;
using Host.Abstractions.Testing;
using Inburgering.Benchmarks.Generation;
using Inburgering.Benchmarks.Load;
using TestSupport;
using TestSupport.LogScan;

namespace Inburgering.Benchmarks.Targets.DossierScreen;

/// <summary>
/// The dossier screen (<c>/schermen/inburgering.dossier/{id}</c>) on PostgreSQL with 100,000 dossiers and 5,000,000
/// attendance rows: p95 of the server time that SampleHost reports in <c>Server-Timing</c>, against
/// <see cref="DossierScreenBaseline"/>, a hand-written query set that returns the same data.
/// </summary>
internal sealed class DossierScreenTarget : IPerformanceTarget
{
    private const string Gemeente = DemoUsers.Rotterdam;
    private const double GoalMilliseconds = 25;
    private const double GoalRatio = 3;

    public string Name => "dossier-screen";

    public string Goal => "Dossier screen with 100,000 dossiers and 5,000,000 attendance rows on PostgreSQL: p95 at most 25 ms of server time and at most 3x a hand-written SQL query that returns the same data.";

    public async Task<TargetResult> MeasureAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var dossiers = context.Quick ? 1_000 : 100_000;
        var aanwezigheid = context.Quick ? 20_000 : 5_000_000;
        var warmUp = context.Quick ? 20 : 100;
        var requests = context.Quick ? 50 : 500;
        var vandaag = DateOnly.FromDateTime(PluginTestHostOptions.DefaultStartTime.UtcDateTime);
        var connectionString = await PostgresServer.CreateDatabaseAsync("dossier_screen", cancellationToken);
        try
        {
            var options = new GeneratorOptions(DatabaseProvider.PostgreSql, connectionString, Gemeenten: 1, dossiers, aanwezigheid, Seed: 1, vandaag);
            var counts = await GenerateCommand.GenerateAsync(options, context.Progress, cancellationToken);
            var attendanceRows = counts.Single(c => c.Table == "urenregels").Rows;

            var ids = await DossierScreenBaseline.SelectDossierIdsAsync(connectionString, Gemeente, warmUp + requests, cancellationToken);
            var screen = await MeasureScreenAsync(options, ids, warmUp, context, cancellationToken);
            var baseline = await DossierScreenBaseline.MeasureAsync(connectionString, Gemeente, ids, warmUp, cancellationToken);

            var screenP95 = screen.Percentile(95);
            var baselineP95 = baseline.Percentile(95);
            var ratio = screenP95 / baselineP95;
            return new TargetResult(
                Name,
                Goal,
                string.Create(CultureInfo.InvariantCulture, $"{dossiers:N0} dossiers in gemeente {Gemeente}, {attendanceRows:N0} urenregels, PostgreSQL 15"),
                string.Create(CultureInfo.InvariantCulture, $"Server-Timing p50 {screen.Percentile(50):N1} ms, p95 {screenP95:N1} ms, p99 {screen.Percentile(99):N1} ms over {screen.Count:N0} sequential requests after {warmUp:N0} warm-up requests"),
                string.Create(CultureInfo.InvariantCulture, $"hand SQL p50 {baseline.Percentile(50):N1} ms, p95 {baselineP95:N1} ms over the same {baseline.Count:N0} dossiers"),
                ratio,
                Met: screenP95 <= GoalMilliseconds && ratio <= GoalRatio,
                "The screen also records a Read in the processing log (one insert) and renders the HTML page; the baseline only reads.");
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    /// <summary>
    /// Signs in as the consulent of <see cref="Gemeente"/>, opens the screen of each dossier in <paramref name="ids"/>
    /// one after another, and records the <c>Server-Timing</c> value of every request after the first
    /// <paramref name="warmUp"/>.
    /// </summary>
    private static async Task<LatencyRecorder> MeasureScreenAsync(
        GeneratorOptions options,
        IReadOnlyList<Guid> ids,
        int warmUp,
        BenchmarkContext context,
        CancellationToken cancellationToken)
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
        await host.StartAsync(cancellationToken);
        using var session = await host.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering, Gemeente));

        var recorder = new LatencyRecorder();
        for (var index = 0; index < ids.Count; index++)
        {
            var url = new Uri($"/schermen/inburgering.dossier/{ids[index]}", UriKind.Relative);
            using var response = await session.Client.GetAsync(url, cancellationToken);
            _ = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}, expected 200. Check that the generated dossier {ids[index]} is open in gemeente {Gemeente}.");
            }

            if (index >= warmUp)
            {
                recorder.Record(ServerTiming.ReadApplicationMilliseconds(response));
            }
        }

        context.Progress(string.Create(CultureInfo.InvariantCulture, $"dossier-screen: {recorder.Count:N0} requests, p95 {recorder.Percentile(95):N1} ms"));
        return recorder;
    }
}
