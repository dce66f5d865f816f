using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Workflows;

namespace SampleHost.Work;

/// <summary>The host's <see cref="IWorkTasks"/>: plugin tasks in the same table as workflow tasks, per gemeente.</summary>
internal sealed class WorkTasks(HostDbContext db, ITenantContext tenant, TimeProvider clock) : IWorkTasks
{
    public async Task<bool> EnsureAsync(WorkTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var gemeente = tenant.Current?.Value ?? throw new InvalidOperationException("A task needs a current gemeente.");

        var existing = await db.WorkItems.SingleOrDefaultAsync(w => w.TaskKey == task.Key, cancellationToken);
        if (existing is not null)
        {
            if (existing.ClosedAt is null && (existing.DueDate != task.DueDate || existing.TaskNl != task.Title.Nl || existing.TaskEn != task.Title.En))
            {
                existing.DueDate = task.DueDate;
                existing.TaskNl = task.Title.Nl;
                existing.TaskEn = task.Title.En;
                existing.ConcurrencyStamp = Guid.NewGuid();
                await db.SaveChangesAsync(cancellationToken);
            }

            return false;
        }

        var kindName = task.KindName ?? task.Title;
        db.WorkItems.Add(new WorkItemRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Gemeente = gemeente,
            Kind = task.Kind,
            KindNl = kindName.Nl,
            KindEn = kindName.En,
            TaskKey = task.Key,
            RecordId = task.RecordId,
            RecordScreenId = task.RecordScreenId,
            TaskNl = task.Title.Nl,
            TaskEn = task.Title.En,
            DueDate = task.DueDate,
            CreatedAt = clock.GetUtcNow(),
            ConcurrencyStamp = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlySet<string>> OpenKeysAsync(string kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);

        var keys = await db.WorkItems.AsNoTracking()
            .Where(w => w.Kind == kind && w.ClosedAt == null && w.TaskKey != null)
            .Select(w => w.TaskKey!)
            .ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> CloseAsync(string key, LocalizedText reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(reason);

        var open = await db.WorkItems.SingleOrDefaultAsync(w => w.TaskKey == key && w.ClosedAt == null, cancellationToken);
        if (open is null)
        {
            return false;
        }

        Close(open, reason);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<int> CloseForRecordAsync(string kindPrefix, string recordId, LocalizedText reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(kindPrefix);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        ArgumentNullException.ThrowIfNull(reason);

        var open = await db.WorkItems
            .Where(w => w.RecordId == recordId && w.ClosedAt == null && w.Kind.StartsWith(kindPrefix))
            .ToListAsync(cancellationToken);
        open.ForEach(item => Close(item, reason));
        await db.SaveChangesAsync(cancellationToken);
        return open.Count;
    }

    private void Close(WorkItemRecord item, LocalizedText reason)
    {
        item.ClosedAt = clock.GetUtcNow();
        item.ClosedReasonNl = reason.Nl;
        item.ClosedReasonEn = reason.En;
        item.ConcurrencyStamp = Guid.NewGuid();
    }
}
