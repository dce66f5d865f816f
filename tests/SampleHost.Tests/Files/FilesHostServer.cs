using Host.Abstractions;
using Microsoft.AspNetCore.Hosting;
using SampleHost.Tests.Plugins;

namespace SampleHost.Tests.Files;

/// <summary>
/// SampleHost with the showcase plugin and a small upload limit, so a test can send a file over the limit without
/// sending 100 MB.
/// </summary>
internal sealed class FilesHostServer(DatabaseProvider provider, PluginFolders folders, long maxUploadBytes) : PluginTestHost(new PluginTestHostOptions
{
    Provider = provider,
    PluginsPath = folders.Root,
    SeedDemoData = false,
    StartTime = TimeProvider.System.GetUtcNow(),
    ClockAutoAdvance = TimeSpan.FromMilliseconds(1),
})
{
    /// <summary>The item screen of the showcase, which offers the upload action and the download.</summary>
    public const string ItemScreen = "/schermen/showcase.item/3";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Uploads:MaxBytes", maxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
