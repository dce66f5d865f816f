using System.Diagnostics;
using System.Globalization;
using Host.Abstractions.Testing;
using Npgsql;
using TestSupport;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>
/// Imports a valid delivery file of 10,000, 50,000 and 100,000 rows (2,000 in quick mode) through SampleHost's upload
/// screen on PostgreSQL, as a consulent does, and compares the largest with a raw <c>COPY</c> of the same rows.
/// Each file has 100 rows per student, for students referred to the demo aanbieder.
/// </summary>
internal sealed class ProviderFileTarget : IPerformanceTarget
{
    private const int RowsPerStudent = 100;
    private const double MaximumSeconds = 5;
    private const double MaximumRatio = 4;

    /// <summary>The largest heap growth of the largest file over the smallest that still counts as flat.</summary>
    private const double MaximumMemoryGrowthFactor = 2;

    public string Name => "provider-file";

    public string Goal => "100,000-row file imported in at most 5 s with flat memory, and at most 4× a raw COPY of the same rows";

    public async Task<TargetResult> MeasureAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        int[] sizes = context.Quick ? [2_000] : [10_000, 50_000, 100_000];
        var connectionString = await PostgresServer.CreateDatabaseAsync("bench_provider_file", cancellationToken);
        try
        {
            var pluginsFolder = Path.Combine(PublishedPluginFolders.FindFolderAbove("Inburgering.sln"), "SampleHost", "plugins");
            await using var host = new ProviderFileHost(pluginsFolder, connectionString);
            await host.StartAsync(cancellationToken);
            using var consulent = await host.LogInAsync(ProviderFileHost.ConsulentId);

            var runs = new List<ImportRun>();
            var firstBsn = 0;
            foreach (var rows in sizes)
            {
                var students = await ProviderFileStudents.AddAsync(connectionString, firstBsn, rows / RowsPerStudent, cancellationToken);
                firstBsn += (rows / RowsPerStudent) * 2;
                runs.Add(await ImportAsync(context, consulent, connectionString, students, rows, cancellationToken));
            }

            var largest = runs[^1];
            var repeat = await RepeatAsync(context, consulent, connectionString, largest, cancellationToken);
            var copy = await CopyBaseline.MeasureAsync(connectionString, largest.Path, cancellationToken);
            context.Progress($"COPY of {largest.Rows:N0} rows: {copy.TotalMilliseconds:N0} ms");

            return Result(context, runs, repeat, copy);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    private static async Task<ImportRun> ImportAsync(
        BenchmarkContext context,
        HostSession consulent,
        string connectionString,
        IReadOnlyList<string> students,
        int rows,
        CancellationToken cancellationToken)
    {
        var referentie = string.Create(CultureInfo.InvariantCulture, $"bench-{rows}");
        var path = Path.Combine(context.WorkFolder, $"{referentie}.csv");
        await ProviderFileCsv.WriteAsync(path, referentie, students, rows, cancellationToken);

        TimeSpan elapsed;
        long heap;
        long workingSet;
        await using (var memory = MemorySampler.Start())
        {
            var stopwatch = Stopwatch.StartNew();
            await ProviderFileUpload.ImportAsync(consulent, path, cancellationToken);
            elapsed = stopwatch.Elapsed;
            await Task.Delay(50, cancellationToken);
            heap = memory.PeakHeapGrowth;
            workingSet = memory.PeakWorkingSet;
        }

        var written = await CountWrittenAsync(connectionString, referentie, cancellationToken);
        if (written != rows)
        {
            throw new InvalidOperationException($"The import of {rows} rows wrote {written} voortgangsmeldingen. {await DescribeAsync(connectionString, referentie, cancellationToken)}");
        }

        var run = new ImportRun(rows, path, referentie, elapsed, heap, workingSet);
        context.Progress($"Imported {rows:N0} rows in {elapsed.TotalMilliseconds:N0} ms; heap growth peak {Mb(heap)}, working set peak {Mb(workingSet)}");
        return run;
    }

    /// <summary>Uploads the largest file again: the product recognises it and must add nothing.</summary>
    private static async Task<TimeSpan> RepeatAsync(BenchmarkContext context, HostSession consulent, string connectionString, ImportRun run, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await ProviderFileUpload.ImportAsync(consulent, run.Path, cancellationToken);
        var elapsed = stopwatch.Elapsed;

        var written = await CountWrittenAsync(connectionString, run.Referentie, cancellationToken);
        if (written != run.Rows)
        {
            throw new InvalidOperationException($"After the same file of {run.Rows} rows came again, {written} voortgangsmeldingen were stored.");
        }

        context.Progress($"Repeat of the {run.Rows:N0}-row file: {elapsed.TotalMilliseconds:N0} ms, nothing added");
        return elapsed;
    }

    private static async Task<long> CountWrittenAsync(string connectionString, string referentie, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM inburgering.voortgangsmeldingen m JOIN inburgering.leveringen l ON l.id = m.levering_id WHERE l.referentie = @referentie",
            connection);
        command.Parameters.AddWithValue("referentie", referentie);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Returns the stored status of the delivery and its first error, to explain a failed import.</summary>
    private static async Task<string> DescribeAsync(string connectionString, string referentie, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT l.status || ', ' || l.aantal_geweigerd || ' rows rejected; first error: '
                || coalesce((SELECT f.code || ' ' || f.melding_en FROM inburgering.levering_fouten f WHERE f.levering_id = l.id ORDER BY f.regelnummer LIMIT 1), 'none')
            FROM inburgering.leveringen l WHERE l.referentie = @referentie
            """,
            connection);
        command.Parameters.AddWithValue("referentie", referentie);
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? "No delivery with this reference was stored.";
    }

    private TargetResult Result(BenchmarkContext context, IReadOnlyList<ImportRun> runs, TimeSpan repeat, TimeSpan copy)
    {
        var largest = runs[^1];
        var ratio = largest.Elapsed / copy;
        var flat = runs.Count == 1 || largest.HeapGrowth <= runs[0].HeapGrowth * MaximumMemoryGrowthFactor;
        var met = largest.Elapsed.TotalSeconds <= MaximumSeconds && ratio <= MaximumRatio && flat;

        var measured = string.Join("; ", runs.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"{r.Rows:N0} rows {r.Elapsed.TotalSeconds:0.00} s, heap +{Mb(r.HeapGrowth)}, working set {Mb(r.WorkingSet)}")));
        var notes = FormattableString.Invariant(
            $"HTTP upload to SampleHost on 127.0.0.1 as the demo consulent, all-or-nothing mode, {RowsPerStudent} rows per student; the same file again took {repeat.TotalSeconds:0.00} s and added nothing. ")
            + FormattableString.Invariant(
                $"Memory is flat when the heap growth of the largest file is at most {MaximumMemoryGrowthFactor}× that of the smallest ({(flat ? "it is" : "it is not")}). ")
            + (context.Quick ? "Quick mode: 2,000 rows, so the goal is not judged." : string.Empty);

        return new TargetResult(
            Name,
            Goal,
            string.Create(CultureInfo.InvariantCulture, $"{largest.Rows:N0} rows, {largest.Rows / RowsPerStudent:N0} students, PostgreSQL 15"),
            measured,
            string.Create(CultureInfo.InvariantCulture, $"COPY {copy.TotalSeconds:0.00} s"),
            ratio,
            met && !context.Quick,
            notes);
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0} MB");

    private sealed record ImportRun(int Rows, string Path, string Referentie, TimeSpan Elapsed, long HeapGrowth, long WorkingSet);
}
