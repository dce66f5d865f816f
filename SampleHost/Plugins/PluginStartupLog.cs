namespace SampleHost.Plugins;

/// <summary>Logs what happened to each plugin at start-up, once the host's logging is available.</summary>
internal static class PluginStartupLog
{
    public static void LogPluginOutcomes(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<PluginCatalog>();
        var catalog = app.Services.GetRequiredService<PluginCatalog>();

        if (catalog.Plugins.Count == 0)
        {
            Log.NoPluginsFound(logger);
        }

        foreach (var plugin in catalog.Plugins)
        {
            if (plugin.IsLoaded)
            {
                Log.PluginLoaded(logger, plugin.Id, plugin.Manifest!.Version.ToString());
            }
            else
            {
                Log.PluginNotLoaded(logger, plugin.Id, plugin.Status.ToString(), plugin.Reason?.En);
            }
        }
    }
}
