namespace SampleHost.Plugins;

/// <summary>The status of a plugin after start-up.</summary>
internal enum PluginStatus
{
    /// <summary>Loaded, registered and migrated; its screens and fields are in use.</summary>
    Loaded,

    /// <summary>Not loaded because its manifest's Host API range does not include this host's version.</summary>
    Incompatible,

    /// <summary>Not loaded because its folder breaks a packaging rule, such as shipping a shared assembly.</summary>
    Rejected,

    /// <summary>Its manifest could not be read, or it threw while loading, registering or migrating.</summary>
    Malfunctioned,

    /// <summary>Not loaded because the host runs in safe mode.</summary>
    Disabled,
}
