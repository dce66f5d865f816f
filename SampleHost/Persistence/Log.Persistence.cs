namespace SampleHost;

/// <summary>
/// The log messages about the database connection: pooling and requests that failed because the database was
/// unreachable, event ids 11000-11099. They carry request ids and paths without a query string, never personal data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(11001, LogLevel.Warning, "Request {RequestId} to {Path} answered 503 because the database is unreachable: {Failure}")]
    public static partial void DatabaseUnavailable(ILogger logger, string requestId, string path, string failure, Exception exception);

    [LoggerMessage(11002, LogLevel.Information, "PostgreSQL connection pool built: Maximum Pool Size {MaxPoolSize}, Timeout {Timeout} s, Command Timeout {CommandTimeout} s, Keepalive {Keepalive} s, Connection Idle Lifetime {IdleLifetime} s")]
    public static partial void PostgreSqlPoolBuilt(ILogger logger, int maxPoolSize, int timeout, int commandTimeout, int keepalive, int idleLifetime);

    [LoggerMessage(11003, LogLevel.Warning, "Job {JobId} in gemeente {Gemeente} failed because the database is unreachable")]
    public static partial void JobDatabaseUnavailable(ILogger logger, string jobId, string gemeente, Exception exception);
}
