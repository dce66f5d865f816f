using System.Reflection;
using System.Runtime.Loader;
using SampleHost.Plugins;

namespace Host.Abstractions.Testing;

/// <summary>
/// A plugin as SampleHost's plugin catalog records it: manifest, status and reason, and what it loaded. The
/// properties read the catalog each time, so a status that changes after start-up shows.
/// </summary>
public sealed class PluginEntry
{
    private readonly PluginDescriptor _descriptor;

    internal PluginEntry(PluginDescriptor descriptor) => _descriptor = descriptor;

    /// <summary>The plugin's id from its manifest, or its folder name when the manifest could not be read.</summary>
    public string Id => _descriptor.Id;

    /// <summary>The plugin's folder in the host's plugins folder.</summary>
    public string Folder => _descriptor.Folder;

    /// <summary>The manifest as the host read it, or <see langword="null"/> when it could not be read.</summary>
    public PluginManifest? Manifest => _descriptor.Manifest;

    /// <summary>SampleHost's status of the plugin, such as <c>Loaded</c>, <c>Incompatible</c>, <c>Rejected</c> or <c>Malfunctioned</c>.</summary>
    public string Status => _descriptor.Status.ToString();

    /// <summary>Whether the plugin loaded, registered and migrated, so its contributions are in use.</summary>
    public bool IsLoaded => _descriptor.IsLoaded;

    /// <summary>Why the plugin is not loaded, or <see langword="null"/> when it is.</summary>
    public LocalizedText? Reason => _descriptor.Reason;

    /// <summary>The plugin's main assembly, or <see langword="null"/> when no plugin code was loaded.</summary>
    public Assembly? Assembly => _descriptor.Assembly;

    /// <summary>The names of the migrations the host applied for the plugin at this start-up.</summary>
    public IReadOnlyList<string> AppliedMigrations => _descriptor.AppliedMigrations;

    /// <summary>
    /// Returns whether <paramref name="type"/> comes from the plugin: from its main assembly or from any private
    /// dependency loaded into the plugin's own load context.
    /// </summary>
    /// <param name="type">A type, or <see langword="null"/>.</param>
    public bool Owns(Type? type)
    {
        if (type is null || Assembly is null)
        {
            return false;
        }

        var pluginContext = AssemblyLoadContext.GetLoadContext(Assembly);
        return pluginContext is not null
            && pluginContext != AssemblyLoadContext.Default
            && AssemblyLoadContext.GetLoadContext(type.Assembly) == pluginContext;
    }

    /// <summary>
    /// Enters the plugin's load context for name-based reflection, as the host does around the plugin's
    /// migrations; dispose the result to leave it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The plugin's code was not loaded.</exception>
    public IDisposable EnterContextualReflection() =>
        _descriptor.EnterContextualReflection?.Invoke()
        ?? throw new InvalidOperationException($"Plugin '{Id}' has status {Status}, so none of its code was loaded.");

    /// <summary>Returns the id and status, with the reason when the plugin is not loaded.</summary>
    public override string ToString() => Reason is null ? $"{Id} ({Status})" : $"{Id} ({Status}: {Reason.En})";
}
