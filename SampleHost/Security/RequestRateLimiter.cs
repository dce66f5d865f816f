using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using SampleHost.Tenancy;

namespace SampleHost.Security;

/// <summary>
/// The host's request limits as one limiter: every request per signed-in user, or per IP address without a login,
/// and login posts per IP address, with the limits of <see cref="RateLimitOptions"/>.
/// </summary>
/// <remarks>
/// A partitioned limiter runs a timer until it is disposed, and that timer keeps everything it reaches in memory.
/// The container owns this limiter and disposes it when the host stops, so a stopped host can be collected. That
/// matters where one process starts many hosts, as the tests do.
/// </remarks>
internal sealed class RequestRateLimiter : IAsyncDisposable, IDisposable
{
    /// <summary>The BRP stand-in is a test double of an external API, so it is not limited.</summary>
    private const string BrpStandInPrefix = "/haalcentraal";

    private readonly PartitionedRateLimiter<HttpContext> _perClient;
    private readonly PartitionedRateLimiter<HttpContext> _perLoginAddress;
    private readonly PartitionedRateLimiter<HttpContext> _chained;

    public RequestRateLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        Limits = options.Value;
        _perClient = PerClient(Limits);
        _perLoginAddress = PerLoginAddress(Limits);
        _chained = PartitionedRateLimiter.CreateChained(_perClient, _perLoginAddress);
    }

    /// <summary>The limits this limiter applies.</summary>
    public RateLimitOptions Limits { get; }

    /// <summary>Acquires one permit for <paramref name="context"/>. Dispose the lease when the request ends.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(HttpContext context) =>
        _chained.AcquireAsync(context, permitCount: 1, context.RequestAborted);

    public async ValueTask DisposeAsync()
    {
        // Disposing a chained limiter leaves the limiters it chains alone.
        await _chained.DisposeAsync();
        await _perClient.DisposeAsync();
        await _perLoginAddress.DisposeAsync();
    }

    public void Dispose()
    {
        _chained.Dispose();
        _perClient.Dispose();
        _perLoginAddress.Dispose();
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
}
