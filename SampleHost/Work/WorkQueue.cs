using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Screens;
using SampleHost.Security;
using SampleHost.Workflows;

namespace SampleHost.Work;

/// <summary>
/// The werkvoorraad of the current gemeente: lists its open tasks and assigns, releases and closes them. A task of a
/// plugin that is off or suspended in the gemeente is left out, as if it did not exist, until the plugin is on again.
/// </summary>
internal sealed class WorkQueue(
    HostDbContext db,
    IEnumerable<IWorkflowDefinitionProvider> workflows,
    PluginAvailability availability,
    PluginCatalog plugins,
    PluginTenantStates pluginStates,
    IColleagueDirectory colleagues,
    ITenantContext tenant,
    ICurrentUser user,
    RecordAccessLog accessLog,
    TimeProvider clock,
    ILogger<WorkQueue> logger)
{
    public const int PageSize = 50;

    /// <summary>The longest note a user can give when closing a task, the size of its column.</summary>
    public const int MaxNoteLength = 400;

    /// <summary>The users of the gemeente a task can be assigned to; empty outside Development.</summary>
    public IReadOnlyList<Colleague> Colleagues => colleagues.ForGemeente(tenant.Required);

    /// <summary>Returns the page of open tasks that <paramref name="filter"/> selects, ordered by due date and then id.</summary>
    public async Task<WorkQueuePage> ListAsync(WorkQueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Texts.Amsterdam).DateTime);
        var kinds = await OpenKindsAsync(cancellationToken);
        var shownKinds = kinds.Select(k => k.Kind).Where(k => filter.Kind is null || k == filter.Kind).ToList();

        var query = db.WorkItems.AsNoTracking().Where(w => w.ClosedAt == null && shownKinds.Contains(w.Kind));
        query = filter.Assignment switch
        {
            AssignmentFilter.Mine => query.Where(w => w.AssignedTo == user.UserId),
            AssignmentFilter.Unassigned => query.Where(w => w.AssignedTo == null),
            _ => query,
        };
        var soon = today.AddDays(WorkQueueFilter.SoonDays);
        query = filter.Due switch
        {
            DueFilter.Overdue => query.Where(w => w.DueDate < today),
            DueFilter.Soon => query.Where(w => w.DueDate >= today && w.DueDate <= soon),
            _ => query,
        };
        if (filter.After is { } after)
        {
            query = query.Where(w => w.DueDate > after.DueDate || (w.DueDate == after.DueDate && w.Id > after.Id));
        }

        // One row more than a page shows whether there is a next page.
        var items = await query.OrderBy(w => w.DueDate).ThenBy(w => w.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        var page = items.Take(PageSize).ToList();
        var next = items.Count > PageSize ? new WorkQueueCursor(page[^1].DueDate, page[^1].Id) : (WorkQueueCursor?)null;

        var kindsById = kinds.ToDictionary(k => k.Kind, StringComparer.Ordinal);
        var names = Colleagues.ToDictionary(c => c.UserId, c => c.DisplayName, StringComparer.Ordinal);
        var rows = page.Select(item => new WorkQueueRow(
            item.Id,
            item.DueDate,
            item.DueDate < today,
            kindsById[item.Kind],
            new LocalizedText(item.TaskNl, item.TaskEn),
            RecordUrl(item),
            item.AssignedTo,
            item.AssignedTo is { } assignee ? NameOf(assignee, names) : null,
            item.ConcurrencyStamp)).ToList();

        return new WorkQueuePage(rows, kinds, next, today);
    }

    /// <summary>Assigns the task to the current user.</summary>
    public Task<WorkQueueChangeResult> AssignToMeAsync(Guid id, Guid expectedStamp, CancellationToken cancellationToken) =>
        AssignAsync(id, expectedStamp, user.UserId, cancellationToken);

    /// <summary>Assigns the task to <paramref name="colleagueId"/>, who must be in <see cref="Colleagues"/>.</summary>
    public async Task<WorkQueueChangeResult> AssignAsync(Guid id, Guid expectedStamp, string colleagueId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(colleagueId);

        if (colleagueId != user.UserId && Colleagues.All(c => c.UserId != colleagueId))
        {
            return WorkQueueChangeResult.UnknownColleague;
        }

        var result = await ChangeAsync(id, expectedStamp, item => item.AssignedTo = colleagueId, cancellationToken);
        if (result == WorkQueueChangeResult.Changed)
        {
            Log.WorkItemAssigned(logger, id, tenant.Required.Value, colleagueId, user.UserId);
        }

        return result;
    }

    /// <summary>Removes the assignee from the task, so anyone can take it.</summary>
    public async Task<WorkQueueChangeResult> ReleaseAsync(Guid id, Guid expectedStamp, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(id, expectedStamp, item => item.AssignedTo = null, cancellationToken);
        if (result == WorkQueueChangeResult.Changed)
        {
            Log.WorkItemReleased(logger, id, tenant.Required.Value, user.UserId);
        }

        return result;
    }

    /// <summary>
    /// Closes the task as handled by the current user, with <paramref name="note"/> as the reason. A plugin that
    /// ensures the same task key later does not reopen it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="note"/> is longer than <see cref="MaxNoteLength"/>.</exception>
    public async Task<WorkQueueChangeResult> CloseAsync(Guid id, Guid expectedStamp, string? note, CancellationToken cancellationToken)
    {
        var reason = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason?.Length ?? 0, MaxNoteLength, nameof(note));

        var result = await ChangeAsync(
            id,
            expectedStamp,
            item =>
            {
                item.ClosedAt = clock.GetUtcNow();
                item.ClosedBy = user.UserId;

                // A user's note is in the language the user wrote it in, so both columns contain it.
                item.ClosedReasonNl = reason;
                item.ClosedReasonEn = reason;
            },
            cancellationToken);
        if (result == WorkQueueChangeResult.Changed)
        {
            Log.WorkItemClosed(logger, id, tenant.Required.Value, user.UserId);
        }

        return result;
    }

    /// <summary>Returns the URL of the record's screen, or <see langword="null"/> when the task names none.</summary>
    public static string? RecordUrl(WorkItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);

        return item.RecordScreenId is { } screenId
            ? ScreenView.Url(new ScreenLink(screenId, item.RecordId))
            : null;
    }

    private async Task<WorkQueueChangeResult> ChangeAsync(Guid id, Guid expectedStamp, Action<WorkItemRecord> change, CancellationToken cancellationToken)
    {
        var item = await db.WorkItems.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (item is null || !IsAvailable(item.Kind))
        {
            accessLog.NotFound("work item", id.ToString());
            return WorkQueueChangeResult.NotFound;
        }

        if (item.ClosedAt is not null)
        {
            return WorkQueueChangeResult.Closed;
        }

        if (item.ConcurrencyStamp != expectedStamp)
        {
            Log.WorkItemStale(logger, id, tenant.Required.Value, user.UserId);
            return WorkQueueChangeResult.Stale;
        }

        change(item);
        item.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another user changed the task between the read above and this write; the stamp kept only theirs.
            db.ChangeTracker.Clear();
            Log.WorkItemStale(logger, id, tenant.Required.Value, user.UserId);
            return WorkQueueChangeResult.Stale;
        }

        return WorkQueueChangeResult.Changed;
    }

    /// <summary>Returns the kinds of the gemeente's open tasks whose plugin is available, ordered by name.</summary>
    private async Task<IReadOnlyList<WorkQueueKind>> OpenKindsAsync(CancellationToken cancellationToken)
    {
        var kinds = await db.WorkItems.AsNoTracking()
            .Where(w => w.ClosedAt == null)
            .Select(w => new { w.Kind, w.KindNl, w.KindEn })
            .Distinct()
            .ToListAsync(cancellationToken);

        return
        [
            .. kinds
                .Where(k => IsAvailable(k.Kind))
                .GroupBy(k => k.Kind, StringComparer.Ordinal)
                .Select(g => new WorkQueueKind(g.Key, new LocalizedText(g.First().KindNl, g.First().KindEn)))
                .OrderBy(k => Texts.T(k.Name), StringComparer.CurrentCulture),
        ];
    }

    /// <summary>
    /// Returns whether tasks of <paramref name="kind"/> may be shown: the kind is a workflow of an available provider,
    /// or it starts with the id and a dot of a plugin that is loaded and on in the current gemeente.
    /// </summary>
    private bool IsAvailable(string kind) =>
        workflows.Where(availability.IsAvailable).SelectMany(p => p.Workflows).Any(w => w.Id == kind)
        || plugins.Loaded.Any(p => kind.StartsWith(p.Id + ".", StringComparison.Ordinal) && pluginStates.IsEnabled(p.Id, tenant.Required));

    private string NameOf(string userId, Dictionary<string, string> names) =>
        names.TryGetValue(userId, out var name) ? name
        : userId == user.UserId ? user.DisplayName
        : userId;
}
