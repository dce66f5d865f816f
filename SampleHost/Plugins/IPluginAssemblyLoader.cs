using System.Reflection;

namespace SampleHost.Plugins;

/// <summary>Loads a plugin's main assembly into a load context of its own, sharing only <see cref="SharedAssemblies"/>.</summary>
internal interface IPluginAssemblyLoader
{
    /// <summary>Loads the assembly at <paramref name="assemblyPath"/> with its dependencies from the same folder.</summary>
    LoadedPluginAssembly Load(string assemblyPath);
}

/// <summary>A loaded plugin assembly and a way to enter its load context for name-based reflection.</summary>
internal sealed record LoadedPluginAssembly(Assembly Assembly, Func<IDisposable> EnterContextualReflection);
