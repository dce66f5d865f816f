using System.Net.Http.Json;
using Host.Abstractions;
using SampleHost.Security;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>The security headers on every route of the host, for anonymous and signed-in requests.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class SecurityHeadersTests(DatabaseProvider provider)
{
    private SampleHostServer _server = null!;
    private HostRoutes _routes = null!;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, SeedDemoData = true });
        _routes = await HostRoutes.ReadAsync(_server);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync() => await _server.DisposeAsync();

    [Test]
    public async Task EveryRoute_Anonymous_HasSecurityHeaders()
    {
        using var client = _server.CreateBrowserLikeClient();

        await AssertEveryRouteAsync(client, signedIn: false);
    }

    [Test]
    public async Task EveryRoute_SignedIn_HasHeadersAndNoStore()
    {
        using var session = await _server.LogInAsync(DemoUsers.IdFor(Host.Abstractions.HostRoles.ConsulentInburgering));

        await AssertEveryRouteAsync(session.Client, signedIn: true);
    }

    [Test]
    public async Task StaticFile_Anonymous_HasSecurityHeaders()
    {
        using var client = _server.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        AssertHeaders(response, "/css/site.css", signedIn: false);
    }

    private async Task AssertEveryRouteAsync(HttpClient client, bool signedIn)
    {
        var checkedRequests = 0;
        foreach (var endpoint in _routes.Endpoints)
        {
            var url = _routes.Url(endpoint);
            foreach (var method in HostRoutes.Methods(endpoint))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
                if (method != "GET")
                {
                    request.Content = JsonContent.Create(new { });
                }

                using var response = await client.SendAsync(request);

                AssertHeaders(response, $"{method} {url}", signedIn);
                checkedRequests++;
            }
        }

        Assert.That(checkedRequests, Is.GreaterThanOrEqualTo(15), "the host's pages, API routes and the BRP stand-in");
    }

    private static void AssertHeaders(HttpResponseMessage response, string request, bool signedIn)
    {
        var status = (int)response.StatusCode;
        Assert.That(Header(response, "Content-Security-Policy"), Is.EqualTo(SecurityHeaders.ContentSecurityPolicy), $"{request} ({status})");
        Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"), $"{request} ({status})");
        Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"), $"{request} ({status})");
        Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"), $"{request} ({status})");
        Assert.That(Header(response, "Permissions-Policy"), Is.EqualTo(SecurityHeaders.PermissionsPolicy), $"{request} ({status})");
        Assert.That(Header(response, "Cross-Origin-Opener-Policy"), Is.EqualTo("same-origin"), $"{request} ({status})");
        if (signedIn)
        {
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, $"{request} ({status})");
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
