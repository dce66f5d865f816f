namespace SampleHost.Plugins;

/// <summary>The <c>Plugins</c> settings.</summary>
internal sealed class PluginsOptions
{
    public const string Section = "Plugins";

    /// <summary>The folder with one sub-folder per plugin; relative paths start at the content root. Defaults to <c>plugins</c>.</summary>
    public string Path { get; set; } = "plugins";

    /// <summary>Starts the host with every plugin off, so an administrator can always reach the plugin page.</summary>
    public bool SafeMode { get; set; }
}
