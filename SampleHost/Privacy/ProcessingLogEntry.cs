namespace SampleHost.Privacy;

/// <summary>
/// One record of the processing log: one processing of one person's data. Records form a hash chain per gemeente
/// (see <see cref="ProcessingLogHash"/>), and the database rejects every UPDATE and DELETE of them.
/// </summary>
internal sealed class ProcessingLogEntry
{
    public long Id { get; set; }

    /// <summary>The position in the gemeente's chain: 1 for the first record, then one higher for each next record.</summary>
    public long Sequence { get; set; }

    /// <summary>The moment of processing in UTC, truncated to whole milliseconds so every database stores it exactly.</summary>
    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>The gemeente whose data were processed.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The host's id of the user who processed the data; a system job has an id of its own.</summary>
    public required string ActorId { get; set; }

    /// <summary>The actor's roles at the time, joined with commas in ordinal order.</summary>
    public required string ActorRoles { get; set; }

    public required string ActivityId { get; set; }

    public required string Operation { get; set; }

    public required string SubjectIdType { get; set; }

    /// <summary>A keyed hash of the subject's id, so the log can be searched per person without holding the id.</summary>
    public required string SubjectPseudonym { get; set; }

    /// <summary>The W3C trace id of the request or job, 32 hex characters.</summary>
    public string? TraceId { get; set; }

    /// <summary>The W3C span id, 16 hex characters.</summary>
    public string? SpanId { get; set; }

    /// <summary>
    /// The span id of the caller when the request came with a W3C <c>traceparent</c> header (the foreign operation),
    /// 16 hex characters.
    /// </summary>
    public string? ParentSpanId { get; set; }

    /// <summary>
    /// The external organisation the actor acted for, such as an aanbieder's KvK number, from
    /// <see cref="Host.Abstractions.ProcessingRecord.OnBehalfOf"/> or else the user's organisation; <see langword="null"/>
    /// for the gemeente's own work and for every record written before the host stored it.
    /// </summary>
    public string? OnBehalfOf { get; set; }

    /// <summary>The <see cref="Hash"/> of the record before this one in the chain; 64 zeros for the first record.</summary>
    public required string PreviousHash { get; set; }

    /// <summary>The SHA-256 hash of this record's fields and <see cref="PreviousHash"/>, 64 lowercase hex characters.</summary>
    public required string Hash { get; set; }
}
