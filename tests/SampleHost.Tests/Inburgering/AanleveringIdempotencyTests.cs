using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Host.Abstractions;
using TestSupport;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// One delivery sent several times at once with the same <c>Idempotency-Key</c>, as a client that retries on a timeout
/// does: the rows are stored once and every response names the same delivery.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanleveringIdempotencyTests(DatabaseProvider provider)
{
    private const int ConcurrentPosts = 8;

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
    public async Task SameKey_PostedConcurrently_StoresOnce()
    {
        var (bsn, startdatum) = await TaalStudentAsync();
        var (periodeVan, periodeTot) = _server.Periode(startdatum);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, ConcurrentPosts).Select(_ => Task.Run(() => PostAsync(bsn, periodeVan, periodeTot, key))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        var locations = responses.Select(r => r.Headers.Location?.OriginalString).Distinct().ToList();
        var dossierId = await AanleveringServer.FindDossierIdAsync(_consulent, bsn);
        var aanwezigheid = await AanleveringServer.ReadAanwezigheidAsync(_consulent, dossierId);
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.That(statuses.Count(s => s == HttpStatusCode.Created), Is.EqualTo(1), string.Join(", ", statuses));
        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(ConcurrentPosts - 1), string.Join(", ", statuses));
        Assert.That(locations, Has.Count.EqualTo(1));
        Assert.That(locations[0], Does.StartWith("/api/v1/leveringen/"));
        Assert.That(aanwezigheid, Has.Count.EqualTo(1));
        Assert.That(AanleveringServer.Uren(aanwezigheid[0], "aanwezigheidAangeboden"), Is.EqualTo(6m));
    }

    /// <summary>Returns the BSN and start date of the demo aanbieder's first running TAAL referral.</summary>
    private async Task<(string Bsn, string Startdatum)> TaalStudentAsync()
    {
        using var response = await _api.GetAsync(new Uri("/api/v1/aanmeldingen", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json);
        using var page = JsonDocument.Parse(json);

        var taal = page.RootElement.GetProperty("aanmeldingen").EnumerateArray()
            .First(a => a.GetProperty("onderdeel").GetString() == "TAAL" && a.GetProperty("bsn").ValueKind == JsonValueKind.String);
        return (taal.GetProperty("bsn").GetString()!, taal.GetProperty("startdatum").GetString()!);
    }

    private async Task<HttpResponseMessage> PostAsync(string bsn, string periodeVan, string periodeTot, string idempotencyKey)
    {
        var body = new
        {
            regels = new[]
            {
                new Dictionary<string, string>
                {
                    ["bsn"] = bsn,
                    ["onderdeel"] = "TAAL",
                    ["periodeVan"] = periodeVan,
                    ["periodeTot"] = periodeTot,
                    ["urenAangeboden"] = "6",
                    ["urenGevolgdFysiek"] = "5",
                    ["urenGevolgdOnline"] = "1",
                    ["urenGeoorloofdVerzuim"] = "0",
                    ["urenOngeoorloofdVerzuim"] = "0",
                },
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/leveringen", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await _api.SendAsync(request);
    }
}
