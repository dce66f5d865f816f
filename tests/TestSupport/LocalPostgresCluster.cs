using System.ComponentModel;
using Npgsql;

namespace TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder, listening on a free port of 127.0.0.1.
/// </summary>
/// <remarks>
/// The cluster trusts every local connection and runs with <c>fsync=off</c>, so it is fit for tests only.
/// As root, <c>initdb</c> and <c>pg_ctl</c> run as the <c>postgres</c> user through <c>runuser</c>, because
/// PostgreSQL refuses to run as root.
/// </remarks>
public sealed partial class LocalPostgresCluster : IDisposable
{
    private const string ServiceUser = "postgres";
    private const string Superuser = "postgres";
    private const int LogTailLineCount = 30;

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string _binDirectory;
    private readonly string _directory;
    private readonly bool _runAsServiceUser;
    private ClusterWatchdog? _watchdog;
    private bool _disposed;

    private LocalPostgresCluster(string binDirectory, string directory, int port, bool runAsServiceUser)
    {
        _binDirectory = binDirectory;
        _directory = directory;
        _runAsServiceUser = runAsServiceUser;
        Port = port;
    }

    /// <summary>
    /// Gets the TCP port on 127.0.0.1 that the server listens on.
    /// </summary>
    public int Port { get; }

    /// <summary>
    /// Gets the connection string of the <c>postgres</c> database, as the superuser <c>postgres</c>.
    /// </summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = "postgres",
    }.ConnectionString;

    private string DataDirectory => Path.Combine(_directory, "data");

    private string LogFile => Path.Combine(_directory, "log");

    private string[] StopArguments => ["-D", DataDirectory, "-m", "fast", "-w", "stop"];

    /// <summary>
    /// Creates a cluster with the programs in <paramref name="binDirectory"/> and starts its server.
    /// </summary>
    /// <exception cref="PostgresStartException">A command failed or timed out; the message contains its output and the server log.</exception>
    public static async Task<LocalPostgresCluster> StartAsync(string binDirectory)
    {
        var runAsServiceUser = Environment.UserName == "root";
        var directory = Directory.CreateTempSubdirectory("inburgering-postgres-").FullName;
        var cluster = new LocalPostgresCluster(binDirectory, directory, FreePort.Next(), runAsServiceUser);

        try
        {
            await cluster.InitializeAsync();

            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stops the server with <c>pg_ctl -m fast stop</c> and deletes the cluster's folder.
    /// </summary>
    /// <remarks>
    /// Failures are written to standard error and not thrown, because this also runs when the process exits.
    /// </remarks>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        if (Directory.Exists(DataDirectory))
        {
            StopServer();
        }

        DeleteDirectory();
        _watchdog?.Dispose();
    }

    private async Task InitializeAsync()
    {
        if (_runAsServiceUser)
        {
            await RunRequiredAsync("chown", [$"{ServiceUser}:", _directory]);
        }

        _watchdog = ClusterWatchdog.Start(_directory, PostgresCommand("pg_ctl", StopArguments));

        await RunPostgresProgramAsync(
            "initdb",
            ["-D", DataDirectory, "-A", "trust", "-U", Superuser, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);

        await StartServerAsync();
    }

    /// <summary>Starts the server of the initialised cluster and waits until it accepts connections.</summary>
    private Task StartServerAsync()
    {
        // pg_ctl hands the -o string to a shell, so the socket folder is quoted. The server allows more connections
        // than PostgreSQL's default of 100 because every database has its own Npgsql pool, which keeps idle
        // connections open for up to 300 s (Npgsql's default ConnectionIdleLifetime).
        var serverOptions =
            $"-p {Port} -k '{_directory}' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300";
        return RunPostgresProgramAsync(
            "pg_ctl",
            ["-D", DataDirectory, "-o", serverOptions, "-l", LogFile, "-w", "-t", "60", "start"]);
    }

    private void StopServer()
    {
        try
        {
            var command = PostgresCommand("pg_ctl", StopArguments);
            var result = CommandRunner.RunAsync(command[0], command[1..], _directory, CommandTimeout)
                .GetAwaiter()
                .GetResult();

            // pg_ctl exits with 1 and "PID file ... does not exist" when no server runs, which needs no report.
            if (!result.Succeeded && !result.Output.Contains("does not exist", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"Stopping the test PostgreSQL server failed: '{result.CommandLine}' exited with {result.ExitCode}.{Environment.NewLine}{result.Output}");
            }
        }
        catch (Exception exception) when (exception is Win32Exception or TimeoutException)
        {
            Console.Error.WriteLine($"Stopping the test PostgreSQL server in {_directory} failed: {exception.Message}");
        }
    }

    private void DeleteDirectory()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Deleting the test PostgreSQL folder {_directory} failed: {exception.Message}");
        }
    }

    private async Task RunPostgresProgramAsync(string program, IReadOnlyList<string> arguments)
    {
        var result = await RunPostgresCommandAsync(program, arguments);

        ThrowIfFailed(result);
    }

    private async Task RunRequiredAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var result = await RunAsync(fileName, arguments);

        ThrowIfFailed(result);
    }

    private Task<CommandResult> RunPostgresCommandAsync(string program, IReadOnlyList<string> arguments)
    {
        var command = PostgresCommand(program, arguments);

        return RunAsync(command[0], command[1..]);
    }

    /// <summary>
    /// Returns the command line that runs a PostgreSQL program, through <c>runuser</c> when this process is root.
    /// </summary>
    private string[] PostgresCommand(string program, IReadOnlyList<string> arguments)
    {
        var programPath = Path.Combine(_binDirectory, program);
        if (!_runAsServiceUser)
        {
            return [programPath, .. arguments];
        }

        return ["runuser", "-u", ServiceUser, "--", programPath, .. arguments];
    }

    private async Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        try
        {
            // The cluster folder is the working folder because the postgres user may not read the current one.
            return await CommandRunner.RunAsync(fileName, arguments, _directory, CommandTimeout);
        }
        catch (Win32Exception exception)
        {
            throw new PostgresStartException($"Starting '{fileName}' failed: {exception.Message}", exception);
        }
        catch (TimeoutException exception)
        {
            throw new PostgresStartException($"{exception.Message}{Environment.NewLine}{ReadLogTail()}", exception);
        }
    }

    private void ThrowIfFailed(CommandResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        throw new PostgresStartException(
            $"Starting a throwaway PostgreSQL cluster failed: '{result.CommandLine}' exited with {result.ExitCode}." +
            $"{Environment.NewLine}{result.Output.TrimEnd()}{Environment.NewLine}{ReadLogTail()}");
    }

    private string ReadLogTail()
    {
        if (!File.Exists(LogFile))
        {
            return $"The server log {LogFile} does not exist.";
        }

        var lines = File.ReadAllLines(LogFile);
        var tail = lines.Skip(Math.Max(0, lines.Length - LogTailLineCount));

        return $"Last lines of the server log {LogFile}:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}";
    }
}
