using System.Net;
using System.Text.Json;
using Host.Abstractions;
using Microsoft.AspNetCore.Hosting;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>The request limits, on a host configured with tiny limits.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RateLimitingTests(DatabaseProvider databaseProvider)
{
    [Test]
    public async Task Api_OverLimit_ReturnsProblemWithRetryAfter()
    {
        await using var server = new LimitedServer(databaseProvider, permitLimit: 3, loginPermitLimit: 100);
        using var session = await server.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await session.Client.GetAsync(new Uri("/api/screens", UriKind.Relative));
            statuses.Add(allowed.StatusCode);
        }

        using var rejected = await session.Client.GetAsync(new Uri("/api/screens", UriKind.Relative));
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(rejected.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(429));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Te veel verzoeken"));
        Assert.That(rejected.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 3600));
    }

    [Test]
    public async Task Page_OverLimit_ShowsFriendlyPage()
    {
        await using var server = new LimitedServer(databaseProvider, permitLimit: 2, loginPermitLimit: 100);
        using var session = await server.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));

        using var first = await session.Client.GetAsync(new Uri("/klanten", UriKind.Relative));
        using var second = await session.Client.GetAsync(new Uri("/klanten", UriKind.Relative));
        using var rejected = await session.Client.GetAsync(new Uri("/klanten", UriKind.Relative));
        var html = await rejected.Content.ReadAsStringAsync();

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(rejected.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("U heeft in korte tijd te veel verzoeken gedaan."));
        Assert.That(rejected.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 3600));
    }

    [Test]
    public async Task Users_OverLimit_AreCountedSeparately()
    {
        // Each login makes two requests from 127.0.0.1 without a login, which count for that address.
        await using var server = new LimitedServer(databaseProvider, permitLimit: 5, loginPermitLimit: 100);
        using var consulent = await server.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        using var klantmanager = await server.LogInAsync(DemoUsers.IdFor(HostRoles.Klantmanager));
        var consulentStatuses = new List<HttpStatusCode>();

        for (var i = 0; i < 6; i++)
        {
            using var response = await consulent.Client.GetAsync(new Uri("/api/screens", UriKind.Relative));
            consulentStatuses.Add(response.StatusCode);
        }

        using var klantmanagerFirst = await klantmanager.Client.GetAsync(new Uri("/api/screens", UriKind.Relative));

        Assert.That(consulentStatuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.TooManyRequests)));
        Assert.That(klantmanagerFirst.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Login_OverLoginLimit_IsRejected()
    {
        await using var server = new LimitedServer(databaseProvider, permitLimit: 1000, loginPermitLimit: 2);
        var userId = DemoUsers.IdFor(HostRoles.ConsulentInburgering);

        using var first = await server.LogInAsync(userId);
        using var second = await server.LogInAsync(userId);
        var third = Assert.ThrowsAsync<InvalidOperationException>(() => server.LogInAsync(userId));

        Assert.That(third!.Message, Does.Contain("returned 429"));
    }

    [Test]
    public async Task BrpStandIn_OverLimit_IsNotLimited()
    {
        await using var server = new LimitedServer(databaseProvider, permitLimit: 1, loginPermitLimit: 100);
        using var client = server.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/haalcentraal/api/brp/personen", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Has.None.EqualTo(HttpStatusCode.TooManyRequests));
    }

    /// <summary>SampleHost with the request limits of a test in place of the test kit's generous ones.</summary>
    private sealed class LimitedServer(DatabaseProvider provider, int permitLimit, int loginPermitLimit) : PluginTestHost(new PluginTestHostOptions
    {
        Provider = provider,
        PluginsPath = RepositoryPaths.PublishedPlugins,
        SeedDemoData = false,
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:PermitLimit", permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimiting:Window", "01:00:00");
            builder.UseSetting("RateLimiting:LoginPermitLimit", loginPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimiting:LoginWindow", "01:00:00");
        }
    }
}
