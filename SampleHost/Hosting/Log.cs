namespace SampleHost;

/// <summary>
/// SampleHost's log messages. Event ids: 1xxx plugins, 2xxx host events, 3xxx database, 4xxx demo data,
/// 5xxx BRP (in <c>Brp/Log.Brp.cs</c>).
/// Messages carry our own ids only, never a BSN, name or address.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Plugin {PluginId} {Version} loaded")]
    public static partial void PluginLoaded(ILogger logger, string pluginId, string version);

    [LoggerMessage(1002, LogLevel.Warning, "Plugin {PluginId} not loaded ({Status}): {Reason}")]
    public static partial void PluginNotLoaded(ILogger logger, string pluginId, string status, string? reason);

    [LoggerMessage(1003, LogLevel.Warning, "No plugins found; check the Plugins:Path setting")]
    public static partial void NoPluginsFound(ILogger logger);

    [LoggerMessage(1004, LogLevel.Error, "Plugin {PluginId} failed while migrating its tables and is marked malfunctioned")]
    public static partial void PluginMigrationFailed(ILogger logger, string pluginId, Exception exception);

    [LoggerMessage(1005, LogLevel.Information, "Plugin {PluginId} applied {Count} migrations")]
    public static partial void PluginMigrated(ILogger logger, string pluginId, int count);

    [LoggerMessage(2001, LogLevel.Error, "Handler {HandlerType} failed on host event {EventType}")]
    public static partial void HostEventHandlerFailed(ILogger logger, string eventType, string? handlerType, Exception exception);

    [LoggerMessage(3001, LogLevel.Information, "Host database migrated on {Provider}; {Count} migrations applied")]
    public static partial void HostDatabaseMigrated(ILogger logger, string provider, int count);

    [LoggerMessage(4001, LogLevel.Information, "Demo data seeded for gemeente {Gemeente}")]
    public static partial void DemoDataSeeded(ILogger logger, string gemeente);
}
