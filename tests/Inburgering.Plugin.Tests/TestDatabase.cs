using Host.Abstractions;
using Microsoft.Data.Sqlite;
using TestSupport;

namespace Inburgering.Plugin.Tests;

/// <summary>A new, empty database for one test: a SQLite file in a temporary folder, or a PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _delete;

    private TestDatabase(PluginDatabase database, Func<Task> delete)
    {
        Database = database;
        _delete = delete;
    }

    public PluginDatabase Database { get; }

    /// <summary>Wraps a database that the caller owns, so disposing the wrapper keeps the database.</summary>
    public static TestDatabase Borrow(PluginDatabase database) => new(database, () => Task.CompletedTask);

    /// <summary>
    /// Creates the database. With <paramref name="migrateTemplate"/>, a PostgreSQL database is a copy of a template
    /// that the delegate migrated once per test process. SQLite ignores it and starts empty.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, Func<string, Task>? migrateTemplate = null)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("inburgering-plugin-tests-");
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(folder.FullName, "host.db"),
                Pooling = false,
            }.ToString();

            return new TestDatabase(new PluginDatabase(provider, connectionString), () =>
            {
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }

        var postgres = migrateTemplate is null
            ? await PostgresServer.CreateDatabaseAsync("inburgering_plugin")
            : await PostgresServer.CreateDatabaseFromTemplateAsync("inburgering_plugin", "inburgering_plugin_migrated", migrateTemplate);
        return new TestDatabase(new PluginDatabase(provider, postgres), () => PostgresServer.DropDatabaseAsync(postgres));
    }

    public async ValueTask DisposeAsync() => await _delete();
}
