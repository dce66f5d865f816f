using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Security.ApiClients;
using SampleHost.Security.Authentication;
using SampleHost.Tenancy;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Tenancy;

/// <summary>
/// The organisation a user acts for: from the demo login, from an API client, and the OIDC settings for it. Only the
/// showcase plugin is loaded, so the role aanbieder has no plugin permissions and a functioneel beheerder may grant it.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class OrganisationTests(DatabaseProvider provider)
{
    private const string Beheerder = "demo-0599-functioneel-beheerder";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [TestCase("demo-0599-aanbieder", "90059901")]
    [TestCase("demo-0518-aanbieder", "90051801")]
    public async Task DemoAanbieder_ActsForDemoOrganisation(string userId, string organisation)
    {
        using var session = await HostSession.LogInAsync(_server, userId);

        var (_, home) = await session.GetPageAsync("/");
        var (_, login) = await session.GetPageAsync("/inloggen");

        Assert.That(home, Does.Contain($" &#xB7; namens KvK {organisation} &#xB7; gemeente "));
        Assert.That(login, Does.Contain($"(KvK {organisation})"));
    }

    [Test]
    public async Task DemoConsulent_ActsForNoOrganisation()
    {
        using var session = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        var (_, home) = await session.GetPageAsync("/");

        Assert.That(home, Does.Not.Contain("namens KvK"));
    }

    [Test]
    public async Task ApiClient_AanbiederWithoutOrganisation_NamesField()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder);

        using var response = await CreateAsync(beheerder, "Taalschool zonder KvK", "aanbieder", string.Empty);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("Vul bij Organisatie het KvK-nummer van de aanbieder in; dit veld is verplicht voor de rol Aanbieder."));
        Assert.That(NewKey().IsMatch(html), Is.False);
    }

    [Test]
    public async Task ApiClient_InvalidOrganisation_NamesForm()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder);

        using var response = await CreateAsync(beheerder, "Taalschool fout", "aanbieder", "1234");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("Organisatie &#x27;1234&#x27; is ongeldig. Vul een KvK-nummer van 8 cijfers in"));
        Assert.That(html, Does.Contain("value=\"1234\""));
    }

    [Test]
    public async Task ApiClient_WithOrganisation_IssuesClaim()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder);

        using var response = await CreateAsync(beheerder, "Taalschool met KvK", "aanbieder", "90059901/000012345678");
        var key = NewKey().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
        await using var scope = _server.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = $"Bearer {key}";
        var result = await context.AuthenticateAsync(HostAuthenticationSchemes.ApiClient);

        Assert.That(key, Is.Not.Empty);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Principal!.FindFirst(HostClaimTypes.Organisation)?.Value, Is.EqualTo("90059901/000012345678"));
        Assert.That(result.Principal!.FindFirst(HostClaimTypes.UserId)?.Value, Does.StartWith(ApiClientAuthenticationHandler.UserIdPrefix));
    }

    [Test]
    public void OidcSettings_AanbiederRoleWithoutKvkClaim_Fail()
    {
        var options = new OpenIdConnectSignInOptions { Authority = "https://login.example/realm", ClientId = "host", ClientSecret = "secret" };
        options.RoleMapping["Taalschool"] = "aanbieder";

        var result = new OpenIdConnectSignInOptionsValidator().Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.Failures, Has.One.StartsWith("Authentication:OpenIdConnect:RoleMapping grants the role aanbieder, but Authentication:OpenIdConnect:KvkNumberClaim is not set"));
    }

    [TestCase("90059901", null, "90059901")]
    [TestCase("90059901", "000012345678", "90059901/000012345678")]
    [TestCase("9005990", null, null)]
    [TestCase("90059901", "12345", null)]
    [TestCase("9005990A", null, null)]
    public void Organisation_From_ChecksForm(string kvkNumber, string? vestigingsnummer, string? expected)
    {
        var organisation = Organisation.From(kvkNumber, vestigingsnummer);

        Assert.That(organisation, Is.EqualTo(expected));
    }

    private static Task<HttpResponseMessage> CreateAsync(HostSession beheerder, string name, string role, string organisation) =>
        beheerder.PostFormAsync(
            "/beheer/api-clients",
            new Dictionary<string, string> { ["name"] = name, ["role"] = role, ["organisation"] = organisation },
            "/beheer/api-clients?handler=Aanmaken");

    [GeneratedRegex("<code[^>]*data-new-key[^>]*>([^<]+)</code>")]
    private static partial Regex NewKey();
}
