using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Api;

/// <summary>The screen model and actions as JSON under /api, for vendors with another user interface.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ScreenApiTests(DatabaseProvider provider)
{
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Screens_ForConsulent_ListsPluginScreens()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        using var document = await GetJsonAsync(consulent, "/api/screens");

        var ids = document.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.EquivalentTo(new[]
        {
            "inburgering.dossiers", "inburgering.client", "inburgering.dossier", "inburgering.cijfers", "inburgering.brede-intake",
            "inburgering.pip", "inburgering.pip-beschikking", "inburgering.voortgang", "inburgering.begeleiding", "inburgering.termijn",
            "inburgering.duo-signalen", "inburgering.duo-signaal", "inburgering.aanbieders", "inburgering.aanbieder",
            "inburgering.aanmeldingen", "inburgering.leveringen", "inburgering.levering", "inburgering.verhuizingen",
            "inburgering.overdrachten", "inburgering.overdracht", "inburgering.overdracht-bestand", "inburgering.overdracht-import",
            "inburgering.coa", "inburgering.coa-import", "inburgering.duo-registraties", "inburgering.duo-registratie",
        }));
    }

    [Test]
    public async Task RegisterAction_ThenScreen_ReturnsDossierAsJson()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        using var response = await consulent.Client.PostAsJsonAsync("/api/actions/inburgering.registreer", new
        {
            values = new Dictionary<string, string?>
            {
                ["bsn"] = "00009921",
                ["doelgroep"] = "Asielstatushouder",
                ["koppeldatum"] = "2026-11-01",
                ["wetRegime"] = "Wi2021",
            },
        });
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var apiHref = result.RootElement.GetProperty("navigateTo").GetProperty("apiHref").GetString()!;
        using var screen = await GetJsonAsync(consulent, apiHref);

        var persoon = screen.RootElement.GetProperty("sections")[0].GetProperty("elements").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "field")
            .ToDictionary(e => e.GetProperty("field").GetProperty("key").GetString()!, e => e.GetProperty("value"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(apiHref, Does.Not.Contain("9921"));
        Assert.That(screen.RootElement.GetProperty("heading").GetString(), Is.EqualTo("Erik van den Oever"));
        Assert.That(persoon["bsn"].GetProperty("raw").GetString(), Is.EqualTo("000009921"));
        Assert.That(persoon["geboortedatum"].GetProperty("raw").GetProperty("year").GetInt32(), Is.EqualTo(1921));
        Assert.That(persoon["geboortedatum"].GetProperty("display").GetString(), Is.EqualTo("9 oktober 1921"));
    }

    [Test]
    public async Task RegisterAction_InvalidBsn_ReturnsProblemWithInvalidParams()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        using var response = await consulent.Client.PostAsJsonAsync("/api/actions/inburgering.registreer", new
        {
            values = new Dictionary<string, string?>
            {
                ["bsn"] = "999993654",
                ["doelgroep"] = "Asielstatushouder",
                ["koppeldatum"] = "2026-11-01",
                ["wetRegime"] = "Wi2021",
            },
        });
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var invalid = problem.RootElement.GetProperty("invalidParams").EnumerateArray().ToList();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(invalid.Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "bsn" }));
        Assert.That(invalid[0].GetProperty("reason").GetString(), Does.Contain("elfproef"));
    }

    [Test]
    public async Task Action_UnknownInput_IsNamedInProblem()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        using var response = await consulent.Client.PostAsJsonAsync("/api/actions/inburgering.zoek", new
        {
            values = new Dictionary<string, string?> { ["bsn"] = "999993653", ["naam"] = "x" },
        });
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem.RootElement.GetProperty("invalidParams")[0].GetProperty("name").GetString(), Is.EqualTo("naam"));
    }

    [Test]
    public async Task Screen_OfOtherGemeente_IsNotFound()
    {
        using var rotterdam = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");
        using var registered = await rotterdam.Client.PostAsJsonAsync("/api/actions/inburgering.registreer", new
        {
            values = new Dictionary<string, string?>
            {
                ["bsn"] = "999993653",
                ["doelgroep"] = "Asielstatushouder",
                ["koppeldatum"] = "2026-11-01",
                ["wetRegime"] = "Wi2021",
            },
        });
        using var result = JsonDocument.Parse(await registered.Content.ReadAsStringAsync());
        var apiHref = result.RootElement.GetProperty("navigateTo").GetProperty("apiHref").GetString()!;
        using var denHaag = await HostSession.LogInAsync(_server, "demo-0518-consulent-inburgering");

        using var response = await denHaag.Client.GetAsync(new Uri(apiHref, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(body, Does.Not.Contain("Moulin"));
    }

    [Test]
    public async Task Screen_Anonymous_IsUnauthorized()
    {
        using var client = _server.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/api/screens/inburgering.dossiers", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Screen_RoleWithoutPermission_IsForbidden()
    {
        using var aanbieder = await HostSession.LogInAsync(_server, "demo-0599-aanbieder");

        using var response = await aanbieder.Client.GetAsync(new Uri("/api/screens/inburgering.dossiers", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Action_FormEncodedBody_IsRejected()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        using var response = await consulent.Client.PostAsync(
            new Uri("/api/actions/inburgering.zoek", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["bsn"] = "999993653" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType), "only a JSON body binds, so a cross-site form cannot start an action");
    }

    private static async Task<JsonDocument> GetJsonAsync(HostSession session, string url)
    {
        using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
