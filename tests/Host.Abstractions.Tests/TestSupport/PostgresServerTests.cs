using Npgsql;
using TestSupport;

namespace Host.Abstractions.Tests.TestSupport;

[TestFixture]
public sealed class PostgresServerTests
{
    private readonly List<string> _createdDatabases = [];

    [TearDown]
    public async Task DropCreatedDatabases()
    {
        foreach (var connectionString in _createdDatabases)
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }

        _createdDatabases.Clear();
    }

    [Test]
    public async Task CreatedDatabase_AcceptsQueries()
    {
        var connectionString = await CreateDatabaseAsync("postgres_server_tests");
        var databaseName = new NpgsqlConnectionStringBuilder(connectionString).Database;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var version = await ScalarAsync(connection, "select version()");
        var currentDatabase = await ScalarAsync(connection, "select current_database()");

        Assert.That(version, Does.StartWith("PostgreSQL "));
        Assert.That(currentDatabase, Is.EqualTo(databaseName));
        Assert.That(databaseName, Does.StartWith("postgres_server_tests_"));
    }

    [Test]
    public async Task CreatedDatabases_AreDistinct()
    {
        var first = await CreateDatabaseAsync("distinct");
        var second = await CreateDatabaseAsync("distinct");

        await using var firstConnection = new NpgsqlConnection(first);
        await firstConnection.OpenAsync();
        await using (var create = new NpgsqlCommand("create table only_in_first (id int)", firstConnection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var secondConnection = new NpgsqlConnection(second);
        await secondConnection.OpenAsync();
        var tableInSecond = await ScalarAsync(secondConnection, "select coalesce(to_regclass('only_in_first')::text, 'none')");

        Assert.That(
            new NpgsqlConnectionStringBuilder(second).Database,
            Is.Not.EqualTo(new NpgsqlConnectionStringBuilder(first).Database));
        Assert.That(tableInSecond, Is.EqualTo("none"));
    }

    [Test]
    public async Task CreateDatabase_UsesLowercasedPrefix()
    {
        var connectionString = await CreateDatabaseAsync("Mixed_Case");

        Assert.That(new NpgsqlConnectionStringBuilder(connectionString).Database, Does.StartWith("mixed_case_"));
    }

    [TestCase("")]
    [TestCase("1starts_with_digit")]
    [TestCase("has-dash")]
    [TestCase("has space")]
    [TestCase("quote\"")]
    [TestCase("a_prefix_longer_than_thirty_chars")]
    public void CreateDatabase_InvalidPrefix_Throws(string prefix)
    {
        Assert.ThrowsAsync<ArgumentException>(() => PostgresServer.CreateDatabaseAsync(prefix));
    }

    [Test]
    public async Task DropDatabase_RemovesDatabase()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("dropped");
        var databaseName = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var survivor = await CreateDatabaseAsync("survivor");

        await PostgresServer.DropDatabaseAsync(connectionString);

        await using var connection = new NpgsqlConnection(survivor);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from pg_database where datname = @name", connection);
        command.Parameters.AddWithValue("name", databaseName!);
        var count = (long)(await command.ExecuteScalarAsync())!;

        Assert.That(count, Is.Zero);
    }

    [Test]
    public void DropDatabase_OtherDatabase_Throws()
    {
        var connectionString = "Host=127.0.0.1;Username=postgres;Database=postgres";

        Assert.ThrowsAsync<ArgumentException>(() => PostgresServer.DropDatabaseAsync(connectionString));
    }

    private async Task<string> CreateDatabaseAsync(string prefix)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(prefix);
        _createdDatabases.Add(connectionString);

        return connectionString;
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);

        return (string?)await command.ExecuteScalarAsync();
    }
}
