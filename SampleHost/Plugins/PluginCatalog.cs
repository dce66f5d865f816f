using System.Reflection;
using System.Runtime.Loader;

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
    public bool IsActive(Assembly assembly) => OwnerOf(assembly) is not { } plugin || plugin.IsLoaded;

    /// <summary>
    /// Returns the plugin that <paramref name="contribution"/> comes from, or <see langword="null"/> when it is the host's own.
    /// </summary>
    public PluginDescriptor? OwnerOf(object contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);

        return OwnerOf(contribution.GetType().Assembly);
    }

    /// <summary>
    /// Returns the plugin whose main assembly is <paramref name="assembly"/>, or whose load context loaded it, so a
    /// type from one of the plugin's private assemblies belongs to the plugin too.
    /// </summary>
    public PluginDescriptor? OwnerOf(Assembly assembly)
    {
        var context = AssemblyLoadContext.GetLoadContext(assembly);
        return Plugins.FirstOrDefault(p => p.Assembly is { } main
            && (main == assembly || (context != AssemblyLoadContext.Default && AssemblyLoadContext.GetLoadContext(main) == context)));
    }
}
