using System.Net;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Security;
using TestSupport;

namespace SampleHost.Tests.Concurrency;

/// <summary>Two administrators revoke the same API client from pages opened at the same time.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ApiClientRevokeConcurrencyTests(DatabaseProvider provider)
{
    private const string Beheerder = "demo-0599-functioneel-beheerder";

    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("api_client_revoke")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task SecondRevoke_FromStalePage_IsRefused()
    {
        using var first = await HostSession.LogInAsync(_server, Beheerder);
        using var second = await HostSession.LogInAsync(_server, Beheerder);
        var key = await ApiClientTests.CreateClientAsync(first, "Leerplatform gelijktijdig", "functioneel-beheerder");
        var (id, version) = await ApiClientTests.FindRowAsync(second, ApiClientTests.Split(key).KeyId);

        using var firstRevoke = await first.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["id"] = id, ["version"] = version }, "/beheer/api-clients?handler=Intrekken");
        using var secondRevoke = await second.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["id"] = id, ["version"] = version }, "/beheer/api-clients?handler=Intrekken");
        var secondHtml = await secondRevoke.Content.ReadAsStringAsync();

        Assert.That(version, Is.EqualTo("1"));
        Assert.That(firstRevoke.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(secondRevoke.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(secondHtml, Does.Contain("Deze API-client is intussen door iemand anders gewijzigd."));
        Assert.That(secondHtml, Does.Contain("Ingetrokken op"), "the page shows the first user's revocation");
    }
}
