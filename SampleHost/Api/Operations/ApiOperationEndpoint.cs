using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SampleHost.Plugins;

namespace SampleHost.Api.Operations;

/// <summary>
/// Serves one request to a plugin's <see cref="IApiOperation"/>, after authentication let a signed-in caller through:
/// checks that the plugin is enabled in the caller's gemeente (404), the permission (403), the
/// <c>Idempotency-Key</c> header (400), the body's media type (415) and size (413), calls the plugin through the
/// host's guard (500 when it throws) and writes its response.
/// </summary>
internal static class ApiOperationEndpoint
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static async Task HandleAsync(HttpContext context, RegisteredApiOperation registered)
    {
        var services = context.RequestServices;
        var definition = registered.Definition;
        var operation = ApiOperationCatalog.Resolve(services, definition.OperationId);
        if (operation is null || !services.GetRequiredService<PluginAvailability>().IsAvailable(operation))
        {
            await ApiProblemWriter.WriteAsync(context, StatusCodes.Status404NotFound);
            return;
        }

        if (!services.GetRequiredService<ICurrentUser>().HasPermission(definition.Permission))
        {
            await ApiProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden);
            return;
        }

        var idempotencyKey = context.Request.Headers[IdempotencyKeyHeader].FirstOrDefault();
        if (definition.RequiresIdempotencyKey && string.IsNullOrWhiteSpace(idempotencyKey))
        {
            await ApiProblemWriter.WriteAsync(context, StatusCodes.Status400BadRequest, ApiProblemTexts.Title(400), ApiProblemTexts.IdempotencyKeyMissing,
                [new ApiInvalidParameter(IdempotencyKeyHeader, "required", ApiProblemTexts.IdempotencyKeyMissing)]);
            return;
        }

        var (body, bodyStatus) = registered.AcceptsBody ? await ReadBodyAsync(context) : (null, 0);
        await using (body)
        {
            if (bodyStatus != 0)
            {
                LogRejected(context, definition.OperationId, bodyStatus);
                await ApiProblemWriter.WriteAsync(context, bodyStatus);
                return;
            }

            var request = new ApiRequest(PathValues(context, registered), Query(context.Request))
            {
                IdempotencyKey = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim(),
                Body = body,
            };
            await InvokeAsync(context, operation, request);
        }
    }

    private static async Task InvokeAsync(HttpContext context, IApiOperation operation, ApiRequest request)
    {
        var services = context.RequestServices;
        var call = await services.GetRequiredService<PluginInvoker>().InvokeContributionAsync(
            operation,
            services.GetRequiredService<ITenantContext>().Current,
            $"API operation {operation.Definition.OperationId}",
            token => operation.HandleAsync(request, token),
            context.RequestAborted);

        switch (call)
        {
            case { Outcome: PluginCallOutcome.Failed }:
                // The guard logged the exception; the caller gets no detail of it.
                await ApiProblemWriter.WriteAsync(context, StatusCodes.Status500InternalServerError);
                return;
            case { Outcome: PluginCallOutcome.NotEnabled } or { Value: null }:
                await ApiProblemWriter.WriteAsync(context, StatusCodes.Status404NotFound);
                return;
            case { Value.Problem: { } problem } failure:
                await ApiProblemWriter.WriteAsync(context, failure.Value.Status, problem);
                return;
        }

        var response = call.Value;
        context.Response.StatusCode = response.Status;
        if (response.Location is { } location)
        {
            context.Response.Headers.Location = $"{ApiVersion.Root}/{location.TrimStart('/')}";
        }

        if (!response.Json.IsEmpty)
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = response.Json.Length;
            await context.Response.Body.WriteAsync(response.Json, context.RequestAborted);
        }
    }

    /// <summary>
    /// Reads the body into memory when there is one: returns status 415 when it is not declared as JSON and 413 when
    /// it is larger than <see cref="ApiOptions.MaxRequestBytes"/>, whether or not the client sent its length.
    /// </summary>
    private static async Task<(Stream? Body, int Status)> ReadBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return (null, 0);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType);
        }

        var maxBytes = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBytes;
        if (request.ContentLength > maxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        // Kestrel's own limit (30 MB by default) would cut a larger configured limit short.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1;
        }

        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    await buffer.DisposeAsync();
                    return (null, StatusCodes.Status413PayloadTooLarge);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel stops a body without Content-Length as soon as it passes the limit set above.
            await buffer.DisposeAsync();
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        buffer.Position = 0;
        return (buffer, 0);
    }

    private static Dictionary<string, string> PathValues(HttpContext context, RegisteredApiOperation registered) =>
        registered.PathParameters.ToDictionary(
            name => name,
            name => Convert.ToString(context.Request.RouteValues[name], CultureInfo.InvariantCulture) ?? string.Empty,
            StringComparer.Ordinal);

    private static Dictionary<string, string?> Query(HttpRequest request) =>
        request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.FirstOrDefault(), StringComparer.Ordinal);

    private static void LogRejected(HttpContext context, string operationId, int status)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiOperationEndpoint).FullName!);
        Log.ApiRequestRejected(logger, operationId, status, status == StatusCodes.Status413PayloadTooLarge ? "body too large" : "body not declared as application/json");
    }
}
