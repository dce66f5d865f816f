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

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
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

        var postgres = await PostgresServer.CreateDatabaseAsync("inburgering_plugin");
        return new TestDatabase(new PluginDatabase(provider, postgres), () => PostgresServer.DropDatabaseAsync(postgres));
    }

    public async ValueTask DisposeAsync() => await _delete();
}
