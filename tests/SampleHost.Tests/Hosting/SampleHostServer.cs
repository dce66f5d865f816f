namespace SampleHost.Tests.Hosting;

/// <summary>
/// SampleHost on Kestrel at a free port on 127.0.0.1, with the plugins from a folder and its own database, so the
/// BRP stand-in, the BRP client and a browser all talk over real HTTP. On PostgreSQL without a connection string it
/// creates and drops a database of its own. The plugin test kit's
/// <see cref="PluginTestHost"/> runs it.
/// </summary>
/// <remarks>
/// The clock starts at the current time and moves a millisecond each time it is read, so every write gets a later
/// timestamp, as with the system clock.
/// </remarks>
internal sealed class SampleHostServer(SampleHostSettings? settings = null) : PluginTestHost(ToOptions(settings ?? new SampleHostSettings()))
{
    private static PluginTestHostOptions ToOptions(SampleHostSettings settings) => new()
    {
        PluginsPath = settings.PluginsPath,
        Provider = settings.Provider,
        ConnectionString = settings.ConnectionString,
        Environment = settings.Environment,
        SeedDemoData = settings.SeedDemoData,
        SafeMode = settings.SafeMode,
        StartTime = settings.StartTime ?? TimeProvider.System.GetUtcNow(),
        ClockAutoAdvance = TimeSpan.FromMilliseconds(1),
    };
}
