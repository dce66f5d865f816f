namespace SampleHost.Privacy;

/// <summary>One record of the processing log: one processing of one person's data.</summary>
internal sealed class ProcessingLogEntry
{
    public long Id { get; set; }

    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>The gemeente whose data were processed.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The host's id of the user who processed the data; a system job has an id of its own.</summary>
    public required string ActorId { get; set; }

    public required string ActivityId { get; set; }

    public required string Operation { get; set; }

    public required string SubjectIdType { get; set; }

    /// <summary>A keyed hash of the subject's id, so the log can be searched per person without holding the id.</summary>
    public required string SubjectPseudonym { get; set; }

    /// <summary>The W3C trace id of the request or job, 32 hex characters.</summary>
    public string? TraceId { get; set; }

    /// <summary>The W3C span id, 16 hex characters.</summary>
    public string? SpanId { get; set; }
}
