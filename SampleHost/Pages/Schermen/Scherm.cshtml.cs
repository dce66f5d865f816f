using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SampleHost.Downloads;
using SampleHost.Plugins;
using SampleHost.Screens;
using SampleHost.Security;
using SampleHost.Uploads;

namespace SampleHost.Pages.Schermen;

/// <summary>
/// Renders a plugin screen and carries out the actions submitted from it. Every call into the plugin goes through
/// <see cref="PluginInvoker"/>: a screen that throws shows a placeholder, an action that throws a form-level error.
/// </summary>
[SignedIn]
internal sealed class SchermModel(
    ScreenCatalog catalog,
    PluginInvoker invoker,
    ICurrentUser user,
    FieldAccess fieldAccess,
    DownloadCatalog downloads,
    RecordAccessLog accessLog,
    ITenantContext tenant,
    IOptions<UploadOptions> uploadOptions,
    ILogger<SchermModel> logger) : PageModel
{
    public ScreenView View { get; private set; } = null!;

    /// <summary>The message of the action that led here, shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    [ContributionAccess(ContributionKind.Screen, "screenId")]
    public async Task<IActionResult> OnGetAsync(string screenId, string? recordId, CancellationToken cancellationToken) =>
        await RenderAsync(screenId, recordId, null, cancellationToken);

    [ContributionAccess(ContributionKind.Action, "actionId")]
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

        var submitted = ScreenForm.Values(action.Definition, Request.Form);
        var (values, valueErrors) = ActionInputValidator.Validate(action.Definition, submitted, user);
        var (files, fileErrors) = ValidateFiles(action.Definition);
        var inputErrors = valueErrors.Concat(fileErrors).ToList();
        Host.Abstractions.ActionResult result;
        if (inputErrors.Count > 0)
        {
            result = Host.Abstractions.ActionResult.Invalid(inputErrors);
        }
        else
        {
            var request = new ActionRequest(recordId, values)
            {
                ExpectedVersion = Request.Form[ScreenForm.VersionField].FirstOrDefault(),
                Files = files,
            };
            var call = await invoker.InvokeContributionAsync(
                action,
                tenant.Current,
                $"action {action.Definition.Id}",
                token => action.ExecuteAsync(request, token),
                cancellationToken);

            if (call.Outcome == PluginCallOutcome.NotEnabled)
            {
                return NotFound();
            }

            if (call.Outcome == PluginCallOutcome.Failed)
            {
                // The plugin threw, which is no fault of the input: the form comes back with the user's values and
                // a form-level error, with 503 because this part is unavailable.
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return await RenderAsync(screenId, recordId, view => view with
                {
                    FailedActionId = action.Definition.Id,
                    Errors = [PluginPlaceholder.ActionError],
                    SubmittedValues = submitted,
                }, cancellationToken);
            }

            result = call.Value!;
        }

        if (result.Succeeded)
        {
            Message = result.Message?.For(CultureInfo.CurrentUICulture);
            return Redirect(ScreenView.Url(result.NavigateTo ?? new ScreenLink(screenId, recordId)));
        }

        Response.StatusCode = result.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return await RenderAsync(screenId, recordId, view => view with
        {
            FailedActionId = action.Definition.Id,
            Errors = result.Errors,
            SubmittedValues = submitted,
            Conflict = result.IsConflict ? result.Message : null,
        }, cancellationToken);
    }

    /// <summary>Checks the uploaded files of <paramref name="action"/>; a file over the maximum size is logged without its name.</summary>
    private (IReadOnlyDictionary<string, ActionFile> Files, IReadOnlyList<FieldError> Errors) ValidateFiles(ActionDefinition action)
    {
        var maxBytes = uploadOptions.Value.MaxBytes;
        var form = UploadedForm.Of(HttpContext);
        foreach (var (fieldKey, length) in form?.TooLarge ?? new Dictionary<string, long>())
        {
            Log.UploadTooLarge(logger, action.Id, fieldKey, length, maxBytes);
        }

        return UploadValidator.Validate(action, form, maxBytes, user);
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

        var query = ListQueryParameters.Read(Request.Query);
        var request = new ScreenRequest(recordId) { List = query };
        var load = await invoker.InvokeContributionAsync(
            screen,
            tenant.Current,
            $"screen {screen.Definition.Id}",
            token => screen.LoadAsync(request, token),
            cancellationToken);

        if (load.Outcome == PluginCallOutcome.Failed)
        {
            var placeholder = new ScreenView(screen, PluginPlaceholder.Content, recordId, []) { Query = query };
            View = decorate is null ? placeholder : decorate(placeholder);
            return Page();
        }

        if (load.Outcome == PluginCallOutcome.NotEnabled || load.Value is not { } content)
        {
            if (recordId is not null)
            {
                accessLog.NotFound(screen.Definition.Id, recordId);
            }

            return NotFound();
        }

        if (content.IsRefused)
        {
            // The screen explains the refusal in its sections; it offers no actions.
            Response.StatusCode = StatusCodes.Status403Forbidden;
            View = new ScreenView(screen, content, recordId, []) { Query = query };
            return Page();
        }

        var actions = content.Actions
            .Select(catalog.FindAction)
            .OfType<IActionHandler>()
            .Where(a => user.HasPermission(a.Definition.Permission))
            .ToList();

        var view = new ScreenView(screen, fieldAccess.Filter(content, downloads), recordId, actions) { Query = query };
        View = decorate is null ? view : decorate(view);
        return Page();
    }
}
