namespace SampleHost.Jobs;

/// <summary>
/// A row of <c>job_runs</c>: one run of a scheduled job in one gemeente for one due moment. The row is inserted
/// before the job starts, and its unique key (job, gemeente, due moment) is the claim: a second host instance that
/// tries to insert the same row fails and leaves the run to the first.
/// </summary>
internal sealed class JobRunRecord
{
    public Guid Id { get; set; }

    public required string JobId { get; set; }

    /// <summary>The CBS gemeentecode the job ran in, four digits.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The due moment of the schedule this run is for.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the run ended, or <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    public JobRunOutcome Outcome { get; set; }

    /// <summary>The count the job returned, or <see langword="null"/> when it did not finish.</summary>
    public int? Count { get; set; }

    /// <summary>The job's summary, without personal data, or <see langword="null"/> when it did not finish.</summary>
    public string? Summary { get; set; }
}

/// <summary>How a run of a job ended.</summary>
internal enum JobRunOutcome
{
    /// <summary>Claimed and started; not finished yet, or the host stopped during the run.</summary>
    Running,

    /// <summary>The job returned a result.</summary>
    Succeeded,

    /// <summary>The job threw; the guard logged the exception.</summary>
    Failed,

    /// <summary>The plugin was disabled or suspended in the gemeente between the claim and the call.</summary>
    NotEnabled,
}
