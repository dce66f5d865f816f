namespace SampleHost.Api.Operations;

/// <summary>
/// Applies the NL API Design Rules to every response under <c>/api/v1</c>, whatever wrote it: the
/// <c>API-Version</c> header, 404 for a path with a trailing slash (no redirect), and a problem+json body for an
/// error that the framework wrote without one, such as 401 from authentication, 404 for an unknown path or 405 from
/// routing (whose <c>Allow</c> header stays).
/// </summary>
internal static class ApiResponseConventions
{
    public static IApplicationBuilder UseApiResponseConventions(this IApplicationBuilder app) =>
        app.UseWhen(context => ApiVersion.IsApiRequest(context.Request), api => api.Use(ApplyAsync));

    private static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[ApiVersion.HeaderName] = ApiVersion.Full;
            return Task.CompletedTask;
        });

        // Routing treats "/notities/" as "/notities"; the rules ask for 404 so that each resource has one URI.
        if (context.Request.Path.Value is { Length: > 1 } path && path.EndsWith('/'))
        {
            await ApiProblemWriter.WriteAsync(context, StatusCodes.Status404NotFound);
            return;
        }

        await next(context);

        var response = context.Response;
        if (response is { HasStarted: false, StatusCode: >= 400, ContentType: null } && response.ContentLength is null or 0)
        {
            await ApiProblemWriter.WriteAsync(context, response.StatusCode);
        }
    }
}
