using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Host.Abstractions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Inburgering.Plugin.Persistence;

/// <summary>
/// Finds the plugin's migrations that its database has not applied, without EF Core. Any use of a DbContext builds the
/// model of all the plugin's tables, and EF Core's migrator then compares that model with the last migration's snapshot.
/// In the start-up benchmark that took about a second of each start. A restart with nothing pending now runs two small
/// queries on a connection of its own.
/// </summary>
internal static class PendingMigrations
{
    /// <summary>Returns the ids of the provider's migrations that are not in its history table, in the order EF Core applies them.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(PluginDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);

        var all = Ids(ContextType(database.Provider));
        var applied = await AppliedAsync(database, cancellationToken);
        return [.. all.Where(id => !applied.Contains(id))];
    }

    private static Type ContextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteInburgeringDbContext),
        DatabaseProvider.PostgreSql => typeof(PostgreSqlInburgeringDbContext),
        _ => throw new NotSupportedException($"The inburgering plugin has no migrations for database provider {provider}."),
    };

    /// <summary>Returns the ids of the migrations in the plugin's assembly that belong to <paramref name="contextType"/>, ordered as EF Core orders them.</summary>
    private static List<string> Ids(Type contextType) =>
        [.. contextType.Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Migration)) && !type.IsAbstract && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Reads the history table, or returns no ids when the database does not have it yet.</summary>
    private static async Task<HashSet<string>> AppliedAsync(PluginDatabase database, CancellationToken cancellationToken)
    {
        var (exists, read) = HistoryQueries(database.Provider);
        await using var connection = Connect(database);
        await connection.OpenAsync(cancellationToken);

        if (Convert.ToInt64(await ScalarAsync(connection, exists, cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = read;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    /// <summary>
    /// Creates a connection outside EF Core. On PostgreSQL it is not pooled, because the plugin's context keeps a pool of
    /// its own and this one is used once per start.
    /// </summary>
    private static DbConnection Connect(PluginDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(database.ConnectionString)
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);

    /// <summary>Returns the query that counts the history tables with the plugin's name, and the query that reads its ids.</summary>
    private static (string Exists, string Read) HistoryQueries(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? ($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{SqliteInburgeringDbContext.MigrationsHistoryTable}'",
            $"SELECT \"MigrationId\" FROM \"{SqliteInburgeringDbContext.MigrationsHistoryTable}\"")
        : ($"SELECT count(*) FROM pg_tables WHERE schemaname = '{PostgreSqlInburgeringDbContext.Schema}' AND tablename = '{PostgreSqlInburgeringDbContext.MigrationsHistoryTable}'",
            $"SELECT \"MigrationId\" FROM {PostgreSqlInburgeringDbContext.Schema}.\"{PostgreSqlInburgeringDbContext.MigrationsHistoryTable}\"");

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
