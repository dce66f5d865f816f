using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Security;
using SampleHost.Workflows;

namespace SampleHost.Pages;

/// <summary>The werkvoorraad (work queue): the open tasks of the user's gemeente, the earliest due first.</summary>
[RequiresPermission(HostPermissions.WorkQueueView)]
internal sealed class WerkvoorraadModel(
    HostDbContext db,
    IEnumerable<IWorkflowDefinitionProvider> workflows,
    PluginAvailability availability,
    TimeProvider clock) : PageModel
{
    private const int MaxItems = 200;

    public IReadOnlyList<WorkItemRecord> Items { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A plugin that is off in this gemeente takes its tasks with it; they come back when it is switched on.
        var available = AvailableWorkflows().Select(w => w.Id).ToList();
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Texts.Amsterdam).DateTime);
        Items = await db.WorkItems.AsNoTracking()
            .Where(w => w.ClosedAt == null && available.Contains(w.Kind))
            .OrderBy(w => w.DueDate)
            .ThenBy(w => w.Id)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Returns the URL of the record's screen, or <see langword="null"/> when the workflow names none.</summary>
    public static string? RecordUrl(WorkItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);

        return item.RecordScreenId is { } screenId
            ? Screens.ScreenView.Url(new ScreenLink(screenId, item.RecordId))
            : null;
    }

    private IEnumerable<WorkflowDefinition> AvailableWorkflows() =>
        workflows.Where(availability.IsAvailable).SelectMany(provider => provider.Workflows);
}
