using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SampleHost.Persistence;

namespace SampleHost.Hosting;

/// <summary>
/// The health endpoints for a load balancer in front of several instances: <c>/health/live</c> (the process responds)
/// and <c>/health/ready</c> (the database accepts connections too). Both are anonymous and return only <c>Healthy</c> or
/// <c>Unhealthy</c>, with 200 or 503.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>How long the readiness check waits for the database before it reports it unhealthy.</summary>
    private static readonly TimeSpan s_databaseTimeout = TimeSpan.FromSeconds(3);

    public static void AddHostHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [ReadyTag], s_databaseTimeout);

    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous().DisableRateLimiting();
    }
}
