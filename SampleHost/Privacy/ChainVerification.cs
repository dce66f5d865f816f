using Host.Abstractions;

namespace SampleHost.Privacy;

/// <summary>What is wrong at the first broken record of a processing log chain.</summary>
internal enum ChainProblem
{
    /// <summary>The chain is intact.</summary>
    None,

    /// <summary>A field of the record was changed after it was written: its hash no longer matches its fields.</summary>
    RecordChanged,

    /// <summary>The record is missing: the sequence numbers have a gap, or the chain ends before its head.</summary>
    RecordMissing,

    /// <summary>The record does not link to the hash of the record before it: records were reordered, replaced or inserted.</summary>
    LinkBroken,

    /// <summary>The chain head does not match the last record: the head was changed.</summary>
    HeadMismatch,
}

/// <summary>
/// The outcome of verifying one gemeente's chain: the number of intact records, and for a broken chain the sequence
/// number of the first broken record and what is wrong there. It never contains the record's data.
/// </summary>
internal sealed record ChainVerification(string Gemeente, long IntactRecords, ChainProblem Problem, long? BrokenAtSequence)
{
    public bool IsIntact => Problem == ChainProblem.None;

    public static ChainVerification Intact(string gemeente, long records) => new(gemeente, records, ChainProblem.None, null);

    public static ChainVerification Broken(string gemeente, long intactRecords, ChainProblem problem, long sequence) =>
        new(gemeente, intactRecords, problem, sequence);

    /// <summary>Describes the outcome for the command line and the privacy officer's screen.</summary>
    public LocalizedText Describe() => Problem switch
    {
        ChainProblem.None => new(
            $"OK: {IntactRecords} vastleggingen, de keten is intact.",
            $"OK: {IntactRecords} records, the chain is intact."),
        ChainProblem.RecordChanged => new(
            $"GEBROKEN bij volgnummer {BrokenAtSequence}: het record is gewijzigd na het schrijven.",
            $"BROKEN at sequence number {BrokenAtSequence}: the record was changed after it was written."),
        ChainProblem.RecordMissing => new(
            $"GEBROKEN bij volgnummer {BrokenAtSequence}: het record ontbreekt (verwijderd).",
            $"BROKEN at sequence number {BrokenAtSequence}: the record is missing (deleted)."),
        ChainProblem.LinkBroken => new(
            $"GEBROKEN bij volgnummer {BrokenAtSequence}: het record sluit niet aan op het vorige (verplaatst, vervangen of ingevoegd).",
            $"BROKEN at sequence number {BrokenAtSequence}: the record does not link to the one before (reordered, replaced or inserted)."),
        _ => new(
            $"GEBROKEN bij volgnummer {BrokenAtSequence}: de kop van de keten past niet bij het laatste record.",
            $"BROKEN at sequence number {BrokenAtSequence}: the head of the chain does not match the last record."),
    };
}
