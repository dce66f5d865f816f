namespace Host.Abstractions;

/// <summary>
/// The contents of a plugin's <c>plugin.json</c>, which the host reads before it loads any plugin code.
/// </summary>
/// <param name="Id">A stable identifier, lower case, for example <c>inburgering</c>; also the plugin's folder name.</param>
/// <param name="Version">The plugin's own version.</param>
/// <param name="HostApi">The Host API versions the plugin supports, for example <c>&gt;=1.0 &lt;2.0</c>.</param>
/// <param name="Assembly">The file name of the plugin's main assembly, for example <c>Inburgering.Plugin.dll</c>.</param>
public sealed record PluginManifest(string Id, SemanticVersion Version, VersionRange HostApi, string Assembly)
{
    /// <summary>The plugin's display name in Dutch and English.</summary>
    public LocalizedText? Name { get; init; }

    /// <summary>The database schema that holds the plugin's tables on providers that have schemas.</summary>
    public string? Schema { get; init; }
}
