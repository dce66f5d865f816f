namespace Host.Abstractions.Tests.SdkExamples;

#region job
/// <summary>Counts the notes of a gemeente every night; register it with <c>services.AddScoped&lt;IScheduledJob, NotesCountJob&gt;()</c>.</summary>
public sealed class NotesCountJob(NotesStore store) : IScheduledJob
{
    /// <inheritdoc />
    public JobDefinition Definition { get; } = new(
        "notes.telling",
        new("Notities tellen", "Count notes"),
        JobSchedule.Daily(new TimeOnly(4, 30)));

    /// <inheritdoc />
    public Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var count = store.For(context.Gemeente).Count;
        return Task.FromResult(new JobResult(count, $"{count} notes"));
    }
}
#endregion
