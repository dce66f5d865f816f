using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SampleHost.Security;

/// <summary>
/// Applies <see cref="RequestRateLimiter"/> to every request except endpoints marked with
/// <see cref="RateLimiterEndpointConventionBuilderExtensions.DisableRateLimiting{TBuilder}(TBuilder)"/>. A rejected
/// request gets 429 with a <c>Retry-After</c> header: problem+json under <c>/api</c>, the error page elsewhere.
/// </summary>
/// <remarks>
/// The host has its own middleware instead of ASP.NET Core's <c>UseRateLimiter</c>. That middleware (ASP.NET Core
/// 10) starts an endpoint limiter with a timer that nothing disposes, so every stopped host stayed in memory.
/// </remarks>
internal sealed class RequestRateLimitingMiddleware(RequestDelegate next, RequestRateLimiter limiter, ILogger<RequestRateLimitingMiddleware> logger)
{
    private const string ApiPrefix = "/api";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null)
        {
            await next(context);
            return;
        }

        using var lease = await limiter.AcquireAsync(context);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        await RejectAsync(context, lease);
    }

    private async Task RejectAsync(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limiter.Limits.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds;
        Log.RequestRateLimited(logger, context.Request.Method, context.GetEndpoint()?.DisplayName ?? "(no endpoint)");

        if (!context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // The status code pages show the error page for 429 when the body stays empty.
            return;
        }

        await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: Texts.T("Te veel verzoeken", "Too many requests"),
                detail: Texts.T(
                    $"U heeft te veel verzoeken gedaan. Probeer het over {seconds} seconden opnieuw.",
                    $"You made too many requests. Try again in {seconds} seconds."))
            .ExecuteAsync(context);
    }
}
