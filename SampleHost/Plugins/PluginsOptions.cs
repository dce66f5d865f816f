namespace SampleHost.Plugins;

/// <summary>The <c>Plugins</c> settings.</summary>
internal sealed class PluginsOptions
{
    public const string Section = "Plugins";

    /// <summary>The folder with one sub-folder per plugin; relative paths start at the content root. Defaults to <c>plugins</c>.</summary>
    public string Path { get; set; } = "plugins";

    /// <summary>Starts the host with every plugin off, so an administrator can always reach the plugin page.</summary>
    public bool SafeMode { get; set; }

    /// <summary>
    /// Whether a loaded plugin starts enabled in a gemeente it has no state for yet; when <see langword="false"/> it
    /// starts disabled until a functioneel beheerder enables it. Defaults to <see langword="true"/>.
    /// </summary>
    public bool EnableForNewTenants { get; set; } = true;

    /// <summary>
    /// The number of failures in a row of one plugin in one gemeente after which the host suspends it there; at
    /// least 1. Defaults to 5.
    /// </summary>
    public int SuspendAfterFailures { get; set; } = 5;
}
