namespace SampleHost.Settings;

/// <summary>The value a gemeente set for one plugin setting; a setting without a row has its default.</summary>
internal sealed class PluginSettingRecord
{
    public required string Gemeente { get; set; }

    public required string Key { get; set; }

    /// <summary>The value as the host stores it: numbers with a decimal point, dates as yyyy-MM-dd, booleans as true or false.</summary>
    public required string Value { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
