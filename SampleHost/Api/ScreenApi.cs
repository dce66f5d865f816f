using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using SampleHost.Downloads;
using SampleHost.Plugins;
using SampleHost.Screens;
using SampleHost.Security;
using SampleHost.Uploads;

namespace SampleHost.Api;

/// <summary>
/// The screen model and actions as JSON under <c>/api</c>, with the same permission checks and gemeente filter as
/// the HTML screens. Requests use the login cookie or an API client's key. Actions take a JSON body only, and
/// browsers send no JSON body across sites without the server's consent, so no anti-forgery token is needed.
/// </summary>
internal static class ScreenApi
{
    /// <summary>Makes the login cookie return 401 and 403 for API requests instead of redirects to the login page.</summary>
    public static IServiceCollection AddScreenApi(this IServiceCollection services)
    {
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            var redirectToLogin = options.Events.OnRedirectToLogin;
            var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? WriteStatus(context.Response, StatusCodes.Status401Unauthorized)
                : redirectToLogin(context);
            options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? WriteStatus(context.Response, StatusCodes.Status403Forbidden)
                : redirectToAccessDenied(context);
        });

        return services;
    }

    public static void MapScreenApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Screens");

        api.MapGet("/screens", ListScreens).WithMetadata(new SignedInAttribute());
        api.MapGet("/screens/{screenId}", (string screenId, HttpRequest request, ScreenCatalog catalog, DownloadCatalog downloads, PluginInvoker invoker, ICurrentUser user, ITenantContext tenant, RecordAccessLog accessLog, CancellationToken cancellationToken) =>
                GetScreenAsync(screenId, null, request, catalog, downloads, invoker, user, tenant, accessLog, cancellationToken))
            .WithMetadata(new SignedInAttribute(), new ContributionAccessAttribute(ContributionKind.Screen, "screenId"));
        api.MapGet("/screens/{screenId}/{recordId}", GetScreenAsync)
            .WithMetadata(new SignedInAttribute(), new ContributionAccessAttribute(ContributionKind.Screen, "screenId"));
        api.MapPost("/actions/{actionId}", ExecuteActionAsync)
            .WithMetadata(new SignedInAttribute(), new ContributionAccessAttribute(ContributionKind.Action, "actionId"));
    }

    private static Ok<ScreenSummaryDto[]> ListScreens(ScreenCatalog catalog)
    {
        string[] slots = [HostSlots.Navigation, HostSlots.ClientTab, HostSlots.Page, HostSlots.Dashboard];
        return TypedResults.Ok(slots.SelectMany(catalog.InSlot).Select(ScreenJson.Summary).ToArray());
    }

    private static async Task<Results<Ok<ScreenDto>, NotFound, ForbidHttpResult, ProblemHttpResult>> GetScreenAsync(
        string screenId,
        string? recordId,
        HttpRequest request,
        ScreenCatalog catalog,
        DownloadCatalog downloads,
        PluginInvoker invoker,
        ICurrentUser user,
        ITenantContext tenant,
        RecordAccessLog accessLog,
        CancellationToken cancellationToken)
    {
        if (catalog.FindScreen(screenId) is not { } screen)
        {
            return TypedResults.NotFound();
        }

        if (!user.HasPermission(screen.Definition.ViewPermission))
        {
            return TypedResults.Forbid();
        }

        var query = ListQueryParameters.Read(request.Query);
        var screenRequest = new ScreenRequest(recordId) { List = query };
        var load = await invoker.InvokeContributionAsync(
            screen,
            tenant.Current,
            $"screen {screen.Definition.Id}",
            token => screen.LoadAsync(screenRequest, token),
            cancellationToken);
        if (load.Outcome == PluginCallOutcome.Failed)
        {
            return Unavailable();
        }

        if (load.Outcome == PluginCallOutcome.NotEnabled || load.Value is not { } content)
        {
            if (recordId is not null)
            {
                accessLog.NotFound(screen.Definition.Id, recordId);
            }

            return TypedResults.NotFound();
        }

        if (content.IsRefused)
        {
            return Refused(content);
        }

        var actions = content.Actions
            .Select(catalog.FindAction)
            .OfType<IActionHandler>()
            .Where(a => user.HasPermission(a.Definition.Permission))
            .ToList();

        return TypedResults.Ok(ScreenJson.Screen(screen, new FieldAccess(user).Filter(content, downloads), recordId, actions, query, CultureInfo.CurrentCulture));
    }

    private static async Task<Results<Ok<ActionResultDto>, ProblemHttpResult, NotFound, ForbidHttpResult>> ExecuteActionAsync(
        string actionId,
        ActionRequestDto body,
        ScreenCatalog catalog,
        PluginInvoker invoker,
        ICurrentUser user,
        ITenantContext tenant,
        CancellationToken cancellationToken)
    {
        if (catalog.FindAction(actionId) is not { } action)
        {
            return TypedResults.NotFound();
        }

        if (!user.HasPermission(action.Definition.Permission))
        {
            return TypedResults.Forbid();
        }

        if (FileActionProblem.TakesFile(action.Definition))
        {
            return FileActionProblem.For(action.Definition);
        }

        var submitted = body.Values ?? [];
        var unknown = submitted.Keys.Where(key => action.Definition.Inputs.All(i => i.Key != key)).ToList();
        if (unknown.Count > 0)
        {
            return InvalidParams(unknown.Select(key => new FieldError(key, new LocalizedText(
                $"Dit veld hoort niet bij de actie {actionId}. Verwijder het.",
                $"This field is not an input of the action {actionId}. Remove it.")))
                .ToList());
        }

        var (values, inputErrors) = ActionInputValidator.Validate(action.Definition, submitted, user);
        if (inputErrors.Count > 0)
        {
            return InvalidParams(inputErrors);
        }

        var actionRequest = new ActionRequest(body.RecordId, values) { ExpectedVersion = body.ExpectedVersion };
        var call = await invoker.InvokeContributionAsync(
            action,
            tenant.Current,
            $"action {action.Definition.Id}",
            token => action.ExecuteAsync(actionRequest, token),
            cancellationToken);
        if (call.Outcome == PluginCallOutcome.Failed)
        {
            return Unavailable();
        }

        if (call.Outcome == PluginCallOutcome.NotEnabled || call.Value is not { } result)
        {
            return TypedResults.NotFound();
        }

        if (result.IsConflict)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "De gegevens zijn intussen gewijzigd. / The data changed in the meantime.",
                detail: result.Message?.For(CultureInfo.CurrentUICulture));
        }

        if (!result.Succeeded)
        {
            return InvalidParams(result.Errors);
        }

        return TypedResults.Ok(new ActionResultDto(
            true,
            result.NavigateTo is { } link ? ScreenJson.Link(link) : null,
            result.Message is { } message ? ScreenJson.Text(message) : null));
    }

    /// <summary>Returns problem+json with status 422 that names every field that is wrong, as the NL API Design Rules describe.</summary>
    private static ProblemHttpResult InvalidParams(IReadOnlyList<FieldError> errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "De invoer is ongeldig. / The input is invalid.",
        detail: string.Join(" ", errors.Select(e => e.Message.For(CultureInfo.CurrentUICulture))),
        extensions: new Dictionary<string, object?>
        {
            ["invalidParams"] = errors.Select(e => new InvalidParamDto(e.FieldKey, e.Message.Nl, e.Message.En)).ToArray(),
        });

    /// <summary>Returns problem+json with status 403 and the screen's reason, for a screen that refuses its record.</summary>
    private static ProblemHttpResult Refused(ScreenContent content) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "U heeft geen toegang tot dit record. / You have no access to this record.",
        detail: string.Join(" ", content.Sections.SelectMany(s => s.Elements).OfType<TextElement>().Select(t => t.Text.For(CultureInfo.CurrentUICulture))));

    /// <summary>Returns problem+json with status 503 for a plugin that failed; the guard has logged the error.</summary>
    private static ProblemHttpResult Unavailable() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Dit onderdeel is tijdelijk niet beschikbaar. / This part is temporarily unavailable.");

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task WriteStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>One wrong field: its key and what to do, in Dutch and English.</summary>
    private sealed record InvalidParamDto(string Name, string Reason, string ReasonEn);
}
