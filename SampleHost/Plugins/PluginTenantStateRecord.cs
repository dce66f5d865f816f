namespace SampleHost.Plugins;

/// <summary>
/// A row of <c>plugin_tenant_states</c>: the state of one plugin in one gemeente, the reason for it, and the plugin
/// version and migrations the host recorded there.
/// </summary>
internal sealed class PluginTenantStateRecord
{
    public required string PluginId { get; set; }

    /// <summary>The CBS gemeentecode of the tenant, four digits.</summary>
    public required string Gemeente { get; set; }

    public PluginTenantState State { get; set; }

    /// <summary>Why the plugin is not enabled, in Dutch; <see langword="null"/> while it is enabled.</summary>
    public string? ReasonNl { get; set; }

    /// <summary>Why the plugin is not enabled, in English; <see langword="null"/> while it is enabled.</summary>
    public string? ReasonEn { get; set; }

    /// <summary>The plugin version of the last start-up.</summary>
    public required string PluginVersion { get; set; }

    /// <summary>The names of the plugin's applied migrations, one per line, oldest first.</summary>
    public string Migrations { get; set; } = string.Empty;

    /// <summary>When <see cref="State"/> last changed.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The id of the user who last changed <see cref="State"/>, or <see cref="PluginTenantStates.HostActor"/> for the host itself.</summary>
    public required string ChangedBy { get; set; }
}
