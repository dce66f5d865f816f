namespace Host.Abstractions;

/// <summary>
/// What the host tells a plugin while it registers its services.
/// </summary>
/// <param name="Manifest">The plugin's own manifest, as the host read it from <c>plugin.json</c>.</param>
/// <param name="Database">The database the plugin stores its tables in.</param>
/// <param name="EnvironmentName">The host environment, for example <c>Development</c> or <c>Production</c>.</param>
public sealed record PluginContext(PluginManifest Manifest, PluginDatabase Database, string EnvironmentName)
{
    /// <summary>Whether the host runs in the <c>Development</c> environment, where demo data may be seeded.</summary>
    public bool IsDevelopment => string.Equals(EnvironmentName, "Development", StringComparison.OrdinalIgnoreCase);
}
