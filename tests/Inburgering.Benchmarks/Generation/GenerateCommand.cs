using System.Diagnostics;
using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using SampleHost.Clients;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Workflows;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// The <c>generate</c> command: migrates a database as SampleHost does and fills it with a data set for the
/// performance targets. Prints progress and the rows per table, and updates the planner statistics at the end.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Runs the command with the arguments after <c>generate</c> and returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);

        var (options, error) = GeneratorOptions.Parse(args, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date));
        if (options is null)
        {
            await output.WriteLineAsync(error);
            return 2;
        }

        var counts = await GenerateAsync(options, line => output.WriteLine(line), cancellationToken);
        foreach (var (table, rows) in counts)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table,-40} {rows,12:N0}"));
        }

        return 0;
    }

    /// <summary>Migrates and fills the database of <paramref name="options"/>, and returns the rows written per table.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> GenerateAsync(GeneratorOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);

        var clock = Stopwatch.StartNew();
        void Progress(string line) => progress(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed:mm\\:ss}] {line}"));

        Progress($"Migrating the {options.Provider} database");
        await SchemaMigration.MigrateAsync(options, cancellationToken);

        Progress($"Planning {options.Gemeenten} gemeenten, {options.Dossiers:N0} dossiers, {options.Aanwezigheid:N0} attendance rows (seed {options.Seed}, today {options.Vandaag:yyyy-MM-dd})");
        var data = GeneratedData.Plan(options, Progress);

        await using var plugin = CreatePluginContext(options);
        await using var host = CreateHostContext(options);
        await AddTenantStatesAsync(host, data.Gemeenten, cancellationToken);

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var writer = await OpenWriterAsync(options, cancellationToken))
        {
            foreach (var gemeente in data.Gemeenten)
            {
                await writer.UseGemeenteAsync(gemeente, cancellationToken);
                var attendance = new AttendanceRows(data, gemeente);
                var tables = new (TableColumns Table, IEnumerable<object> Rows)[]
                {
                    (TableColumns.Of<Client>(host), HostRows.Clients(data, gemeente)),
                    (TableColumns.Of<Aanbieder>(plugin), data.Aanbieders[gemeente]),
                    (TableColumns.Of<Dossier>(plugin), DossierRows.Dossiers(data, gemeente)),
                    (TableColumns.Of<DossierStatusWijziging>(plugin), DossierRows.Wijzigingen(data, gemeente)),
                    (TableColumns.Of<PipVersie>(plugin), DossierRows.PipVersies(data, gemeente)),
                    (TableColumns.Of<Aanmelding>(plugin), DossierRows.Aanmeldingen(data, gemeente)),
                    (TableColumns.Of<Levering>(plugin), attendance.Leveringen),
                    (TableColumns.Of<Voortgangsmelding>(plugin), attendance.Meldingen()),
                    (TableColumns.Of<Urenregel>(plugin), attendance.Urenregels()),
                    (TableColumns.Of<WorkItemRecord>(host), HostRows.WorkItems(data, gemeente)),
                };

                foreach (var (table, rows) in tables)
                {
                    var written = await writer.WriteAsync(table, rows, cancellationToken);
                    counts[table.Table] = counts.GetValueOrDefault(table.Table) + written;
                    Progress($"Gemeente {gemeente}: {written:N0} rows in {table.Table}");
                }
            }

            Progress("Updating the planner statistics (ANALYZE)");
            await writer.CompleteAsync(cancellationToken);
        }

        Progress("Done");
        return [.. counts.Select(pair => (pair.Key, pair.Value))];
    }

    /// <summary>
    /// Records the plugin as enabled in the generated gemeenten that SampleHost does not know as demo gemeenten, with
    /// the state SampleHost recorded for the first demo gemeente.
    /// </summary>
    private static async Task AddTenantStatesAsync(HostDbContext host, IReadOnlyList<string> gemeenten, CancellationToken cancellationToken)
    {
        var states = await host.PluginTenantStates.AsNoTracking().ToListAsync(cancellationToken);
        var voorbeeld = states.FirstOrDefault(state => state.PluginId == "inburgering")
            ?? throw new InvalidOperationException("SampleHost recorded no state of the inburgering plugin for any gemeente; the migration did not load the plugin.");

        foreach (var gemeente in gemeenten.Where(code => !states.Any(state => state.PluginId == voorbeeld.PluginId && state.Gemeente == code)))
        {
            host.PluginTenantStates.Add(new PluginTenantStateRecord
            {
                PluginId = voorbeeld.PluginId,
                Gemeente = gemeente,
                State = voorbeeld.State,
                PluginVersion = voorbeeld.PluginVersion,
                Migrations = voorbeeld.Migrations,
                ChangedAt = voorbeeld.ChangedAt,
                ChangedBy = DossierPlanner.ActorId,
            });
        }

        await host.SaveChangesAsync(cancellationToken);
    }

    private static async Task<ITableWriter> OpenWriterAsync(GeneratorOptions options, CancellationToken cancellationToken) =>
        options.Provider == DatabaseProvider.PostgreSql
            ? await PostgreSqlTableWriter.OpenAsync(options.ConnectionString, cancellationToken)
            : await SqliteTableWriter.OpenAsync(options.ConnectionString, cancellationToken);

    /// <summary>Creates the plugin's context for the database of <paramref name="options"/>, with no current gemeente.</summary>
    public static InburgeringDbContext CreatePluginContext(GeneratorOptions options)
    {
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new DbContextOptionsBuilder<PostgreSqlInburgeringDbContext>();
            PostgreSqlInburgeringDbContext.Configure(builder, options.ConnectionString);
            return new PostgreSqlInburgeringDbContext(builder.Options, new NoGemeente());
        }

        var sqlite = new DbContextOptionsBuilder<SqliteInburgeringDbContext>();
        SqliteInburgeringDbContext.Configure(sqlite, options.ConnectionString);
        return new SqliteInburgeringDbContext(sqlite.Options, new NoGemeente());
    }

    /// <summary>Creates the host's context for the database of <paramref name="options"/>, with no current gemeente.</summary>
    public static HostDbContext CreateHostContext(GeneratorOptions options) =>
        options.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlHostDbContext(new DbContextOptionsBuilder<PostgreSqlHostDbContext>().UseNpgsql(options.ConnectionString).Options, new NoGemeente())
            : new SqliteHostDbContext(new DbContextOptionsBuilder<SqliteHostDbContext>().UseSqlite(options.ConnectionString).Options, new NoGemeente());

    /// <summary>No current gemeente: the generator names the gemeente in every row itself.</summary>
    private sealed class NoGemeente : ITenantContext
    {
        public GemeenteCode? Current => null;
    }
}
