using Host.Abstractions.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// SampleHost in this process with its scheduler off (<c>Jobs:Enabled=false</c>), so no background job runs while
/// the generator migrates or a target measures; a target runs the jobs it measures itself. <c>settings</c> adds
/// configuration, for example a log level.
/// </summary>
internal sealed class SampleHostWithoutJobs(PluginTestHostOptions options, IReadOnlyDictionary<string, string>? settings = null) : PluginTestHost(options)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
