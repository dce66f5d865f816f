namespace Host.Abstractions;

/// <summary>
/// Work a plugin wants done on a schedule, such as removing data whose retention period has ended. The host runs the
/// job once per due moment in every gemeente where the plugin is enabled, through the same guard as screens and
/// actions: an exception is logged and recorded as a failed run, and the host keeps running. Register
/// implementations as <see cref="IScheduledJob"/> services.
/// </summary>
/// <remarks>
/// During a run <see cref="ITenantContext.Current"/> is <see cref="JobContext.Gemeente"/>, and
/// <see cref="ICurrentUser.UserId"/> is <c>job:</c> followed by the job id, so the processing log names the job as the
/// actor. The job's user holds no permissions.
/// </remarks>
public interface IScheduledJob
{
    /// <summary>The job's id, name and schedule.</summary>
    JobDefinition Definition { get; }

    /// <summary>Does the work for one gemeente.</summary>
    /// <param name="context">The gemeente and the due moment of this run.</param>
    /// <param name="cancellationToken">Cancels the run when the host stops.</param>
    /// <returns>What the run did, as a count and a summary without personal data.</returns>
    Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken);
}

/// <summary>A job's id, name and schedule.</summary>
/// <param name="Id">A unique id prefixed with the plugin id, for example <c>inburgering.bewaartermijn</c>.</param>
/// <param name="Name">The job's name, shown to administrators.</param>
/// <param name="Schedule">When the job is due.</param>
public sealed record JobDefinition(string Id, LocalizedText Name, JobSchedule Schedule);

/// <summary>What one run of a job is for.</summary>
/// <param name="Gemeente">The gemeente the run works in.</param>
/// <param name="DueAt">The due moment this run is for, in UTC.</param>
public sealed record JobContext(GemeenteCode Gemeente, DateTimeOffset DueAt);

/// <summary>What one run of a job did; the host stores it with the run.</summary>
/// <param name="Count">How many records the run processed, for example the number of dossiers anonymised.</param>
/// <param name="Summary">A short description without personal data: no BSN, name, address or health fact.</param>
public sealed record JobResult(int Count, string Summary);
