namespace SampleHost.Privacy;

/// <summary>
/// The last record of one gemeente's processing log chain. Writers move it only from the sequence number they read
/// (see <see cref="ProcessingLogAppender"/>), so two writers that read the same head cannot both append after it.
/// </summary>
internal sealed class ProcessingLogChainHead
{
    public required string Gemeente { get; set; }

    /// <summary>The sequence number of the last record; 0 before the first one.</summary>
    public long Sequence { get; set; }

    /// <summary>The hash of the last record; <see cref="ProcessingLogHash.Genesis"/> before the first one.</summary>
    public required string Hash { get; set; }
}
