using McMaster.NETCore.Plugins;

namespace SampleHost.Plugins;

/// <summary>
/// Loads plugins with McMaster.NETCore.Plugins, which reads the plugin's deps.json and resolves its managed and
/// native dependencies from the plugin folder. Plugins are not unloadable: an upgrade means a restart.
/// </summary>
internal sealed class McMasterPluginAssemblyLoader : IPluginAssemblyLoader
{
    public LoadedPluginAssembly Load(string assemblyPath)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(
            assemblyPath,
            isUnloadable: false,
            sharedTypes: [.. SharedAssemblies.MarkerTypes]);

        return new LoadedPluginAssembly(loader.LoadDefaultAssembly(), () => loader.EnterContextualReflection());
    }
}
