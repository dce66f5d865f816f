using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using SampleHost.Screens;

namespace SampleHost.Api;

/// <summary>
/// The screen model and actions as JSON under <c>/api</c>, with the same permission checks and gemeente filter as
/// the HTML screens. Requests use the login cookie; a JSON body is required for actions, which browsers do not send
/// across sites without the server's consent, so no anti-forgery token is needed.
/// </summary>
internal static class ScreenApi
{
    /// <summary>Makes the login cookie answer API requests with 401 and 403 instead of redirects to the login page.</summary>
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

        api.MapGet("/screens", ListScreens);
        api.MapGet("/screens/{screenId}", (string screenId, ScreenCatalog catalog, ICurrentUser user, CancellationToken cancellationToken) =>
            GetScreenAsync(screenId, null, catalog, user, cancellationToken));
        api.MapGet("/screens/{screenId}/{recordId}", GetScreenAsync);
        api.MapPost("/actions/{actionId}", ExecuteActionAsync);
    }

    private static Ok<ScreenSummaryDto[]> ListScreens(ScreenCatalog catalog)
    {
        string[] slots = [HostSlots.Navigation, HostSlots.ClientTab, HostSlots.Page];
        return TypedResults.Ok(slots.SelectMany(catalog.InSlot).Select(ScreenJson.Summary).ToArray());
    }

    private static async Task<Results<Ok<ScreenDto>, NotFound, ForbidHttpResult>> GetScreenAsync(
        string screenId,
        string? recordId,
        ScreenCatalog catalog,
        ICurrentUser user,
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

        if (await screen.LoadAsync(new ScreenRequest(recordId), cancellationToken) is not { } content)
        {
            return TypedResults.NotFound();
        }

        var actions = content.Actions
            .Select(catalog.FindAction)
            .OfType<IActionHandler>()
            .Where(a => user.HasPermission(a.Definition.Permission))
            .ToList();

        return TypedResults.Ok(ScreenJson.Screen(screen, content, recordId, actions, CultureInfo.CurrentCulture));
    }

    private static async Task<Results<Ok<ActionResultDto>, ProblemHttpResult, NotFound, ForbidHttpResult>> ExecuteActionAsync(
        string actionId,
        ActionRequestDto body,
        ScreenCatalog catalog,
        ICurrentUser user,
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

        var submitted = body.Values ?? [];
        var unknown = submitted.Keys.Where(key => action.Definition.Inputs.All(i => i.Key != key)).ToList();
        if (unknown.Count > 0)
        {
            return InvalidParams(unknown.Select(key => new FieldError(key, new LocalizedText(
                $"Dit veld hoort niet bij de actie {actionId}. Verwijder het.",
                $"This field is not an input of the action {actionId}. Remove it.")))
                .ToList());
        }

        var values = action.Definition.Inputs.ToDictionary(i => i.Key, i => submitted.GetValueOrDefault(i.Key), StringComparer.Ordinal);
        var result = await action.ExecuteAsync(new ActionRequest(body.RecordId, values), cancellationToken);
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

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task WriteStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>One wrong field: its key and what to do, in Dutch and English.</summary>
    private sealed record InvalidParamDto(string Name, string Reason, string ReasonEn);
}
