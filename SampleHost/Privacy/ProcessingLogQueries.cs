using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;

namespace SampleHost.Privacy;

/// <summary>The filters of the processing log screen; each one that is null is not applied.</summary>
/// <param name="ActivityId">Only records of this activity.</param>
/// <param name="ActorId">Only records of this user id.</param>
/// <param name="From">Only records at or after this moment.</param>
/// <param name="Until">Only records before this moment.</param>
internal sealed record ProcessingLogFilter(string? ActivityId, string? ActorId, DateTimeOffset? From, DateTimeOffset? Until);

/// <summary>Reads the current gemeente's processing log; the gemeente comes from the query filter of <see cref="HostDbContext"/>.</summary>
internal sealed class ProcessingLogQueries(HostDbContext db)
{
    /// <summary>
    /// Returns up to <paramref name="pageSize"/> records matching <paramref name="filter"/>, newest first, with a
    /// sequence number below <paramref name="before"/> when it is given (keyset paging).
    /// </summary>
    public async Task<IReadOnlyList<ProcessingLogEntry>> PageAsync(ProcessingLogFilter filter, long? before, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        var query = db.ProcessingLog.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.ActivityId))
        {
            query = query.Where(e => e.ActivityId == filter.ActivityId);
        }

        if (!string.IsNullOrEmpty(filter.ActorId))
        {
            query = query.Where(e => e.ActorId == filter.ActorId);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.Tijdstip >= from);
        }

        if (filter.Until is { } until)
        {
            query = query.Where(e => e.Tijdstip < until);
        }

        if (before is { } sequence)
        {
            query = query.Where(e => e.Sequence < sequence);
        }

        return await query.OrderByDescending(e => e.Sequence).Take(pageSize).ToListAsync(cancellationToken);
    }

    /// <summary>Returns every record about a subject with one of <paramref name="pseudonyms"/>, such as a person's BSN and V-nummer, newest first.</summary>
    public async Task<IReadOnlyList<ProcessingLogEntry>> ForSubjectAsync(IReadOnlyCollection<string> pseudonyms, CancellationToken cancellationToken) =>
        await db.ProcessingLog.AsNoTracking()
            .Where(e => pseudonyms.Contains(e.SubjectPseudonym))
            .OrderByDescending(e => e.Sequence)
            .ToListAsync(cancellationToken);
}
