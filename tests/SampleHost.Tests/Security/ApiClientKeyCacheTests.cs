using System.Net;
using System.Net.Http.Headers;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>
/// The cache of API clients that authentication keeps for <c>Api:KeyCacheDuration</c>, 30 seconds by default. A key
/// revoked on another instance, which this instance only reads from the database, stops working within that time. A key
/// revoked on this instance stops at once.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ApiClientKeyCacheTests(DatabaseProvider provider)
{
    private const string Beheerder0599 = "demo-0599-functioneel-beheerder";

    private static readonly TimeSpan s_cacheDuration = TimeSpan.FromSeconds(30);

    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("api_key_cache")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task RevokedElsewhere_StopsWithinCacheDuration()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);
        var key = await ApiClientTests.CreateClientAsync(beheerder, "Leerplatform tweede instantie", "functioneel-beheerder");
        using var before = await CallApiAsync(key);

        await RevokeInDatabaseAsync(ApiClientTests.Split(key).KeyId);
        using var cached = await CallApiAsync(key);
        _server.Clock.Advance(s_cacheDuration);
        using var after = await CallApiAsync(key);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(cached.StatusCode, Is.EqualTo(HttpStatusCode.OK), "within the cache duration the instance still has the key as it was");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task RevokedHere_StopsAtOnce()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);
        var key = await ApiClientTests.CreateClientAsync(beheerder, "Leerplatform deze instantie", "functioneel-beheerder");
        using var before = await CallApiAsync(key);

        var (id, version) = await ApiClientTests.FindRowAsync(beheerder, ApiClientTests.Split(key).KeyId);
        using var revoke = await beheerder.PostFormAsync("/beheer/api-clients", new Dictionary<string, string> { ["id"] = id, ["version"] = version }, "/beheer/api-clients?handler=Intrekken");
        using var after = await CallApiAsync(key);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task WrongSecret_WithCachedKeyId_IsUnauthorized()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder0599);
        var key = await ApiClientTests.CreateClientAsync(beheerder, "Leerplatform fout geheim", "functioneel-beheerder");
        var (keyId, secret) = ApiClientTests.Split(key);
        using var before = await CallApiAsync(key);

        using var wrong = await CallApiAsync($"{keyId}.{new string(secret.Reverse().ToArray())}");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    /// <summary>Revokes the key with a plain UPDATE, as another SampleHost instance on the same database would.</summary>
    private async Task RevokeInDatabaseAsync(string keyId)
    {
        await using var scope = _server.CreateScopeAs(Beheerder0599);
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var now = _server.Clock.GetUtcNow();
        var changed = await db.ApiClients
            .Where(c => c.KeyId == keyId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, now).SetProperty(c => c.RevokedBy, "other-instance").SetProperty(c => c.Version, c => c.Version + 1));
        Assert.That(changed, Is.EqualTo(1));
    }

    private async Task<HttpResponseMessage> CallApiAsync(string key)
    {
        using var client = _server.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/screens", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }
}
