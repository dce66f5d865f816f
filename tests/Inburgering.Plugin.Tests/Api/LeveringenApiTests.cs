using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using TestSupport;
using static Inburgering.Plugin.Tests.Api.AanbiedersApiHarness;

namespace Inburgering.Plugin.Tests.Api;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringenApiTests(DatabaseProvider provider)
{
    private AanbiedersApiHarness _api = null!;
    private Aanbieder _eigen = null!;
    private Aanbieder _ander = null!;
    private Aanbieder _denHaag = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _api = await AanbiedersApiHarness.StartAsync(provider);
        _eigen = await _api.AddAanbiederAsync(PluginHarness.Rotterdam, "90059901");
        _ander = await _api.AddAanbiederAsync(PluginHarness.Rotterdam, "90059902");
        _denHaag = await _api.AddAanbiederAsync(PluginHarness.DenHaag, "90051801");
        _api.Toegang.Eigen.Add(_eigen);
    }

    [TearDown]
    public async Task StopAsync() => await _api.DisposeAsync();

    [Test]
    public async Task List_ReturnsOwnDeliveriesNewestFirst()
    {
        var oud = await _api.AddLeveringAsync(PluginHarness.Rotterdam, _eigen.Id, "L-1", PluginHarness.Now.AddDays(-20));
        var nieuw = await _api.AddLeveringAsync(PluginHarness.Rotterdam, _eigen.Id, "L-2", PluginHarness.Now.AddHours(-1));
        await _api.AddLeveringAsync(PluginHarness.Rotterdam, _ander.Id, "L-3", PluginHarness.Now);
        await _api.AddLeveringAsync(PluginHarness.DenHaag, _denHaag.Id, "L-4", PluginHarness.Now);

        var response = await _api.CallAsync("leveringenOphalen", Request());

        Assert.That(response.Status, Is.EqualTo(200));
        var leveringen = Json(response).GetProperty("leveringen").EnumerateArray().ToList();
        Assert.That(leveringen.Select(l => l.GetProperty("id").GetGuid()), Is.EqualTo(new[] { nieuw.Id, oud.Id }));
        Assert.That(leveringen[0].GetProperty("leveringId").GetString(), Is.EqualTo("L-2"));
        Assert.That(leveringen[0].GetProperty("kanaal").GetString(), Is.EqualTo("bestand"));
        Assert.That(leveringen[0].GetProperty("modus").GetString(), Is.EqualTo("geldige-regels"));
        Assert.That(leveringen[0].GetProperty("status").GetString(), Is.EqualTo("verwerkt"));
        Assert.That(leveringen[0].GetProperty("aantalRegels").GetInt32(), Is.EqualTo(3));
        Assert.That(leveringen[0].GetProperty("ontvangenOp").GetDateTimeOffset(), Is.EqualTo(PluginHarness.Now.AddHours(-1)));
        Assert.That(leveringen[0].TryGetProperty("fouten", out _), Is.False);
    }

    [Test]
    public async Task List_PagesWithNextLink()
    {
        var eerste = await _api.AddLeveringAsync(PluginHarness.Rotterdam, _eigen.Id, "L-1", PluginHarness.Now.AddDays(-3));
        var tweede = await _api.AddLeveringAsync(PluginHarness.Rotterdam, _eigen.Id, "L-2", PluginHarness.Now.AddDays(-2));
        var derde = await _api.AddLeveringAsync(PluginHarness.Rotterdam, _eigen.Id, "L-3", PluginHarness.Now.AddDays(-1));
        var query = new Dictionary<string, string?> { ["paginaGrootte"] = "2" };

        var pagina1 = Json(await _api.CallAsync("leveringenOphalen", Request(query: query)));
        var next = pagina1.GetProperty("_links").GetProperty("next").GetProperty("href").GetString()!;
        query["cursor"] = Uri.UnescapeDataString(next.Split('?')[1].Split('&')[0]["cursor=".Length..]);
        var pagina2 = Json(await _api.CallAsync("leveringenOphalen", Request(query: query)));

        Assert.That(pagina1.GetProperty("leveringen").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()), Is.EqualTo(new[] { derde.Id, tweede.Id }));
        Assert.That(next, Does.StartWith("leveringen?cursor="));
        Assert.That(next, Does.EndWith("&paginaGrootte=2"));
        Assert.That(pagina2.GetProperty("leveringen").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()), Is.EqualTo(new[] { eerste.Id }));
        Assert.That(pagina2.GetProperty("_links").GetProperty("self").GetProperty("href").GetString(), Is.EqualTo(next));
        Assert.That(pagina2.GetProperty("_links").TryGetProperty("next", out _), Is.False);
    }

    [Test]
    public async Task List_InvalidPageSize_Returns400()
    {
        var response = await _api.CallAsync("leveringenOphalen", Request(query: new Dictionary<string, string?> { ["paginaGrootte"] = "-1" }));

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Problem!.InvalidParameters.Select(p => p.Name), Is.EqualTo(new[] { "paginaGrootte" }));
    }

    [Test]
    public async Task Get_OwnDelivery_ReturnsItWithErrors()
    {
        var levering = await _api.AddLeveringAsync(
            PluginHarness.Rotterdam,
            _eigen.Id,
            "L-1",
            PluginHarness.Now,
            Fout(3, LeveringKolommen.UrenOngeoorloofdVerzuim, "1,1", "uren"),
            Fout(2, LeveringKolommen.PeriodeTot, "2026-13-01", "datum"),
            Fout(2, null, null, "dubbel"));

        var response = await _api.CallAsync("leveringOphalen", Request(path: Path(levering.Id)));

        Assert.That(response.Status, Is.EqualTo(200));
        var body = Json(response);
        Assert.That(body.GetProperty("id").GetGuid(), Is.EqualTo(levering.Id));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("deels-verwerkt"));
        Assert.That(body.GetProperty("aantalGeweigerd").GetInt32(), Is.EqualTo(2));
        var fouten = body.GetProperty("fouten").EnumerateArray().ToList();
        Assert.That(fouten.Select(f => f.GetProperty("regel").GetInt32()), Is.EqualTo(new[] { 2, 2, 3 }));
        Assert.That(fouten.Select(f => f.GetProperty("veld").GetString()), Is.EqualTo(new[] { null, "periodeTot", "urenOngeoorloofdVerzuim" }));
        Assert.That(fouten[1].GetProperty("waarde").GetString(), Is.EqualTo("2026-13-01"));
        Assert.That(fouten[1].GetProperty("code").GetString(), Is.EqualTo("datum"));
        Assert.That(fouten[1].GetProperty("melding").GetProperty("nl").GetString(), Is.EqualTo("Fout datum."));
        Assert.That(fouten[1].GetProperty("melding").GetProperty("en").GetString(), Is.EqualTo("Error datum."));
    }

    [Test]
    public async Task Get_OtherAanbiedersDelivery_Returns404()
    {
        var anders = await _api.AddLeveringAsync(PluginHarness.Rotterdam, _ander.Id, "L-1", PluginHarness.Now);

        var response = await _api.CallAsync("leveringOphalen", Request(path: Path(anders.Id)));

        AssertNotFound(response);
    }

    [Test]
    public async Task Get_OtherGemeentesDelivery_Returns404()
    {
        var denHaag = await _api.AddLeveringAsync(PluginHarness.DenHaag, _denHaag.Id, "L-1", PluginHarness.Now);

        // Even an aanbieder lookup that wrongly returned the other gemeente's aanbieder would not reach its deliveries.
        _api.Toegang.Eigen.Add(_denHaag);
        var response = await _api.CallAsync("leveringOphalen", Request(path: Path(denHaag.Id)));

        AssertNotFound(response);
    }

    [TestCase("L-1")]
    [TestCase("00000000-0000-0000-0000-000000000000")]
    public async Task Get_UnknownId_Returns404(string id)
    {
        await _api.AddLeveringAsync(PluginHarness.Rotterdam, _eigen.Id, "L-1", PluginHarness.Now);

        var response = await _api.CallAsync("leveringOphalen", Request(path: new Dictionary<string, string> { ["leveringId"] = id }));

        AssertNotFound(response);
    }

    [Test]
    public async Task List_CallerWithoutAanbieder_Returns403()
    {
        _api.Toegang.Eigen.Clear();

        var response = await _api.CallAsync("leveringenOphalen", Request());

        Assert.That(response.Status, Is.EqualTo(403));
    }

    private static void AssertNotFound(ApiResponse response)
    {
        var expected = ApiResponse.NotFound();
        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Problem!.Title, Is.EqualTo(expected.Problem!.Title));
        Assert.That(response.Problem.Detail, Is.Null);
        Assert.That(response.Problem.InvalidParameters, Is.Empty);
    }

    private static LeveringFout Fout(int regel, string? kolom, string? waarde, string code) => new()
    {
        Id = Guid.NewGuid(),
        Gemeente = PluginHarness.Rotterdam.Value,
        Regelnummer = regel,
        Kolom = kolom,
        Waarde = waarde,
        Code = code,
        MeldingNl = $"Fout {code}.",
        MeldingEn = $"Error {code}.",
    };

    private static Dictionary<string, string> Path(Guid id) => new() { ["leveringId"] = id.ToString() };
}
