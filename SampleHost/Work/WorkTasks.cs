using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Workflows;

namespace SampleHost.Work;

/// <summary>The host's <see cref="IWorkTasks"/>: plugin tasks in the same table as workflow tasks, per gemeente.</summary>
internal sealed class WorkTasks(HostDbContext db, ITenantContext tenant, TimeProvider clock) : IWorkTasks
{
    /// <summary>The keys per query and save of the batch methods, which bounds the size of each statement.</summary>
    private const int ChunkSize = 1_000;

    public async Task<bool> EnsureAsync(WorkTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var gemeente = tenant.Current?.Value ?? throw new InvalidOperationException("A task needs a current gemeente.");

        var existing = await db.WorkItems.SingleOrDefaultAsync(w => w.TaskKey == task.Key, cancellationToken);
        if (existing is not null)
        {
            if (existing.ClosedAt is null && (existing.DueDate != task.DueDate || existing.TaskNl != task.Title.Nl || existing.TaskEn != task.Title.En))
            {
                Update(existing, task);
                await db.SaveChangesAsync(cancellationToken);
            }

            return false;
        }

        db.WorkItems.Add(NewItem(task, gemeente));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Reads the existing tasks for <see cref="ChunkSize"/> keys per query, then inserts the new tasks and updates the
    /// changed open ones with one save per chunk. A batch larger than one chunk first leaves out the tasks that are open
    /// with the same title and due date, which it reads in one query.
    /// </summary>
    public async Task<IReadOnlySet<string>> EnsureAllAsync(IReadOnlyCollection<WorkTask> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var gemeente = tenant.Current?.Value ?? throw new InvalidOperationException("A task needs a current gemeente.");

        // A daily scan repeats tens of thousands of open tasks. Reading the open tasks of their kinds at once costs far
        // less than looking up each key, and a small batch skips that read.
        var toWrite = tasks.Count > ChunkSize ? await WithoutUnchangedAsync(tasks, cancellationToken) : tasks;

        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in toWrite.Chunk(ChunkSize))
        {
            var keys = chunk.Select(t => t.Key).ToList();
            var existing = await db.WorkItems.AsNoTracking()
                .Where(w => w.TaskKey != null && keys.Contains(w.TaskKey))
                .Select(w => new ExistingTask(w.Id, w.TaskKey!, w.ClosedAt != null, w.DueDate, w.TaskNl, w.TaskEn))
                .ToDictionaryAsync(w => w.Key, StringComparer.Ordinal, cancellationToken);

            var written = new List<WorkItemRecord>();
            var changed = new Dictionary<Guid, WorkTask>();
            foreach (var task in chunk)
            {
                if (!existing.TryGetValue(task.Key, out var current))
                {
                    var item = NewItem(task, gemeente);
                    db.WorkItems.Add(item);
                    written.Add(item);
                    created.Add(task.Key);
                    continue;
                }

                if (!current.Closed && !IsSame(current, task))
                {
                    changed[current.Id] = task;
                }
            }

            // Changed open tasks are few on a normal day, so they are loaded for change tracking only when there are any.
            if (changed.Count > 0)
            {
                var ids = changed.Keys.ToList();
                var items = await db.WorkItems.Where(w => ids.Contains(w.Id)).ToListAsync(cancellationToken);
                items.ForEach(item => Update(item, changed[item.Id]));
                written.AddRange(items);
            }

            await db.SaveChangesAsync(cancellationToken);

            // Detaching the saved rows keeps each later save from checking every row of the earlier chunks for changes.
            written.ForEach(item => db.Entry(item).State = EntityState.Detached);
        }

        return created;
    }

    /// <summary>Returns the tasks of <paramref name="tasks"/> that are not open with the same title and due date.</summary>
    private async Task<List<WorkTask>> WithoutUnchangedAsync(IReadOnlyCollection<WorkTask> tasks, CancellationToken cancellationToken)
    {
        var kinds = tasks.Select(t => t.Kind).Distinct(StringComparer.Ordinal).ToList();
        var open = await db.WorkItems.AsNoTracking()
            .Where(w => kinds.Contains(w.Kind) && w.ClosedAt == null && w.TaskKey != null)
            .Select(w => new ExistingTask(w.Id, w.TaskKey!, false, w.DueDate, w.TaskNl, w.TaskEn))
            .ToDictionaryAsync(w => w.Key, StringComparer.Ordinal, cancellationToken);

        return [.. tasks.Where(task => !open.TryGetValue(task.Key, out var current) || !IsSame(current, task))];
    }

    private static bool IsSame(ExistingTask current, WorkTask task) =>
        current.DueDate == task.DueDate && current.TaskNl == task.Title.Nl && current.TaskEn == task.Title.En;

    public async Task<IReadOnlySet<string>> OpenKeysAsync(string kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);

        var keys = await db.WorkItems.AsNoTracking()
            .Where(w => w.Kind == kind && w.ClosedAt == null && w.TaskKey != null)
            .Select(w => w.TaskKey!)
            .ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<OpenWorkTask>> OpenTasksAsync(string kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);

        return await db.WorkItems.AsNoTracking()
            .Where(w => w.Kind == kind && w.ClosedAt == null && w.TaskKey != null)
            .Select(w => new OpenWorkTask(w.TaskKey!, new LocalizedText(w.TaskNl, w.TaskEn), w.DueDate))
            .ToListAsync(cancellationToken);
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

    public async Task<int> CloseAllAsync(IReadOnlyCollection<string> keys, LocalizedText reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(reason);

        var closed = 0;
        foreach (var chunk in keys.Chunk(ChunkSize))
        {
            var open = await db.WorkItems
                .Where(w => w.TaskKey != null && chunk.Contains(w.TaskKey) && w.ClosedAt == null)
                .ToListAsync(cancellationToken);
            open.ForEach(item => Close(item, reason));
            await db.SaveChangesAsync(cancellationToken);
            closed += open.Count;
        }

        return closed;
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

    private WorkItemRecord NewItem(WorkTask task, string gemeente)
    {
        var kindName = task.KindName ?? task.Title;
        return new WorkItemRecord
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
        };
    }

    private static void Update(WorkItemRecord item, WorkTask task)
    {
        item.DueDate = task.DueDate;
        item.TaskNl = task.Title.Nl;
        item.TaskEn = task.Title.En;
        item.ConcurrencyStamp = Guid.NewGuid();
    }

    private void Close(WorkItemRecord item, LocalizedText reason)
    {
        item.ClosedAt = clock.GetUtcNow();
        item.ClosedReasonNl = reason.Nl;
        item.ClosedReasonEn = reason.En;
        item.ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The columns of an existing task that decide whether a batch write creates, updates or skips it.</summary>
    private sealed record ExistingTask(Guid Id, string Key, bool Closed, DateOnly DueDate, string TaskNl, string TaskEn);
}
