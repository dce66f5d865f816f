using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SampleHost.Persistence;
using SampleHost.Security.ApiClients;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Inburgering;
using TestSupport;

namespace SampleHost.Tests.Resilience;

/// <summary>
/// SampleHost with the published plugins and the demo data on a database of its own PostgreSQL cluster, which a test
/// may stop, start and restart.
/// </summary>
internal sealed class OutageServer : PluginTestHost
{
    private const string DatabaseName = "samplehost";

    private OutageServer(LocalPostgresCluster cluster, string connectionString)
        : base(new PluginTestHostOptions
        {
            PluginsPath = RepositoryPaths.PublishedPlugins,
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = connectionString,
            SeedDemoData = true,
            StartTime = TimeProvider.System.GetUtcNow(),
            ClockAutoAdvance = TimeSpan.FromMilliseconds(1),
        })
    {
        Cluster = cluster;
    }

    public LocalPostgresCluster Cluster { get; }

    /// <summary>The connection string of SampleHost's database as the superuser, which row-level security does not limit.</summary>
    public string SuperuserConnectionString => new NpgsqlConnectionStringBuilder(Cluster.ConnectionString) { Database = DatabaseName }.ConnectionString;

    /// <summary>
    /// Starts a cluster, creates the database and starts SampleHost on it with the demo data.
    /// Ends the test as missing a prerequisite when no PostgreSQL binaries are installed.
    /// </summary>
    public static async Task<OutageServer> CreateAsync()
    {
        var binDirectory = PostgresBinaries.FindNewestBinDirectory();
        if (binDirectory is null)
        {
            TestPrerequisite.ReportMissing(PostgresBinaries.InstallHint);
        }

        var cluster = await LocalPostgresCluster.StartAsync(binDirectory);
        try
        {
            await ExecuteAsync(cluster.ConnectionString, $"CREATE DATABASE {DatabaseName}");

            // NOTE: SampleHost connects as the superuser, because with row-level security on api_clients a role
            // without BYPASSRLS finds no API key: the key is looked up before the gemeente is known. A short Timeout,
            // so a request waits at most 5 s for a connection while the server is down.
            var connectionString = new NpgsqlConnectionStringBuilder(cluster.ConnectionString)
            {
                Database = DatabaseName,
                Timeout = 5,
            }.ConnectionString;
            var server = new OutageServer(cluster, connectionString);
            await server.StartAsync();
            return server;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stores an API client with the role aanbieder for the demo aanbieder and returns a client that sends its key.</summary>
    public async Task<HttpClient> CreateAanbiederClientAsync(string name)
    {
        var credential = ApiClientCredential.Create();
        await using (var scope = CreateScopeAs(DemoUsers.IdFor(HostRoles.FunctioneelBeheerder, AanleveringServer.Gemeente)))
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            db.ApiClients.Add(new ApiClientRecord
            {
                Id = Guid.NewGuid(),
                Gemeente = AanleveringServer.Gemeente,
                Name = name,
                Role = HostRoles.Aanbieder,
                Organisation = AanleveringServer.AanbiederKvk,
                KeyId = credential.KeyId,
                SecretHash = ApiClientCredential.Hash(credential.Secret),
                CreatedAt = Clock.GetUtcNow(),
                CreatedBy = "test",
            });
            await db.SaveChangesAsync();
        }

        var client = CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", credential.ToString());
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Cluster.Dispose();
    }
}
