using System.Net;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>The Development login with demo users, and what anonymous and unauthorised users get.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LoginTests(DatabaseProvider databaseProvider)
{
    [Test]
    public async Task LoginPage_OutsideDevelopment_IsNotFound()
    {
        await using var provider = await OidcProviderStandIn.StartAsync();
        await using var server = new OidcHostServer(databaseProvider, provider);
        using var client = server.CreateBrowserLikeClient();

        using var page = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));
        using var post = await client.PostAsync(
            new Uri("/inloggen", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = "demo-0599-consulent-inburgering" }));

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(post.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "no session is started");
        Assert.That(post.Headers.Contains("Set-Cookie") && post.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("samplehost.auth", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task LoginPage_InDevelopment_ListsEveryRoleInBothGemeenten()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = databaseProvider });
        using var client = server.CreateBrowserLikeClient();

        var html = await client.GetStringAsync(new Uri("/inloggen", UriKind.Relative));

        foreach (var gemeente in new[] { "0599", "0518" })
        {
            foreach (var role in Host.Abstractions.HostRoles.All)
            {
                Assert.That(html, Does.Contain($"value=\"demo-{gemeente}-{role}\""));
            }
        }
    }

    [Test]
    public async Task AnonymousRequest_RedirectsToLogin()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = databaseProvider });
        using var client = server.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/schermen/inburgering.dossiers", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Does.StartWith("http://127.0.0.1:" + server.Port + "/inloggen?ReturnUrl="));
    }

    [TestCase("demo-0599-aanbieder")]
    [TestCase("demo-0599-functioneel-beheerder")]
    [TestCase("demo-0599-privacy-officer")]
    public async Task DossierList_RoleWithoutPermission_IsForbidden(string userId)
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = databaseProvider });
        using var session = await HostSession.LogInAsync(server, userId);

        using var response = await session.Client.GetAsync(new Uri("/schermen/inburgering.dossiers", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
    }
}
