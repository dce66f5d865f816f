using System.Reflection;
using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>A plugin folder the host found, with its manifest, status and the reason for that status.</summary>
internal sealed class PluginDescriptor(string folder)
{
    /// <summary>The plugin's id from its manifest, or the folder name when the manifest could not be read.</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);

    public string Folder { get; } = folder;

    public PluginManifest? Manifest { get; private set; }

    public PluginStatus Status { get; private set; } = PluginStatus.Loaded;

    /// <summary>Why the plugin is not loaded, in words an administrator can act on; <see langword="null"/> when loaded.</summary>
    public LocalizedText? Reason { get; private set; }

    /// <summary>The plugin's main assembly once loaded; contributions from it belong to this plugin.</summary>
    public Assembly? Assembly { get; private set; }

    /// <summary>Enters the plugin's load context for name-based reflection, such as EF Core migrations.</summary>
    public Func<IDisposable>? EnterContextualReflection { get; private set; }

    /// <summary>The migrations applied at this start-up.</summary>
    public IReadOnlyList<string> AppliedMigrations { get; private set; } = [];

    public bool IsLoaded => Status == PluginStatus.Loaded;

    public void SetManifest(PluginManifest manifest) => Manifest = manifest;

    public void SetLoaded(Assembly assembly, Func<IDisposable> enterContextualReflection)
    {
        Assembly = assembly;
        EnterContextualReflection = enterContextualReflection;
    }

    public void SetMigrated(IReadOnlyList<string> migrations) => AppliedMigrations = migrations;

    public void Fail(PluginStatus status, LocalizedText reason)
    {
        Status = status;
        Reason = reason;
    }
}
