using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SampleHost.Persistence;
using SampleHost.Privacy;
using SampleHost.Security.ApiClients;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Tenancy;

/// <summary>
/// Row-level security on PostgreSQL: with SampleHost connected as a role without superuser rights, as in production,
/// the database shows and accepts only the rows of the gemeente the connection is bound to, also to raw SQL and to
/// a query without the gemeente filter.
/// </summary>
[TestFixture]
public sealed class RowLevelSecurityTests
{
    private string _connectionString = null!;
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _connectionString = await PostgresServer.CreateAppRoleDatabaseAsync("row_security");
        _server = new SampleHostServer(new SampleHostSettings { Provider = DatabaseProvider.PostgreSql, ConnectionString = _connectionString, SeedDemoData = true });
        await _server.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_connectionString);
    }

    [Test]
    public async Task Policies_EveryTenantTable_IsProtected()
    {
        await using var scope = _server.CreateScopeAs("demo-0599-consulent-inburgering");
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var pluginTables = await QueryAsync(
            null,
            "SELECT table_schema || '.' || table_name FROM information_schema.columns WHERE table_schema = 'inburgering' AND column_name = 'gemeente'");

        // The overdrachten table belongs to two gemeenten, the sender and the receiver, so it has no gemeente column.
        var sharedTables = await QueryAsync(
            null,
            "SELECT table_schema || '.' || table_name FROM information_schema.columns WHERE table_schema = 'inburgering' AND column_name = 'afzender_gemeente'");
        var tables = RowLevelSecurity.TenantTables(db.Model).Select(t => $"{t.Schema}.{t.Table}").Concat(pluginTables).Concat(sharedTables).Distinct().ToList();

        var protectedTables = await QueryAsync(
            null,
            $"SELECT schemaname || '.' || tablename FROM pg_policies WHERE policyname = '{TenantRowSecurity.PolicyName}'");

        Assert.That(tables, Does.Contain("public.clients"));
        Assert.That(tables, Does.Contain("public.processing_log"));
        Assert.That(tables, Does.Contain("inburgering.dossiers"));
        Assert.That(tables, Does.Contain("inburgering.urenregels"));
        Assert.That(tables, Does.Contain("inburgering.overdrachten"));
        Assert.That(protectedTables, Is.EquivalentTo(tables));
    }

    [Test]
    public async Task UnfilteredQuery_AppRole_SeesOwnGemeente()
    {
        await using var scope = _server.CreateScopeAs("demo-0599-consulent-inburgering");
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();

        var gemeenten = await db.Clients.IgnoreQueryFilters().Select(c => c.Gemeente).Distinct().ToListAsync();
        var logged = await db.ProcessingLog.IgnoreQueryFilters().Select(e => e.Gemeente).Distinct().ToListAsync();

        Assert.That(gemeenten, Is.EqualTo(new[] { "0599" }));
        Assert.That(logged, Is.EqualTo(new[] { "0599" }));
    }

    [Test]
    public async Task RawSql_BoundGemeente_SeesThatGemeente()
    {
        var clients = await QueryAsync("0518", "SELECT DISTINCT \"Gemeente\" FROM clients");
        var dossiers = await QueryAsync("0518", "SELECT DISTINCT gemeente FROM inburgering.dossiers");
        var unbound = await QueryAsync(string.Empty, "SELECT count(*)::text FROM clients");

        Assert.That(clients, Is.EqualTo(new[] { "0518" }));
        Assert.That(dossiers, Is.EqualTo(new[] { "0518" }));
        Assert.That(unbound, Is.EqualTo(new[] { "0" }), "a connection bound to no gemeente sees no client");
    }

    [Test]
    public async Task RawSql_AsSuperuser_SeesBothGemeenten()
    {
        var superuser = new NpgsqlConnectionStringBuilder(_connectionString) { Username = "postgres" }.ConnectionString;

        var gemeenten = await QueryAsync(null, "SELECT DISTINCT \"Gemeente\" FROM clients ORDER BY 1", superuser);

        Assert.That(gemeenten, Is.EqualTo(new[] { "0518", "0599" }), "the data of both gemeenten are there; the policies hide them from the app role");
    }

    [Test]
    public void Insert_ForAnotherGemeente_IsRejected()
    {
        var exception = Assert.ThrowsAsync<PostgresException>(() => QueryAsync(
            "0599",
            "INSERT INTO clients (\"Id\", \"Gemeente\", \"Bsn\", \"Naam\", \"GeregistreerdOp\", \"GeregistreerdDoor\") " +
            "VALUES (gen_random_uuid(), '0518', '999990408', 'Test', now(), 'test')"));

        Assert.That(exception!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
        Assert.That(exception.MessageText, Does.Contain("row-level security"));
    }

    [Test]
    public async Task ApiKeyLookup_AppRoleWithoutGemeente()
    {
        await using var scope = _server.CreateScopeAs("demo-0599-functioneel-beheerder");
        var (_, credential) = await scope.ServiceProvider.GetRequiredService<ApiClientAdministration>()
            .CreateAsync("Leerlingsysteem", HostRoles.Aanbieder, "90059901", CancellationToken.None);
        using var api = _server.CreateClient();
        api.DefaultRequestHeaders.Add(ApiClientCredential.HeaderName, credential.ToString());

        using var response = await api.GetAsync(new Uri("/api/v1/aanmeldingen", UriKind.Relative));
        var seenFrom0518 = await QueryAsync("0518", "SELECT count(*)::text FROM api_clients");
        var updatedUnbound = await QueryAsync(string.Empty, "WITH changed AS (UPDATE api_clients SET \"Name\" = 'x' RETURNING 1) SELECT count(*)::text FROM changed");

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), "the key is found before the gemeente is known");
        Assert.That(seenFrom0518, Is.EqualTo(new[] { "0" }), "a connection bound to 0518 sees no client of 0599");
        Assert.That(updatedUnbound, Is.EqualTo(new[] { "0" }), "a connection bound to no gemeente changes no client");
    }

    [Test]
    public async Task ChainVerification_AsAppRole_ReadsEveryGemeente()
    {
        await using var scope = _server.Services.CreateAsyncScope();

        var results = await scope.ServiceProvider.GetRequiredService<ProcessingLogVerifier>().VerifyAllAsync(CancellationToken.None);

        Assert.That(results.Select(r => r.Gemeente), Is.EqualTo(new[] { "0518", "0599" }));
        Assert.That(results.Select(r => r.IsIntact), Is.All.True);
        Assert.That(results.Select(r => r.IntactRecords), Is.All.GreaterThan(0), "each gemeente's records are visible to its own check");
    }

    /// <summary>Runs <paramref name="sql"/> as the app role, bound to <paramref name="gemeente"/> unless it is null, and returns the first column as text.</summary>
    private async Task<List<string>> QueryAsync(string? gemeente, string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? _connectionString);
        await connection.OpenAsync();
        if (gemeente is not null)
        {
            await using var bind = new NpgsqlCommand($"SELECT set_config('{TenantRowSecurity.SettingName}', @gemeente, false)", connection);
            bind.Parameters.AddWithValue("gemeente", gemeente);
            await bind.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
