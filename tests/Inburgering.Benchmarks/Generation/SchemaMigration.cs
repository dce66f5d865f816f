using Host.Abstractions.Testing;
using TestSupport.LogScan;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// Migrates a database the way SampleHost does at start-up: SampleHost starts on it with the published inburgering
/// plugin, runs the host's and the plugin's migrations, records the plugin's state per demo gemeente, and stops.
/// </summary>
internal static class SchemaMigration
{
    /// <summary>Migrates the database of <paramref name="options"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The plugin is not published; build SampleHost first.</exception>
    public static async Task MigrateAsync(GeneratorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);

        var published = Path.Combine(PublishedPluginFolders.FindFolderAbove("Inburgering.sln"), "SampleHost", "plugins", "inburgering");
        // Outside NUnit the shared log scan has no test folder, so the host gets a scan that keeps no file.
        using var logScan = new LogScanSink(new PersonalDataScanner(RvigTestSetEntries.Default));
        await using var host = new SampleHostWithoutJobs(new PluginTestHostOptions
        {
            PublishedPlugins = [published],
            Provider = options.Provider,
            ConnectionString = options.ConnectionString,
            SeedDemoData = false,
            LogScan = logScan,
            StartTime = new DateTimeOffset(options.Vandaag.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        });
        await host.StartAsync(cancellationToken);

        var plugin = host.GetPlugin("inburgering");
        if (!plugin.IsLoaded)
        {
            throw new InvalidOperationException($"SampleHost did not load the inburgering plugin ({plugin.Status}): {plugin.Reason?.En}");
        }
    }
}
