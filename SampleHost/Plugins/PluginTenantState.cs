namespace SampleHost.Plugins;

/// <summary>Whether a loaded plugin is in use in one gemeente.</summary>
internal enum PluginTenantState
{
    /// <summary>In use: its screens, actions and fields appear, and it receives host events.</summary>
    Enabled,

    /// <summary>Switched off by a functioneel beheerder of the gemeente; its data stay.</summary>
    Disabled,

    /// <summary>Switched off by the host after repeated failures; its data stay until an administrator resumes it.</summary>
    Suspended,
}
