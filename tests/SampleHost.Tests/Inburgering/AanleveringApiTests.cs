using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Host.Abstractions;
using TestSupport;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// The demo aanbieder delivers attendance through <c>/api/v1</c> over real HTTP, and the consulent reads exactly those
/// totals on the dossier's voortgang screen.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanleveringApiTests(DatabaseProvider provider)
{
    private AanleveringServer _server = null!;
    private HttpClient _api = null!;
    private HostSession _consulent = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = new AanleveringServer(provider);
        await _server.StartAsync();
        _api = _server.CreateApiClient(await _server.CreateAanbiederApiKeyAsync());
        _consulent = await HostSession.LogInAsync(_server, AanleveringServer.ConsulentId);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _consulent.Dispose();
        _api.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Levering_PostedTwice_CountsOnceOnVoortgang()
    {
        var (bsn, startdatum) = await TaalStudentAsync(0);
        var (periodeVan, periodeTot) = _server.Periode(startdatum);
        var body = Body(bsn, periodeVan, periodeTot, urenAangeboden: "12", urenGevolgdFysiek: "8.5", urenGevolgdOnline: "2");
        var key = Guid.NewGuid().ToString();

        using var created = await PostAsync(body, key);
        var createdJson = await created.Content.ReadAsStringAsync();
        using var repeated = await PostAsync(body, key);
        var repeatedJson = await repeated.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), createdJson);
        using var fetched = await _api.GetAsync(created.Headers.Location);
        using var levering = JsonDocument.Parse(await fetched.Content.ReadAsStringAsync());
        var dossierId = await AanleveringServer.FindDossierIdAsync(_consulent, bsn);
        var aanwezigheid = await AanleveringServer.ReadAanwezigheidAsync(_consulent, dossierId);

        Assert.That(created.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(created.Headers.Location?.OriginalString, Does.StartWith("/api/v1/leveringen/"));
        Assert.That(created.Headers.Location?.OriginalString, Does.Not.Contain(bsn));
        Assert.That(repeated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(repeatedJson, Is.EqualTo(createdJson));
        Assert.That(fetched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(levering.RootElement.GetProperty("aantalVerwerkt").GetInt32(), Is.EqualTo(1));
        Assert.That(aanwezigheid, Has.Count.EqualTo(1));
        Assert.That(aanwezigheid[0]["aanwezigheidOnderdeel"], Is.EqualTo("TAAL"));
        Assert.That(AanleveringServer.Uren(aanwezigheid[0], "aanwezigheidAangeboden"), Is.EqualTo(12m));
        Assert.That(AanleveringServer.Uren(aanwezigheid[0], "aanwezigheidFysiek"), Is.EqualTo(8.5m));
        Assert.That(AanleveringServer.Uren(aanwezigheid[0], "aanwezigheidOnline"), Is.EqualTo(2m));
    }

    [Test]
    public async Task Levering_OtherBodySameKey_IsRejected()
    {
        var (bsn, startdatum) = await TaalStudentAsync(1);
        var (periodeVan, periodeTot) = _server.Periode(startdatum);
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync(Body(bsn, periodeVan, periodeTot, urenAangeboden: "4", urenGevolgdFysiek: "4", urenGevolgdOnline: "0"), key);

        using var other = await PostAsync(Body(bsn, periodeVan, periodeTot, urenAangeboden: "5", urenGevolgdFysiek: "5", urenGevolgdOnline: "0"), key);
        using var problem = JsonDocument.Parse(await other.Content.ReadAsStringAsync());

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        Assert.That((int)other.StatusCode, Is.AnyOf(409, 422));
        Assert.That(other.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo((int)other.StatusCode));
    }

    [Test]
    public async Task Levering_BadPeriod_Returns422WithInvalidParam()
    {
        var (bsn, startdatum) = await TaalStudentAsync(2);
        var (periodeVan, _) = _server.Periode(startdatum);
        var body = Body(bsn, periodeVan, "31-02-2026", urenAangeboden: "4", urenGevolgdFysiek: "4", urenGevolgdOnline: "0");

        using var response = await PostAsync(body, Guid.NewGuid().ToString());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = problem.RootElement.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(names, Does.Contain("regels[0].periodeTot"));
    }

    /// <summary>Returns the BSN and start date of the running TAAL referral at <paramref name="index"/> of the demo aanbieder.</summary>
    private async Task<(string Bsn, string Startdatum)> TaalStudentAsync(int index)
    {
        using var response = await _api.GetAsync(new Uri("/api/v1/aanmeldingen", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json);
        using var page = JsonDocument.Parse(json);

        var taal = page.RootElement.GetProperty("aanmeldingen").EnumerateArray()
            .Where(a => a.GetProperty("onderdeel").GetString() == "TAAL" && a.GetProperty("bsn").ValueKind == JsonValueKind.String)
            .ElementAt(index);
        return (taal.GetProperty("bsn").GetString()!, taal.GetProperty("startdatum").GetString()!);
    }

    private static object Body(string bsn, string periodeVan, string periodeTot, string urenAangeboden, string urenGevolgdFysiek, string urenGevolgdOnline) => new
    {
        modus = "alles-of-niets",
        regels = new[]
        {
            new Dictionary<string, string>
            {
                ["bsn"] = bsn,
                ["onderdeel"] = "TAAL",
                ["periodeVan"] = periodeVan,
                ["periodeTot"] = periodeTot,
                ["urenAangeboden"] = urenAangeboden,
                ["urenGevolgdFysiek"] = urenGevolgdFysiek,
                ["urenGevolgdOnline"] = urenGevolgdOnline,
                ["urenGeoorloofdVerzuim"] = "0",
                ["urenOngeoorloofdVerzuim"] = "0",
            },
        },
    };

    private async Task<HttpResponseMessage> PostAsync(object body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/leveringen", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await _api.SendAsync(request);
    }
}
