using System.Collections.Concurrent;
using McMaster.NETCore.Plugins;

namespace SampleHost.Plugins;

/// <summary>
/// Loads plugins with McMaster.NETCore.Plugins, which reads the plugin's deps.json and resolves its managed and
/// native dependencies from the plugin folder. Plugins are not unloadable: an upgrade means a restart.
/// </summary>
/// <remarks>
/// A process loads each plugin file once. A load context that cannot be unloaded keeps its assemblies and their
/// compiled code until the process ends. So a second host in the same process, as in the tests, reuses the first
/// load and adds no copy of the plugin and its private dependencies. A changed file (another write time or length)
/// gets a load of its own.
/// </remarks>
internal sealed class McMasterPluginAssemblyLoader : IPluginAssemblyLoader
{
    private static readonly ConcurrentDictionary<PluginFile, Lazy<LoadedPluginAssembly>> s_loaded = new();

    public LoadedPluginAssembly Load(string assemblyPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);

        var file = PluginFile.Of(assemblyPath);
        var loaded = s_loaded.GetOrAdd(file, static f => new Lazy<LoadedPluginAssembly>(() => LoadOnce(f.FullPath)));

        try
        {
            return loaded.Value;
        }
        catch
        {
            // A failed load is not kept, so the next host tries again and reports its own error.
            s_loaded.TryRemove(new KeyValuePair<PluginFile, Lazy<LoadedPluginAssembly>>(file, loaded));
            throw;
        }
    }

    private static LoadedPluginAssembly LoadOnce(string assemblyPath)
    {
        var loader = PluginLoader.CreateFromAssemblyFile(
            assemblyPath,
            isUnloadable: false,
            sharedTypes: [.. SharedAssemblies.MarkerTypes]);

        return new LoadedPluginAssembly(loader.LoadDefaultAssembly(), () => loader.EnterContextualReflection());
    }

    /// <summary>A plugin assembly file as it is on disk: its full path, last write time and length.</summary>
    private readonly record struct PluginFile(string FullPath, DateTime LastWriteTimeUtc, long Length)
    {
        public static PluginFile Of(string assemblyPath)
        {
            var info = new FileInfo(Path.GetFullPath(assemblyPath));

            return info.Exists
                ? new PluginFile(info.FullName, info.LastWriteTimeUtc, info.Length)
                : new PluginFile(info.FullName, DateTime.MinValue, -1);
        }
    }
}
