using System.Net;
using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>Staff sign-in with OpenID Connect on a Production host, against a provider stand-in on 127.0.0.1.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OidcSignInTests(DatabaseProvider databaseProvider)
{
    private OidcProviderStandIn _provider = null!;

    [SetUp]
    public async Task StartProviderAsync() => _provider = await OidcProviderStandIn.StartAsync();

    [TearDown]
    public async Task StopProviderAsync() => await _provider.DisposeAsync();

    [Test]
    public async Task SignIn_ValidToken_SetsGemeenteAndRole()
    {
        _provider.NextUser = new OidcTestUser("medewerker-17", "Fatima Consulent", "0518", ["Inburgering-Consulent", "Unmapped-Role"]);
        await using var server = new OidcHostServer(databaseProvider, _provider);
        using var client = server.CreateBrowserLikeClient();

        var (challenge, callback) = await SignInAsync(client, "/klanten");
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var clients = await client.GetAsync(new Uri("/klanten", UriKind.Relative));
        using var plugins = await client.GetAsync(new Uri("/beheer/plugins", UriKind.Relative));

        var authorize = _provider.AuthorizeRequests.Single();
        Assert.That(challenge.StartsWith(_provider.Issuer + "/authorize?", StringComparison.Ordinal), Is.True, challenge);
        Assert.That(authorize["response_type"].ToString(), Is.EqualTo("code"));
        Assert.That(authorize["code_challenge_method"].ToString(), Is.EqualTo("S256"));
        Assert.That(authorize["code_challenge"].ToString(), Has.Length.EqualTo(43));
        Assert.That(authorize["scope"].ToString(), Is.EqualTo("openid profile"));
        Assert.That(_provider.TokensIssued, Is.EqualTo(1));
        Assert.That(callback.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(callback.Headers.Location!.OriginalString, Is.EqualTo("/klanten"));
        Assert.That(home, Does.Contain("Fatima Consulent &#xB7; gemeente 0518"));
        Assert.That(clients.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(plugins.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(plugins.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
        Assert.That(server.Logs.Count(e => e.EventId == 6101 && e.Message == "User medewerker-17 of gemeente 0518 signed in with OpenID Connect"), Is.EqualTo(1));
    }

    [Test]
    public async Task SignIn_MappedBeheerRole_ManagesPlugins()
    {
        _provider.NextUser = new OidcTestUser("beheerder-3", "Bart Beheer", "0599", ["Inburgering-Beheer"]);
        await using var server = new OidcHostServer(databaseProvider, _provider);
        using var client = server.CreateBrowserLikeClient();

        await SignInAsync(client, "/beheer/plugins");
        using var plugins = await client.GetAsync(new Uri("/beheer/plugins", UriKind.Relative));
        using var clients = await client.GetAsync(new Uri("/klanten", UriKind.Relative));

        Assert.That(plugins.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await plugins.Content.ReadAsStringAsync(), Does.Contain("In gemeente 0599"));
        Assert.That(clients.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
    }

    [TestCase(TokenSigning.WrongKey)]
    [TestCase(TokenSigning.TamperedPayload)]
    public async Task SignIn_BadlySignedToken_IsRefused(TokenSigning signing)
    {
        _provider.Signing = signing;
        await using var server = new OidcHostServer(databaseProvider, _provider);
        using var client = server.CreateBrowserLikeClient();

        var (_, callback) = await SignInAsync(client, "/klanten");
        using var failedPage = await client.GetAsync(callback.Headers.Location);
        using var afterwards = await client.GetAsync(new Uri("/klanten", UriKind.Relative));

        Assert.That(callback.Headers.Location!.OriginalString, Is.EqualTo("/inloggen/mislukt"));
        Assert.That(HasLoginCookie(callback), Is.False);
        Assert.That(failedPage.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await failedPage.Content.ReadAsStringAsync(), Does.Contain("Inloggen mislukt"));
        Assert.That(afterwards.Headers.Location!.OriginalString, Does.StartWith(_provider.Issuer + "/authorize?"));
        Assert.That(server.Logs.Count(e => e.EventId == 6103), Is.EqualTo(1));
        Assert.That(server.Logs.Count(e => e.EventId == 6101), Is.Zero);
    }

    [TestCase("9999", "Inburgering-Consulent")]
    [TestCase("0518", "Unmapped-Role")]
    public async Task SignIn_UnmappedUser_IsRefused(string gemeente, string role)
    {
        _provider.NextUser = new OidcTestUser("medewerker-99", "Onbekende Medewerker", gemeente, [role]);
        await using var server = new OidcHostServer(databaseProvider, _provider);
        using var client = server.CreateBrowserLikeClient();

        var (_, callback) = await SignInAsync(client, "/klanten");
        using var refusedPage = await client.GetAsync(callback.Headers.Location);
        using var afterwards = await client.GetAsync(new Uri("/klanten", UriKind.Relative));

        Assert.That(callback.Headers.Location!.OriginalString, Is.EqualTo("/inloggen/geen-toegang"));
        Assert.That(HasLoginCookie(callback), Is.False);
        Assert.That(refusedPage.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await refusedPage.Content.ReadAsStringAsync(), Does.Contain("Geen toegang tot dit systeem"));
        Assert.That(afterwards.Headers.Location!.OriginalString, Does.StartWith(_provider.Issuer + "/authorize?"));
        Assert.That(server.Logs.Count(e => e.EventId == 6102), Is.EqualTo(1));
    }

    [Test]
    public async Task SignOut_EndsProviderSession()
    {
        await using var server = new OidcHostServer(databaseProvider, _provider);
        using var client = server.CreateBrowserLikeClient();
        await SignInAsync(client, "/");
        var session = new HostSession(client);

        using var signOut = await session.PostFormAsync("/", new Dictionary<string, string>(), "/uitloggen");
        using var atProvider = await client.GetAsync(signOut.Headers.Location);
        using var back = await client.GetAsync(atProvider.Headers.Location);
        using var afterwards = await client.GetAsync(new Uri("/klanten", UriKind.Relative));

        Assert.That(signOut.Headers.Location!.OriginalString, Does.StartWith(_provider.Issuer + "/logout?"));
        Assert.That(signOut.Headers.Location.Query, Does.Contain("&id_token_hint=ey"));
        Assert.That(atProvider.Headers.Location!.AbsolutePath, Is.EqualTo("/signout-callback-oidc"));
        Assert.That(back.Headers.Location!.OriginalString, Is.EqualTo("/inloggen/uitgelogd"));
        Assert.That(afterwards.Headers.Location!.OriginalString, Does.StartWith(_provider.Issuer + "/authorize?"));
    }

    [Test]
    public async Task Development_WithAuthority_UsesProvider()
    {
        await using var server = new OidcHostServer(databaseProvider, _provider, environment: "Development");
        using var client = server.CreateBrowserLikeClient();

        using var clients = await client.GetAsync(new Uri("/klanten", UriKind.Relative));
        using var demoLogin = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));

        Assert.That(clients.Headers.Location!.OriginalString, Does.StartWith(_provider.Issuer + "/authorize?"));
        Assert.That(demoLogin.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the demo login stays available in Development");
    }

    [Test]
    public async Task Development_WithoutAuthority_UsesDemoLogin()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = databaseProvider });
        using var client = server.CreateBrowserLikeClient();

        using var clients = await client.GetAsync(new Uri("/klanten", UriKind.Relative));

        Assert.That(clients.Headers.Location!.AbsolutePath, Is.EqualTo("/inloggen"));
        Assert.That(_provider.AuthorizeRequests, Is.Empty);
    }

    [Test]
    public void Start_ProductionWithoutConfiguration_FailsWithReason()
    {
        using var server = new SampleHostServer(new SampleHostSettings { Provider = databaseProvider, Environment = "Production", SeedDemoData = false });

        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => server.StartAsync());

        Assert.That(exception!.Message, Does.Contain("Authentication:OpenIdConnect:Authority is missing or not an absolute URL."));
        Assert.That(exception.Message, Does.Contain("Authentication:OpenIdConnect:ClientId is missing."));
        Assert.That(exception.Message, Does.Contain("Authentication:OpenIdConnect:ClientSecret is missing."));
        Assert.That(exception.Message, Does.Contain("Authentication:OpenIdConnect:RoleMapping is empty"));
    }

    [Test]
    public void Start_UnknownHostRole_Fails()
    {
        using var server = new OidcHostServer(databaseProvider, _provider, new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:RoleMapping:Inburgering-Admin"] = "administrator",
        });

        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => server.StartAsync());

        Assert.That(exception!.Message, Does.Contain("Authentication:OpenIdConnect:RoleMapping:Inburgering-Admin is 'administrator', which is not a host role."));
    }

    /// <summary>
    /// Opens <paramref name="path"/> unauthenticated, follows the redirect to the provider and the provider's
    /// redirect back, and returns the challenge URL and the host's response to the callback.
    /// </summary>
    private static async Task<(string Challenge, HttpResponseMessage Callback)> SignInAsync(HttpClient client, string path)
    {
        using var start = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{path} did not redirect to the provider");

        using var authorize = await client.GetAsync(start.Headers.Location);
        Assert.That(authorize.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the provider did not redirect back");

        var callback = await client.GetAsync(authorize.Headers.Location);
        return (start.Headers.Location!.OriginalString, callback);
    }

    private static bool HasLoginCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith("samplehost.auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
}
