using System.Diagnostics;
using Host.Abstractions;
using SampleHost.Tenancy;

namespace SampleHost.Privacy;

/// <summary>
/// Writes the processing log (Logboek Dataverwerkingen): one record per data subject, with the real user and their
/// roles as actor, the organisation they acted for, the gemeente, the W3C trace and the subject as a keyed hash.
/// </summary>
/// <remarks>
/// The records are appended to the gemeente's hash chain by <see cref="ProcessingLogAppender"/>, which commits them
/// in a database context of its own. So recording never saves the caller's pending changes, and a processing stays
/// logged when the caller's own change fails afterwards.
/// </remarks>
internal sealed class ProcessingLog(
    ITenantContext tenant,
    CurrentUser user,
    ProcessingActivityRegister register,
    SubjectPseudonymizer pseudonymizer,
    ProcessingLogAppender appender,
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

        if (records.Count == 0)
        {
            return;
        }

        var activity = Activity.Current;
        var now = ProcessingLogHash.Truncate(clock.GetUtcNow());
        var gemeente = tenant.Required.Value;
        var roles = string.Join(',', user.Roles.Order(StringComparer.Ordinal));
        var entries = records.Select(record => new ProcessingLogEntry
        {
            Tijdstip = now,
            Gemeente = gemeente,
            ActorId = user.UserId,
            ActorRoles = roles,
            ActivityId = record.ActivityId,
            Operation = record.Operation.ToString(),
            SubjectIdType = record.Subject.IdType,
            SubjectPseudonym = pseudonymizer.Pseudonymize(record.Subject),
            TraceId = activity?.TraceId.ToHexString(),
            SpanId = activity?.SpanId.ToHexString(),
            OnBehalfOf = record.OnBehalfOf ?? user.Organisation,
            ParentSpanId = activity is null || activity.ParentSpanId == default ? null : activity.ParentSpanId.ToHexString(),
            PreviousHash = string.Empty,
            Hash = string.Empty,
        }).ToList();

        await appender.AppendAsync(gemeente, entries, cancellationToken);
    }
}
