namespace SampleHost.Plugins;

/// <summary>What the host recorded about a plugin at its last start-up: version, status and applied migrations.</summary>
internal sealed class PluginStateRecord
{
    public required string PluginId { get; set; }

    public required string Version { get; set; }

    public required string Status { get; set; }

    public string? Reason { get; set; }

    /// <summary>The migrations applied at the last start-up, separated by line breaks; empty when the schema was current.</summary>
    public string AppliedMigrations { get; set; } = string.Empty;

    public DateTimeOffset CheckedAt { get; set; }
}
