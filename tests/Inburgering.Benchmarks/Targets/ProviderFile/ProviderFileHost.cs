using Host.Abstractions;
using Host.Abstractions.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TestSupport.LogScan;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>
/// SampleHost with the published inburgering plugin and its demo data on a PostgreSQL database. It keeps only
/// warnings and errors of the log, because the test kit keeps every message in memory and that would count in the
/// memory the import is measured by.
/// </summary>
internal sealed class ProviderFileHost(string pluginsFolder, string connectionString) : PluginTestHost(new PluginTestHostOptions
{
    PluginsPath = pluginsFolder,
    Provider = DatabaseProvider.PostgreSql,
    ConnectionString = connectionString,
    SeedDemoData = true,
    ClockAutoAdvance = TimeSpan.FromMilliseconds(1),

    // A sink of its own without a file: the shared sink finds its folder through NUnit, which does not run here.
    LogScan = new LogScanSink(new PersonalDataScanner(RvigTestSetEntries.Default)),
})
{
    /// <summary>The demo consulent inburgering of gemeente 0599, who imports a file on behalf of an aanbieder.</summary>
    public const string ConsulentId = "demo-0599-consulent-inburgering";

    /// <summary>The KvK number of the demo aanbieder of gemeente 0599.</summary>
    public const string AanbiederKvk = "90059901";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddFilter((_, level) => level >= LogLevel.Warning));
    }
}
