using System.Collections.Frozen;
using System.Diagnostics;
using Host.Abstractions;
using SampleHost.Persistence;

namespace SampleHost.Privacy;

/// <summary>
/// Writes the processing log (Logboek Dataverwerkingen): one record per data subject, with the real user as actor,
/// the gemeente, the W3C trace and the subject as a keyed hash.
/// </summary>
internal sealed class ProcessingLog(
    HostDbContext db,
    ITenantContext tenant,
    ICurrentUser user,
    ProcessingActivityRegister register,
    SubjectPseudonymizer pseudonymizer,
    TimeProvider clock) : IProcessingLog
{
    public Task RecordAsync(ProcessingRecord record, CancellationToken cancellationToken) =>
        RecordAllAsync([record], cancellationToken);

    public async Task RecordAllAsync(IReadOnlyCollection<ProcessingRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.FirstOrDefault(r => !register.Contains(r.ActivityId)) is { } undeclared)
        {
            throw new ArgumentException($"The processing activity '{undeclared.ActivityId}' is not declared by the host or any loaded plugin.", nameof(records));
        }

        if (!user.IsAuthenticated)
        {
            throw new InvalidOperationException("Personal data were processed without a user; the processing log needs the real actor.");
        }

        var activity = Activity.Current;
        var now = clock.GetUtcNow();
        var gemeente = tenant.Required.Value;
        foreach (var record in records)
        {
            db.ProcessingLog.Add(new ProcessingLogEntry
            {
                Tijdstip = now,
                Gemeente = gemeente,
                ActorId = user.UserId,
                ActivityId = record.ActivityId,
                Operation = record.Operation.ToString(),
                SubjectIdType = record.Subject.IdType,
                SubjectPseudonym = pseudonymizer.Pseudonymize(record.Subject),
                TraceId = activity?.TraceId.ToHexString(),
                SpanId = activity?.SpanId.ToHexString(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Every processing activity the host and the loaded plugins declare.</summary>
internal sealed class ProcessingActivityRegister(IEnumerable<IProcessingActivityProvider> providers)
{
    private readonly FrozenDictionary<string, ProcessingActivity> _activities = providers
        .SelectMany(p => p.Activities)
        .ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);

    public IEnumerable<ProcessingActivity> All => _activities.Values.OrderBy(a => a.Id, StringComparer.Ordinal);

    public bool Contains(string activityId) => _activities.ContainsKey(activityId);
}
