namespace SampleHost.Clients;

/// <summary>The value of one stored plugin field on one host record.</summary>
internal sealed class RecordFieldValueRecord
{
    public required string Gemeente { get; set; }

    public required string RecordType { get; set; }

    public required string RecordId { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
