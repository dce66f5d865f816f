using Host.Abstractions.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TestSupport.LogScan;

namespace Inburgering.Benchmarks.Targets.ProviderApi;

/// <summary>
/// SampleHost with the published plugins on Kestrel at 127.0.0.1 and PostgreSQL, as the provider API target measures it.
/// </summary>
/// <remarks>
/// The test kit keeps every log message in memory and scans it for personal data, which a load of tens of thousands of
/// requests would turn into the main cost. This host removes those log providers and logs nothing, so the run measures
/// the product's code. The rate limiter stays on, with the test kit's limit of 100,000 requests per client per minute.
/// </remarks>
internal sealed class ProviderApiHost(string pluginsPath, string connectionString, DateTimeOffset startTime) : PluginTestHost(new PluginTestHostOptions
{
    PluginsPath = pluginsPath,
    Provider = Host.Abstractions.DatabaseProvider.PostgreSql,
    ConnectionString = connectionString,
    SeedDemoData = true,
    StartTime = startTime,

    // A sink of its own, because the test kit's shared sink needs a running NUnit test. The host below removes it again.
    LogScan = new LogScanSink(new PersonalDataScanner(RvigTestSetEntries.Default)),
})
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
