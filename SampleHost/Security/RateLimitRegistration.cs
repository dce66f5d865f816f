using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SampleHost.Tenancy;

namespace SampleHost.Security;

/// <summary>
/// Limits requests per signed-in user, or per IP address without a login, and login posts per IP address, with
/// the limits of <see cref="RateLimitOptions"/>. A rejected request gets 429 with a <c>Retry-After</c> header:
/// problem+json under <c>/api</c>, the error page elsewhere.
/// </summary>
internal static class RateLimitRegistration
{
    private const string ApiPrefix = "/api";

    /// <summary>The BRP stand-in is a test double of an external API, so it is not limited.</summary>
    private const string BrpStandInPrefix = "/haalcentraal";

    public static IServiceCollection AddRequestRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.PermitLimit > 0 && o.LoginPermitLimit > 0, "RateLimiting:PermitLimit and RateLimiting:LoginPermitLimit must be at least 1.")
            .Validate(o => o.Window > TimeSpan.Zero && o.LoginWindow > TimeSpan.Zero, "RateLimiting:Window and RateLimiting:LoginWindow must be longer than zero, for example 00:01:00.")
            .ValidateOnStart();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerClient(limits.Value), PerLoginAddress(limits.Value));
            limiter.OnRejected = (context, _) => RejectAsync(context, limits.Value);
        });

        return services;
    }

    /// <summary>Every request, by signed-in user or else by IP address.</summary>
    private static PartitionedRateLimiter<HttpContext> PerClient(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (IsExempt(context, limits))
            {
                return RateLimitPartition.GetNoLimiter("exempt");
            }

            var key = context.User.FindFirst(HostClaimTypes.UserId)?.Value is { } userId
                ? "user:" + userId
                : "ip:" + context.Connection.RemoteIpAddress;
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(limits.PermitLimit, limits.Window));
        });

    /// <summary>Login posts by IP address. Other requests pass.</summary>
    private static PartitionedRateLimiter<HttpContext> PerLoginAddress(RateLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (IsExempt(context, limits) || !IsLogin(context.Request, limits))
            {
                return RateLimitPartition.GetNoLimiter("not-a-login");
            }

            return RateLimitPartition.GetFixedWindowLimiter("login:" + context.Connection.RemoteIpAddress, _ => Window(limits.LoginPermitLimit, limits.LoginWindow));
        });

    /// <summary>
    /// Whether the request is not limited: limits are off, it is for the BRP stand-in, or it is the error page that
    /// the status code pages run for a rejected request (which would be rejected again and show nothing).
    /// </summary>
    private static bool IsExempt(HttpContext context, RateLimitOptions limits) =>
        !limits.Enabled
        || context.Request.Path.StartsWithSegments(BrpStandInPrefix, StringComparison.OrdinalIgnoreCase)
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    private static bool IsLogin(HttpRequest request, RateLimitOptions limits) =>
        HttpMethods.IsPost(request.Method) && limits.LoginPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    private static FixedWindowRateLimiterOptions Window(int permitLimit, TimeSpan window) => new()
    {
        PermitLimit = permitLimit,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitOptions limits)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limits.Window;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitRegistration).FullName!);
        Log.RequestRateLimited(logger, http.Request.Method, http.GetEndpoint()?.DisplayName ?? "(no endpoint)");

        if (!http.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            // The status code pages show the error page for 429 when the body stays empty.
            return;
        }

        await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: Texts.T("Te veel verzoeken", "Too many requests"),
                detail: Texts.T(
                    $"U heeft te veel verzoeken gedaan. Probeer het over {http.Response.Headers.RetryAfter} seconden opnieuw.",
                    $"You made too many requests. Try again in {http.Response.Headers.RetryAfter} seconds."))
            .ExecuteAsync(http);
    }
}
