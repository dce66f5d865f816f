using System.Diagnostics;
using System.Globalization;
using Host.Abstractions;
using Host.Abstractions.Testing;
using Inburgering.Benchmarks.Generation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SampleHost.Jobs;
using SampleHost.Plugins;
using TestSupport;
using TestSupport.LogScan;

namespace Inburgering.Benchmarks.Targets.DeadlineScan;

/// <summary>
/// The daily deadline scan (<c>inburgering.termijnbewaking</c>) over 100,000 dossiers of one gemeente on PostgreSQL,
/// run by SampleHost's job runner as the scheduler runs it, against a hand-written query that selects the same due
/// dossiers.
/// </summary>
internal sealed class DeadlineScanTarget : IPerformanceTarget
{
    private const string JobId = "inburgering.termijnbewaking";
    private const int Runs = 5;
    private const double GoalMilliseconds = 1_000;

    /// <summary>The log category and event id of the job's message per rule, with the rule's time.</summary>
    private const string RuleLogCategory = "Inburgering.Plugin.Werkvoorraad.TermijnbewakingJob";
    private const int RuleLogEventId = 26000;

    /// <summary>The due dossiers of the three deadline rules, with the termijn and PIP deadline computed in SQL.</summary>
    /// <remarks>
    /// NOTE: the query ignores verlengingen because the generator writes none; with verlengingen it would need a join.
    /// </remarks>
    private const string BaselineSql = """
        SELECT d.id FROM inburgering.dossiers d
        WHERE d.gemeente = @gemeente AND d.afgesloten_op IS NULL AND d.beperkt_op IS NULL AND d.geanonimiseerd_op IS NULL
          AND d.status NOT IN ('Voldaan', 'Ontheffing', 'Vertrokken', 'Verwijderd')
          AND (
            (d.dagtekening_eerste_pip IS NOT NULL
              AND @vandaag BETWEEN (d.dagtekening_eerste_pip + 1 + interval '30 months')::date - 7
                               AND (d.dagtekening_eerste_pip + 1 + interval '36 months')::date)
            OR (d.dagtekening_eerste_pip IS NULL AND d.duo_kennisgeving_op IS NOT NULL
              AND @vandaag >= d.duo_kennisgeving_op + 56))
        """;

    public string Name => "deadline-scan";

    public string Goal => "Daily deadline scan over 100,000 dossiers of one gemeente on PostgreSQL: at most 1 s.";

    public async Task<TargetResult> MeasureAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var dossiers = context.Quick ? 1_000 : 100_000;
        var vandaag = DateOnly.FromDateTime(PluginTestHostOptions.DefaultStartTime.UtcDateTime);
        var connectionString = await PostgresServer.CreateDatabaseAsync("deadline_scan", cancellationToken);
        try
        {
            // Attendance rows play no part in the scan, so the data set has none, which saves shared CPU.
            var options = new GeneratorOptions(DatabaseProvider.PostgreSql, connectionString, Gemeenten: 1, dossiers, Aanwezigheid: 0, Seed: 1, vandaag);
            var counts = await GenerateCommand.GenerateAsync(options, context.Progress, cancellationToken);
            var tasks = counts.Single(c => c.Table == "work_items").Rows;

            var scan = await MeasureScanAsync(options, context, cancellationToken);
            var baseline = await MeasureBaselineAsync(connectionString, vandaag, cancellationToken);

            // The generator writes the open tasks of a few rules only, so the first run creates the others at once, as a
            // first scan after an upgrade would. The runs after it are the daily scan that the goal is about.
            var catchUp = scan[0];
            var slowest = scan.Skip(1).Max();
            var ratio = slowest / baseline.Median;
            return new TargetResult(
                Name,
                Goal,
                string.Create(CultureInfo.InvariantCulture, $"{dossiers:N0} dossiers in gemeente 0599, {tasks:N0} open tasks, PostgreSQL 15"),
                string.Create(CultureInfo.InvariantCulture, $"daily scan {string.Join(" / ", scan.Skip(1).Select(ms => ms.ToString("N0", CultureInfo.InvariantCulture)))} ms over {Runs - 1} runs (max {slowest:N0} ms); first run {catchUp:N0} ms"),
                string.Create(CultureInfo.InvariantCulture, $"hand SQL median {baseline.Median:N1} ms, {baseline.Rows:N0} due dossiers"),
                ratio,
                Met: slowest <= GoalMilliseconds,
                "The first run creates the tasks that the generator does not write (voortgangsgesprek, brede intake, PIP) and is not part of the goal; after it the database is vacuumed and analyzed, as autovacuum would be by the next day, and the runs after it are days without changes.");
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    /// <summary>Runs the job <see cref="Runs"/> times through SampleHost's job runner and returns each duration in ms.</summary>
    private static async Task<List<double>> MeasureScanAsync(GeneratorOptions options, BenchmarkContext context, CancellationToken cancellationToken)
    {
        using var logScan = new LogScanSink(new PersonalDataScanner(RvigTestSetEntries.Default));
        var hostOptions = new PluginTestHostOptions
        {
            PublishedPlugins = [Path.Combine(PublishedPluginFolders.FindFolderAbove("Inburgering.sln"), "SampleHost", "plugins", "inburgering")],
            Provider = options.Provider,
            ConnectionString = options.ConnectionString,
            SeedDemoData = false,
            LogScan = logScan,
        };

        // The job logs each rule's time at Debug level, which the target reports for every run.
        await using var host = new SampleHostWithoutJobs(hostOptions, new Dictionary<string, string>
        {
            [$"Logging:LogLevel:{RuleLogCategory}"] = "Debug",
        });
        await host.StartAsync(cancellationToken);

        var runner = host.Services.GetRequiredService<JobRunner>();
        var plugin = host.Services.GetRequiredService<PluginCatalog>().Loaded.Single(p => p.Id == "inburgering");
        JobDefinition definition;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            definition = scope.ServiceProvider.GetKeyedServices<IScheduledJob>(plugin.Id).Single(job => job.Definition.Id == JobId).Definition;
        }

        var entry = new ScheduledJobEntry(plugin, definition);
        var gemeente = GemeenteCode.Parse(GeneratorOptions.GemeenteCodes[0]);
        var durations = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            // Each run gets its own due moment, because the runner runs a job once per due moment.
            var due = host.Clock.GetUtcNow().AddMinutes(run + 1);
            var stopwatch = Stopwatch.StartNew();
            var ran = await runner.RunAsync(entry, gemeente, due, cancellationToken);
            durations.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (!ran)
            {
                throw new InvalidOperationException($"The job runner did not run {JobId} in {gemeente.Value}; the plugin is not enabled there.");
            }

            context.Progress(string.Create(CultureInfo.InvariantCulture, $"deadline-scan run {run + 1}: {durations[^1]:N0} ms"));
            if (run == 0)
            {
                await VacuumAsync(options.ConnectionString, cancellationToken);
            }
        }

        // Each run logs one message per rule, in order, so the messages of run n are the n-th count / Runs of them.
        var rules = host.Logs.Where(entry => entry.EventId == RuleLogEventId).ToList();
        var perRun = rules.Count / Runs;
        for (var i = 0; i < rules.Count; i++)
        {
            context.Progress(string.Create(CultureInfo.InvariantCulture, $"deadline-scan run {(i / perRun) + 1}: {rules[i].Message}"));
        }

        return durations;
    }

    /// <summary>
    /// Vacuums and analyzes the database after the first run, as autovacuum does in the day between two scans. The first
    /// run inserts about 57,000 tasks. With PostgreSQL's defaults (<c>autovacuum_vacuum_insert_threshold</c> 1,000,
    /// <c>autovacuum_vacuum_insert_scale_factor</c> 0.2) autovacuum processes a table after that many inserts. Without
    /// the vacuum the next run reads those rows before their visibility is set, which no daily scan in production does.
    /// </summary>
    private static async Task VacuumAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<(double Median, int Rows)> MeasureBaselineAsync(string connectionString, DateOnly vandaag, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var tenant = new NpgsqlCommand($"SELECT set_config('{TenantRowSecurity.SettingName}', '0599', false)", connection))
        {
            await tenant.ExecuteNonQueryAsync(cancellationToken);
        }

        var durations = new List<double>();
        var rows = 0;
        for (var run = 0; run < Runs; run++)
        {
            await using var command = new NpgsqlCommand(BaselineSql, connection);
            command.Parameters.AddWithValue("gemeente", "0599");
            command.Parameters.AddWithValue("vandaag", vandaag);
            var stopwatch = Stopwatch.StartNew();
            rows = 0;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows++;
                }
            }

            durations.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        durations.Sort();
        return (durations[durations.Count / 2], rows);
    }
}
