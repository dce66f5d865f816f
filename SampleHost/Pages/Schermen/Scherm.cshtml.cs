using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Screens;

namespace SampleHost.Pages.Schermen;

/// <summary>Renders a plugin screen and carries out the actions submitted from it.</summary>
internal sealed class SchermModel(ScreenCatalog catalog, ICurrentUser user) : PageModel
{
    public ScreenView View { get; private set; } = null!;

    /// <summary>The message of the action that led here, shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string screenId, string? recordId, CancellationToken cancellationToken) =>
        await RenderAsync(screenId, recordId, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string screenId, string? recordId, string? actionId, CancellationToken cancellationToken)
    {
        if (actionId is null || catalog.FindAction(actionId) is not { } action)
        {
            return NotFound();
        }

        if (!user.HasPermission(action.Definition.Permission))
        {
            return Forbid();
        }

        var values = action.Definition.Inputs.ToDictionary(
            input => input.Key,
            input => (string?)Request.Form[input.Key].FirstOrDefault(),
            StringComparer.Ordinal);

        var result = await action.ExecuteAsync(new ActionRequest(recordId, values), cancellationToken);
        if (result.Succeeded)
        {
            Message = result.Message?.For(CultureInfo.CurrentUICulture);
            return Redirect(ScreenView.Url(result.NavigateTo ?? new ScreenLink(screenId, recordId)));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await RenderAsync(screenId, recordId, view => view with
        {
            FailedActionId = action.Definition.Id,
            Errors = result.Errors,
            SubmittedValues = values,
        }, cancellationToken);
    }

    private async Task<IActionResult> RenderAsync(string screenId, string? recordId, Func<ScreenView, ScreenView>? decorate, CancellationToken cancellationToken)
    {
        if (catalog.FindScreen(screenId) is not { } screen)
        {
            return NotFound();
        }

        if (!user.HasPermission(screen.Definition.ViewPermission))
        {
            return Forbid();
        }

        if (await screen.LoadAsync(new ScreenRequest(recordId), cancellationToken) is not { } content)
        {
            return NotFound();
        }

        var actions = content.Actions
            .Select(catalog.FindAction)
            .OfType<IActionHandler>()
            .Where(a => user.HasPermission(a.Definition.Permission))
            .ToList();

        var view = new ScreenView(screen, content, recordId, actions);
        View = decorate is null ? view : decorate(view);
        return Page();
    }
}
