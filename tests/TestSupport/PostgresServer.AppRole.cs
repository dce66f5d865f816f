using Npgsql;

namespace TestSupport;

/// <summary>Databases that a role without superuser rights owns, as a production deployment connects.</summary>
public static partial class PostgresServer
{
    /// <summary>
    /// Creates a new database like <see cref="CreateDatabaseAsync"/>, owned by a new login role without superuser
    /// rights, and returns the connection string as that role. Row-level security applies to it, which a superuser
    /// bypasses.
    /// </summary>
    /// <param name="prefix">A name for the caller, as for <see cref="CreateDatabaseAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the wait for the server and the creation.</param>
    /// <remarks>NOTE: the role stays after <see cref="DropDatabaseAsync"/>; on a throwaway cluster that does not matter.</remarks>
    public static async Task<string> CreateAppRoleDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var connectionString = await CreateDatabaseAsync(prefix, cancellationToken);
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var role = $"app_{database}";

        await ExecuteAsync(connectionString, $"CREATE ROLE \"{role}\" LOGIN NOSUPERUSER NOBYPASSRLS", cancellationToken);
        await ExecuteAsync(connectionString, $"ALTER DATABASE \"{database}\" OWNER TO \"{role}\"", cancellationToken);

        return new NpgsqlConnectionStringBuilder(connectionString) { Username = role }.ConnectionString;
    }
}
