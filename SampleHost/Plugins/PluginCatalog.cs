using System.Reflection;

namespace SampleHost.Plugins;

/// <summary>The plugins the host found at start-up, with their status.</summary>
internal sealed class PluginCatalog(IReadOnlyList<PluginDescriptor> plugins)
{
    public IReadOnlyList<PluginDescriptor> Plugins { get; } = plugins;

    public IEnumerable<PluginDescriptor> Loaded => Plugins.Where(p => p.IsLoaded);

    /// <summary>
    /// Returns whether a contribution from <paramref name="assembly"/> may be used: the host's own always, a
    /// plugin's only while that plugin is loaded.
    /// </summary>
    public bool IsActive(Assembly assembly) =>
        Plugins.FirstOrDefault(p => p.Assembly == assembly) is not { } plugin || plugin.IsLoaded;
}
