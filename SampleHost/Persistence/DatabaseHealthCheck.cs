using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SampleHost.Persistence;

/// <summary>Reports the host's database healthy when a connection opens and answers a query.</summary>
internal sealed class DatabaseHealthCheck(HostDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // CanConnectAsync returns false for a refused or broken connection and throws only on cancellation.
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, "The database did not accept a connection.");
    }
}
