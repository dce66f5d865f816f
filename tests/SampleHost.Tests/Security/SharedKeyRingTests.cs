using System.Net;
using Host.Abstractions;
using Microsoft.AspNetCore.Hosting;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>
/// Two SampleHost instances with one <c>DataProtection:KeysPath</c> accept each other's login cookie, as instances
/// behind one load balancer must; with separate key rings they do not.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class SharedKeyRingTests(DatabaseProvider databaseProvider)
{
    [Test]
    public async Task Cookie_SharedKeyRing_Accepted()
    {
        var keys = Directory.CreateTempSubdirectory("keys-").FullName;
        try
        {
            var status = await StatusOnSecondInstanceAsync(keys, keys);

            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        }
        finally
        {
            Directory.Delete(keys, recursive: true);
        }
    }

    [Test]
    public async Task Cookie_SeparateKeyRings_Rejected()
    {
        var first = Directory.CreateTempSubdirectory("keys-").FullName;
        var second = Directory.CreateTempSubdirectory("keys-").FullName;
        try
        {
            var status = await StatusOnSecondInstanceAsync(first, second);

            Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), "the other instance cannot read the cookie and sends the user to the login page");
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    /// <summary>Logs in on an instance with key ring <paramref name="firstKeys"/> and opens the start page with that cookie on one with <paramref name="secondKeys"/>.</summary>
    private async Task<HttpStatusCode> StatusOnSecondInstanceAsync(string firstKeys, string secondKeys)
    {
        await using var first = new KeyRingServer(databaseProvider, firstKeys);
        await using var second = new KeyRingServer(databaseProvider, secondKeys);
        first.StartServer();
        second.StartServer();

        var cookies = new CookieContainer();
        using var firstClient = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = first.BaseAddress };
        using var login = await new HostSession(firstClient).PostFormAsync("/inloggen", new Dictionary<string, string> { ["userId"] = "demo-0599-consulent-inburgering" });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the login on the first instance");

        using var secondClient = second.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Cookie", cookies.GetCookieHeader(first.BaseAddress));
        using var response = await secondClient.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>SampleHost with its Data Protection keys in <paramref name="keysPath"/>.</summary>
    private sealed class KeyRingServer(DatabaseProvider provider, string keysPath) : PluginTestHost(new PluginTestHostOptions
    {
        Provider = provider,
        PluginsPath = RepositoryPaths.PublishedPlugins,
        SeedDemoData = false,
        StartTime = TimeProvider.System.GetUtcNow(),
        ClockAutoAdvance = TimeSpan.FromMilliseconds(1),
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:KeysPath", keysPath);
        }
    }
}
