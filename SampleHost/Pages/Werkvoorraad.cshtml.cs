using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Security;
using SampleHost.Work;

namespace SampleHost.Pages;

/// <summary>
/// The werkvoorraad (work queue): the open tasks of the user's gemeente, the earliest due first, filtered by the
/// query string and paged by due date and id. Users who may handle tasks assign, release and close them here.
/// </summary>
[RequiresPermission(HostPermissions.WorkQueueView)]
internal sealed class WerkvoorraadModel(WorkQueue queue, ICurrentUser user) : PageModel
{
    public WorkQueueFilter Filter { get; private set; } = WorkQueueFilter.Default;

    public WorkQueuePage Queue { get; private set; } = new([], [], null, default);

    /// <summary>The users a task can be assigned to; empty when the host has no list of them.</summary>
    public IReadOnlyList<Colleague> Colleagues { get; private set; } = [];

    public bool CanHandle => user.HasPermission(HostPermissions.WorkQueueHandle);

    public string CurrentUserId => user.UserId;

    /// <summary>A message about the last change, shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the last change was rejected, shown with the current list.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    [HandlerPermission(HostPermissions.WorkQueueHandle)]
    public async Task<IActionResult> OnPostAanMijToewijzenAsync(Guid id, Guid stamp, CancellationToken cancellationToken) =>
        await AfterChangeAsync(
            await queue.AssignToMeAsync(id, stamp, cancellationToken),
            new("De taak is aan u toegewezen.", "The task is assigned to you."),
            cancellationToken);

    [HandlerPermission(HostPermissions.WorkQueueHandle)]
    public async Task<IActionResult> OnPostToewijzenAanAsync(Guid id, Guid stamp, string? collega, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(collega))
        {
            return await RejectAsync(
                StatusCodes.Status422UnprocessableEntity,
                new("Kies in de lijst de collega aan wie u de taak toewijst.", "Choose from the list the colleague you assign the task to."),
                cancellationToken);
        }

        return await AfterChangeAsync(
            await queue.AssignAsync(id, stamp, collega, cancellationToken),
            new("De taak is toegewezen.", "The task is assigned."),
            cancellationToken);
    }

    [HandlerPermission(HostPermissions.WorkQueueHandle)]
    public async Task<IActionResult> OnPostVrijgevenAsync(Guid id, Guid stamp, CancellationToken cancellationToken) =>
        await AfterChangeAsync(
            await queue.ReleaseAsync(id, stamp, cancellationToken),
            new("De taak is vrijgegeven; iedereen kan haar nu oppakken.", "The task is released; anyone can take it now."),
            cancellationToken);

    [HandlerPermission(HostPermissions.WorkQueueHandle)]
    public async Task<IActionResult> OnPostAfhandelenAsync(Guid id, Guid stamp, string? notitie, CancellationToken cancellationToken)
    {
        if (notitie is not null && notitie.Trim().Length > WorkQueue.MaxNoteLength)
        {
            return await RejectAsync(
                StatusCodes.Status422UnprocessableEntity,
                new(
                    $"De notitie is {notitie.Trim().Length} tekens lang. Kort haar in tot ten hoogste {WorkQueue.MaxNoteLength} tekens; de taak is nog open.",
                    $"The note is {notitie.Trim().Length} characters long. Shorten it to at most {WorkQueue.MaxNoteLength} characters; the task is still open."),
                cancellationToken);
        }

        return await AfterChangeAsync(
            await queue.CloseAsync(id, stamp, notitie, cancellationToken),
            new("De taak is afgehandeld.", "The task is closed."),
            cancellationToken);
    }

    /// <summary>Returns the URL of this page with <paramref name="filter"/>.</summary>
    public static string PageUrl(WorkQueueFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);

        return "/werkvoorraad" + filter.ToQueryString();
    }

    /// <summary>Returns where a form of a row posts <paramref name="handler"/>, keeping the filter, so the user returns to the same view.</summary>
    public string HandlerUrl(string handler)
    {
        var query = Filter.ToQueryString();
        return $"/werkvoorraad?handler={handler}" + (query.Length == 0 ? string.Empty : "&" + query[1..]);
    }

    private async Task<IActionResult> AfterChangeAsync(WorkQueueChangeResult result, LocalizedText success, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case WorkQueueChangeResult.NotFound:
                return NotFound();

            case WorkQueueChangeResult.Stale:
                return await RejectAsync(
                    StatusCodes.Status409Conflict,
                    new(
                        "Iemand anders heeft deze taak intussen gewijzigd. Er is niets veranderd. Bekijk de taak hieronder zoals ze nu is en probeer het zo nodig opnieuw.",
                        "Someone else changed this task in the meantime. Nothing was changed. Check the task below as it is now and try again if needed."),
                    cancellationToken);

            case WorkQueueChangeResult.Closed:
                return await RejectAsync(
                    StatusCodes.Status409Conflict,
                    new("Deze taak is al afgehandeld en blijft gesloten. Er is niets veranderd.", "This task is already closed and stays closed. Nothing was changed."),
                    cancellationToken);

            case WorkQueueChangeResult.UnknownColleague:
                return await RejectAsync(
                    StatusCodes.Status422UnprocessableEntity,
                    new(
                        "Deze collega staat niet in de lijst van medewerkers van uw gemeente die taken behandelen. Kies een collega uit de lijst.",
                        "This colleague is not in the list of your municipality's staff who handle tasks. Choose a colleague from the list."),
                    cancellationToken);

            default:
                Message = Texts.T(success);
                return Redirect(PageUrl(WorkQueueFilter.Read(Request.Query)));
        }
    }

    private async Task<IActionResult> RejectAsync(int status, LocalizedText problem, CancellationToken cancellationToken)
    {
        Response.StatusCode = status;
        Problem = Texts.T(problem);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Filter = WorkQueueFilter.Read(Request.Query);
        Queue = await queue.ListAsync(Filter, cancellationToken);
        Colleagues = CanHandle ? queue.Colleagues : [];
    }
}
