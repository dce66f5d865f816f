using System.Data.Common;
using Host.Abstractions;
using Microsoft.Data.Sqlite;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TestSupport;

namespace Inburgering.Plugin.Tests.Persistence;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class MigrationTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider, migrate: false);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Migrate_EmptyDatabase_AppliesAllMigrations()
    {
        var applied = await _plugin.MigrateAsync();

        Assert.That(applied.Select(m => m[15..]), Is.EqualTo(new[] { "InitialCreate", "AfsluitenBeperkenBewaartermijn", "Levensloop", "Urenregels", "Inburgeringsproces", "Aanbieders", "Ketenuitwisseling", "Schaalbaarheid", "SchrijfIndexen" }));
        Assert.That(applied, Is.All.Match("^[0-9]{14}_"));
    }

    [Test]
    public async Task Migrate_CurrentDatabase_AppliesNothing()
    {
        await _plugin.MigrateAsync();

        var applied = await _plugin.MigrateAsync();

        Assert.That(applied, Is.Empty);
    }

    [Test]
    public async Task PendingMigrations_EmptyDatabase_SameAsEfCore()
    {
        var pending = await PendingMigrations.FindAsync(new PluginDatabase(provider, _plugin.ConnectionString), CancellationToken.None);

        Assert.That(pending, Has.Count.EqualTo(9));
        Assert.That(pending, Is.EqualTo(await EfCorePendingAsync()));
    }

    [Test]
    public async Task PendingMigrations_LastOneMissing_ListsOnlyIt()
    {
        var all = await _plugin.MigrateAsync();
        await ExecuteAsync(provider == DatabaseProvider.Sqlite
            ? $"DELETE FROM \"{SqliteInburgeringDbContext.MigrationsHistoryTable}\" WHERE \"MigrationId\" = '{all[^1]}'"
            : $"DELETE FROM {PostgreSqlInburgeringDbContext.Schema}.\"{PostgreSqlInburgeringDbContext.MigrationsHistoryTable}\" WHERE \"MigrationId\" = '{all[^1]}'");

        var pending = await PendingMigrations.FindAsync(new PluginDatabase(provider, _plugin.ConnectionString), CancellationToken.None);

        Assert.That(pending, Is.EqualTo(new[] { all[^1] }));
        Assert.That(pending, Is.EqualTo(await EfCorePendingAsync()));
    }

    [Test]
    public async Task Model_LastMigration_HasNoPendingChanges()
    {
        await _plugin.MigrateAsync();
        using var scope = _plugin.Services.CreateScope();

        var changed = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>().Database.HasPendingModelChanges();

        Assert.That(changed, Is.False, "the model differs from the last migration's snapshot: add a migration");
    }

    [Test]
    public async Task Migrate_CreatesOnlyThePluginsTables()
    {
        await _plugin.MigrateAsync();

        var tables = await TableNamesAsync();

        var modelTables = ModelTables();
        var expected = provider == DatabaseProvider.Sqlite
            ? modelTables.Append("inburgering_migrations").Order(StringComparer.Ordinal).ToArray()
            : modelTables.Append("inburgering.__EFMigrationsHistory").Order(StringComparer.Ordinal).ToArray();
        Assert.That(modelTables, Does.Contain(provider == DatabaseProvider.Sqlite ? "inburgering_brede_intakes" : "inburgering.brede_intakes"));
        Assert.That(tables, Is.EqualTo(expected));
    }

    [Test]
    public async Task Migrate_ThenRegister_Works()
    {
        await _plugin.MigrateAsync();

        var result = await _plugin.RegisterAsync("999993653");

        Assert.That(result.Succeeded, Is.True);
    }

    private async Task<List<string>> EfCorePendingAsync()
    {
        using var scope = _plugin.Services.CreateScope();
        return [.. await scope.ServiceProvider.GetRequiredService<InburgeringDbContext>().Database.GetPendingMigrationsAsync()];
    }

    private async Task ExecuteAsync(string sql)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite ? new SqliteConnection(_plugin.ConnectionString) : new NpgsqlConnection(_plugin.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Returns the tables of the plugin's model, as the provider names them.</summary>
    private List<string> ModelTables()
    {
        using var scope = _plugin.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>().Model;
        return [.. model.GetEntityTypes().Select(e => e.GetSchema() is { } schema ? $"{schema}.{e.GetTableName()}" : e.GetTableName()!)];
    }

    /// <summary>Returns the tables in the database, leaving out SQLite's own and EF Core's migration lock table.</summary>
    private async Task<List<string>> TableNamesAsync()
    {
        var tables = new List<string>();
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(_plugin.ConnectionString);
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock' ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }

            return tables;
        }

        await using var postgres = new NpgsqlConnection(_plugin.ConnectionString);
        await postgres.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
            postgres);
        await using var rows = await query.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            tables.Add(rows.GetString(0));
        }

        return tables;
    }
}
