using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SampleHost.Persistence;

/// <summary>Reports the host's database healthy when a connection to it opens.</summary>
internal sealed class DatabaseHealthCheck(HostDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A refused connection gives false or an exception, and the health check service reports both as unhealthy.
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The database did not accept a connection.");
    }
}
