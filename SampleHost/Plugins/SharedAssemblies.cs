using System.Reflection;
using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>
/// The assemblies the host shares with every plugin, so a contract type is the same type on both sides. A plugin
/// must use the host's copies and never ship its own.
/// </summary>
internal static class SharedAssemblies
{
    /// <summary>One type from each shared assembly; the plugin loader unifies these assemblies and their references.</summary>
    public static IReadOnlyList<Type> MarkerTypes { get; } =
    [
        typeof(IPluginModule),
        typeof(IServiceCollection),
        typeof(ILogger),
    ];

    /// <summary>The names and versions of the shared assemblies as the host loaded them.</summary>
    public static IReadOnlyList<AssemblyName> LoadedAssemblies { get; } =
        [.. MarkerTypes.Select(t => t.Assembly.GetName()).DistinctBy(n => n.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The file names of the shared assemblies, for example <c>Host.Abstractions.dll</c>.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [.. MarkerTypes.Select(t => t.Assembly.GetName().Name + ".dll").Distinct(StringComparer.OrdinalIgnoreCase)];
}
