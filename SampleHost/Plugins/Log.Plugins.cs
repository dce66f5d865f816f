using SampleHost.Plugins;

namespace SampleHost;

/// <summary>
/// The log messages of plugin states per gemeente and of the guard around calls into plugins, event ids 1100-1199.
/// They carry plugin ids, gemeentecodes and user ids, never a BSN, name or address.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1101, LogLevel.Error, "Plugin {PluginId} failed in {Operation} for gemeente {Gemeente}; {Failures} failures in a row")]
    public static partial void PluginCallFailed(ILogger logger, string pluginId, string gemeente, string operation, int failures, Exception exception);

    [LoggerMessage(1102, LogLevel.Warning, "Plugin {PluginId} suspended for gemeente {Gemeente} after {Failures} failures in a row; an administrator can resume it on the plugin page")]
    public static partial void PluginSuspended(ILogger logger, string pluginId, string gemeente, int failures);

    [LoggerMessage(1103, LogLevel.Information, "Plugin {PluginId} set to {State} for gemeente {Gemeente} by {ChangedBy}")]
    public static partial void PluginTenantStateChanged(ILogger logger, string pluginId, string gemeente, PluginTenantState state, string changedBy);

    [LoggerMessage(1104, LogLevel.Information, "Plugin states recorded for {PluginCount} loaded plugins in {GemeenteCount} gemeenten")]
    public static partial void PluginTenantStatesRecorded(ILogger logger, int pluginCount, int gemeenteCount);

    [LoggerMessage(1105, LogLevel.Warning, "No gemeenten configured, so no plugin states were recorded at start-up; list the gemeentecodes in Tenants:Gemeenten")]
    public static partial void NoTenantsConfigured(ILogger logger);

    [LoggerMessage(1106, LogLevel.Debug, "Host event {EventType} not delivered to plugin {PluginId}, which is not enabled for gemeente {Gemeente}")]
    public static partial void HostEventSkipped(ILogger logger, string eventType, string pluginId, string gemeente);

    [LoggerMessage(1107, LogLevel.Information, "Demo data of plugin {PluginId} not seeded for gemeente {Gemeente}, where it is not enabled")]
    public static partial void DemoDataSkipped(ILogger logger, string pluginId, string gemeente);
}
