namespace TestSupport;

/// <summary>Stops, starts and restarts the server of a <see cref="LocalPostgresCluster"/>, for tests of a database outage.</summary>
public sealed partial class LocalPostgresCluster
{
    /// <summary>
    /// Restarts the server with <c>pg_ctl restart -m fast</c>: open sessions are ended with SQLSTATE 57P01, and the
    /// call returns when the server accepts connections again.
    /// </summary>
    /// <exception cref="PostgresStartException">pg_ctl failed or timed out; the message contains the server log.</exception>
    public Task RestartAsync() =>
        RunPostgresProgramAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-m", "fast", "-w", "-t", "60", "restart"]);

    /// <summary>Stops the server with <c>pg_ctl stop -m fast</c>; the cluster's files stay, so <see cref="StartAgainAsync"/> can start it.</summary>
    /// <exception cref="PostgresStartException">pg_ctl failed or timed out; the message contains the server log.</exception>
    public Task StopAsync() => RunPostgresProgramAsync("pg_ctl", StopArguments);

    /// <summary>Starts the server after <see cref="StopAsync"/>, on the same port and with the same settings.</summary>
    /// <exception cref="PostgresStartException">pg_ctl failed or timed out; the message contains the server log.</exception>
    public Task StartAgainAsync() => StartServerAsync();
}
