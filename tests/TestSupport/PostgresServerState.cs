namespace TestSupport;

/// <summary>
/// The outcome of <see cref="PostgresServer"/>'s start: a server to use, or the reason why there is none.
/// </summary>
/// <param name="ConnectionString">The connection string of the maintenance database, or <see langword="null"/> when unavailable.</param>
/// <param name="UnavailableReason">What is missing and how to install it, or <see langword="null"/> when available.</param>
/// <param name="Cluster">The cluster that this process started, or <see langword="null"/> for a server from the environment.</param>
internal sealed record PostgresServerState(
    string? ConnectionString,
    string? UnavailableReason,
    LocalPostgresCluster? Cluster)
{
    public static PostgresServerState Unavailable(string reason) => new(null, reason, null);
}
