namespace Host.Abstractions;

/// <summary>
/// The host's processing log (Logboek Dataverwerkingen). A plugin records every read or change of a person's
/// data here, one record per data subject. The host adds the actor, the time, the gemeente and the trace.
/// </summary>
public interface IProcessingLog
{
    /// <summary>Records one processing of one person's data.</summary>
    /// <param name="record">What was done, why, and to whose data.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">The activity is not declared by any <see cref="IProcessingActivityProvider"/>.</exception>
    Task RecordAsync(ProcessingRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Records several processings at once, such as one per person shown in a list. Hosts write them in one batch;
    /// the default implementation calls <see cref="RecordAsync"/> for each.
    /// </summary>
    /// <param name="records">The records, one per data subject.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">An activity is not declared by any <see cref="IProcessingActivityProvider"/>.</exception>
    async Task RecordAllAsync(IReadOnlyCollection<ProcessingRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);

        foreach (var record in records)
        {
            await RecordAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>One processing of one person's data.</summary>
/// <param name="ActivityId">The <see cref="ProcessingActivity.Id"/> the processing belongs to.</param>
/// <param name="Operation">What was done.</param>
/// <param name="Subject">Whose data; the host stores it pseudonymised.</param>
public sealed record ProcessingRecord(string ActivityId, ProcessingOperation Operation, DataSubject Subject)
{
    /// <summary>
    /// The external organisation that supplied the data when an employee processes them on its behalf, such as the
    /// KvK number of an aanbieder whose file a consulent imports; or <see langword="null"/>. The host records it with
    /// the actor; for a user who acts for an organisation itself, the host takes <see cref="ICurrentUser.Organisation"/>.
    /// </summary>
    public string? OnBehalfOf { get; init; }
}

/// <summary>What was done with a person's data.</summary>
public enum ProcessingOperation
{
    /// <summary>Data were shown or read.</summary>
    Read,

    /// <summary>Data were searched for, with a result or without.</summary>
    Search,

    /// <summary>Data were recorded for the first time.</summary>
    Create,

    /// <summary>Data were changed.</summary>
    Update,

    /// <summary>Data were removed.</summary>
    Delete,

    /// <summary>Data were requested from another organisation, such as the BRP.</summary>
    Retrieve,
}

/// <summary>
/// The person whose data were processed. The host never stores <see cref="Id"/> as given: it keeps a keyed hash.
/// </summary>
/// <param name="IdType">The kind of id, one of <see cref="DataSubjectIdTypes"/>.</param>
/// <param name="Id">The id.</param>
public sealed record DataSubject(string IdType, string Id)
{
    /// <summary>Creates a subject identified by BSN.</summary>
    /// <param name="bsn">The BSN.</param>
    public static DataSubject FromBsn(Bsn bsn) => new(DataSubjectIdTypes.Bsn, bsn.Value);

    /// <summary>Returns the id type only, so a subject never ends up in a log by accident.</summary>
    public override string ToString() => $"DataSubject {{ IdType = {IdType} }}";
}

/// <summary>The kinds of id a <see cref="DataSubject"/> can have.</summary>
public static class DataSubjectIdTypes
{
    /// <summary>A burgerservicenummer.</summary>
    public const string Bsn = "BSN";

    /// <summary>A vreemdelingennummer, for a person not yet in the BRP.</summary>
    public const string VNummer = "V-nummer";

    /// <summary>An id the host or plugin assigned, such as a client id.</summary>
    public const string Internal = "intern";
}
