using System.ComponentModel;
using System.Text.RegularExpressions;
using Npgsql;

namespace TestSupport;

/// <summary>
/// A PostgreSQL server that all tests of one process share, with a fresh database for each caller.
/// </summary>
/// <remarks>
/// When the environment variable <see cref="ConnectionStringVariable"/> contains a connection string, the tests use
/// that server; <c>.ci/run</c> sets it so that all test processes share one server. Otherwise the first call starts a
/// throwaway cluster with the newest <c>/usr/lib/postgresql/*/bin/initdb</c>, which is stopped and deleted by
/// <see cref="StopAsync"/> or when the process exits. When neither is available, a test that requests a database
/// is ignored, or fails in CI (<see cref="TestPrerequisite.ReportMissing"/>).
/// </remarks>
public static partial class PostgresServer
{
    /// <summary>
    /// The environment variable that contains the connection string of a server to use instead of a throwaway one.
    /// </summary>
    public const string ConnectionStringVariable = "INBURGERING_TEST_POSTGRES";

    /// <summary>
    /// The maximum length of a database name prefix, so that the prefix, an underscore and a 32-character unique
    /// suffix fit PostgreSQL's 63-byte identifier limit.
    /// </summary>
    public const int MaxPrefixLength = 30;

    private static readonly Lock Gate = new();
    private static Task<PostgresServerState>? _start;
    private static bool _exitHandlerRegistered;

    /// <summary>
    /// Creates a new, empty database with a unique name that starts with <paramref name="prefix"/>, starting the
    /// server first if needed.
    /// </summary>
    /// <param name="prefix">
    /// A name for the caller, such as the test fixture's name. It is lowercased and must then consist of letters
    /// <c>a</c>–<c>z</c>, digits and underscores, start with a letter or underscore, and be at most
    /// <see cref="MaxPrefixLength"/> characters long.
    /// </param>
    /// <param name="cancellationToken">Cancels the wait for the server and the creation of the database.</param>
    /// <returns>The Npgsql connection string of the new database, as the server's superuser.</returns>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not a valid prefix.</exception>
    public static async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var normalizedPrefix = NormalizePrefix(prefix, nameof(prefix));

        var serverConnectionString = await GetConnectionStringAsync(cancellationToken);

        var databaseName = $"{normalizedPrefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE \"{databaseName}\"", cancellationToken);

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ConnectionString;
    }

    /// <summary>
    /// Drops a database that <see cref="CreateDatabaseAsync"/> created, closing its open connections first.
    /// </summary>
    /// <param name="connectionString">The connection string that <see cref="CreateDatabaseAsync"/> returned.</param>
    /// <param name="cancellationToken">Cancels the drop.</param>
    /// <exception cref="ArgumentException">The connection string names no database, or one that this class did not create.</exception>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var databaseName = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (databaseName is null || !CreatedDatabasePattern().IsMatch(databaseName))
        {
            throw new ArgumentException(
                $"Database '{databaseName}' was not created by {nameof(CreateDatabaseAsync)}, so it is not dropped.",
                nameof(connectionString));
        }

        var serverConnectionString = await GetConnectionStringAsync(cancellationToken);

        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(serverConnectionString, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", cancellationToken);
    }

    /// <summary>
    /// Stops the throwaway cluster, if this process started one, and deletes its folder. On a server from the
    /// environment it drops the templates of <see cref="CreateDatabaseFromTemplateAsync"/> instead.
    /// </summary>
    /// <remarks>
    /// Call it from an assembly-wide <c>[SetUpFixture]</c>'s <c>[OneTimeTearDown]</c>, because a test host may be
    /// ended before its exit handlers run. A later <see cref="CreateDatabaseAsync"/> starts a new cluster.
    /// </remarks>
    public static async Task StopAsync()
    {
        Task<PostgresServerState>? start;
        lock (Gate)
        {
            start = _start;
            _start = null;
        }

        if (start is null)
        {
            return;
        }

        // A start that threw has already deleted its cluster, so only a successful one needs stopping.
        await ((Task)start).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!start.IsCompletedSuccessfully || start.Result.ConnectionString is null)
        {
            return;
        }

        if (start.Result.Cluster is null)
        {
            await DropTemplatesAsync(start.Result.ConnectionString);
            return;
        }

        lock (Gate)
        {
            Templates.Clear();
        }

        NpgsqlConnection.ClearAllPools();
        start.Result.Cluster.Dispose();
    }

    private static string NormalizePrefix(string prefix, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(prefix, parameterName);
        var normalizedPrefix = prefix.ToLowerInvariant();
        if (normalizedPrefix.Length > MaxPrefixLength || !PrefixPattern().IsMatch(normalizedPrefix))
        {
            throw new ArgumentException(
                $"Invalid database name prefix '{prefix}': use at most {MaxPrefixLength} letters a-z, digits and underscores, starting with a letter or underscore.",
                parameterName);
        }

        return normalizedPrefix;
    }

    private static async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken)
    {
        Task<PostgresServerState> start;
        lock (Gate)
        {
            _start ??= Task.Run(StartAsync, CancellationToken.None);
            start = _start;
            RegisterExitHandler();
        }

        var state = await start.WaitAsync(cancellationToken);
        if (state.ConnectionString is null)
        {
            TestPrerequisite.ReportMissing(state.UnavailableReason!);
        }

        return state.ConnectionString;
    }

    private static void RegisterExitHandler()
    {
        if (_exitHandlerRegistered)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAsync().GetAwaiter().GetResult();
        _exitHandlerRegistered = true;
    }

    private static async Task<PostgresServerState> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return await CheckConfiguredServerAsync(configured);
        }

        var binDirectory = PostgresBinaries.FindNewestBinDirectory();
        if (binDirectory is null)
        {
            return PostgresServerState.Unavailable(PostgresBinaries.InstallHint);
        }

        try
        {
            var cluster = await LocalPostgresCluster.StartAsync(binDirectory);

            return new PostgresServerState(cluster.ConnectionString, null, cluster);
        }
        catch (PostgresStartException exception)
        {
            return PostgresServerState.Unavailable(
                $"{exception.Message}{Environment.NewLine}Check the PostgreSQL installation ('apt-get install -y postgresql'), " +
                $"or set {ConnectionStringVariable} to the connection string of a running server.");
        }
    }

    private static async Task<PostgresServerState> CheckConfiguredServerAsync(string connectionString)
    {
        try
        {
            await ExecuteAsync(connectionString, "SELECT 1", CancellationToken.None);

            return new PostgresServerState(connectionString, null, null);
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or Win32Exception)
        {
            return PostgresServerState.Unavailable(
                $"The PostgreSQL server in {ConnectionStringVariable} is not reachable: {exception.Message.TrimEnd('.')}. " +
                $"Start that server, or unset {ConnectionStringVariable} to start a throwaway one with the local PostgreSQL programs.");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^[a-z_][a-z0-9_]*_[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CreatedDatabasePattern();
}
