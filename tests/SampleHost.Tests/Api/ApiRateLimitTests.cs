using System.Net;
using System.Text.Json;
using Host.Abstractions;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Api;

/// <summary>The per-client request limit on the API under /api/v1, on a host with a limit of three requests.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ApiRateLimitTests(DatabaseProvider provider)
{
    [Test]
    public async Task Api_OverLimit_Returns429ProblemWithVersion()
    {
        using var folders = PluginFolders.Create();
        folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        await using var server = new ApiTestServer(provider, folders.Root, permitLimit: 3);
        await server.StartAsync();
        var key = await server.CreateApiKeyAsync(DemoUsers.Rotterdam, HostRoles.ConsulentInburgering);
        var otherKey = await server.CreateApiKeyAsync(DemoUsers.Rotterdam, HostRoles.ConsulentInburgering);
        using var client = server.CreateApiClient(key);
        using var otherClient = server.CreateApiClient(otherKey);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));
            statuses.Add(allowed.StatusCode);
        }

        using var rejected = await client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        using var other = await otherClient.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(rejected.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(rejected.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(rejected.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 3600));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(429));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Te veel verzoeken"));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another client has its own limit");
    }
}
