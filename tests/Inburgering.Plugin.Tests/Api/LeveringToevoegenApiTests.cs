using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using TestSupport;
using static Inburgering.Plugin.Tests.Api.AanbiedersApiHarness;

namespace Inburgering.Plugin.Tests.Api;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringToevoegenApiTests(DatabaseProvider provider)
{
    private const string Sleutel = "levering-2026-11";

    private const string Regel = """
        { "bsn": "999993653", "onderdeel": "TAAL", "periodeVan": "2026-11-01", "periodeTot": "2026-11-30",
          "urenAangeboden": 40, "urenGevolgdFysiek": 30, "urenGevolgdOnline": 6, "urenGeoorloofdVerzuim": 2, "urenOngeoorloofdVerzuim": 2 }
        """;

    private static readonly LocalizedText s_melding = new("Vul de datum in als jjjj-mm-dd.", "Enter the date as yyyy-mm-dd.");

    private AanbiedersApiHarness _api = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _api = await AanbiedersApiHarness.StartAsync(provider);
        _api.Toegang.Eigen.Add(await _api.AddAanbiederAsync(PluginHarness.Rotterdam, "90059901"));
    }

    [TearDown]
    public async Task StopAsync() => await _api.DisposeAsync();

    [Test]
    public async Task Post_MapsEveryFieldToItsColumn()
    {
        _api.User.Organisation = "90059901/000012345678";
        const string body = """
            { "leveringId": "levering-2026-11", "modus": "geldige-regels", "regels": [ {
              "bsn": "000009921", "trajectRef": "T-17", "leerroute": "B1", "onderdeel": "TAAL",
              "periodeVan": "2026-11-01", "periodeTot": "2026-11-30",
              "urenAangeboden": "40", "urenGevolgdFysiek": "30,25", "urenGevolgdOnline": "6.5", "urenGeoorloofdVerzuim": "2", "urenOngeoorloofdVerzuim": "1.25",
              "niveauLezen": "A1", "niveauLuisteren": "A2", "niveauSpreken": "B1", "niveauSchrijven": "A0",
              "examenOnderdeel": "LEZEN", "examenDatum": "2026-11-20", "examenResultaat": "BEHAALD",
              "startdatum": "2026-09-01", "einddatum": "2026-11-30", "uitvalreden": "verhuisd", "opmerking": "laatste maand" } ] }
            """;

        var response = await _api.PostLeveringAsync(Sleutel, body);

        Assert.That(response.Status, Is.EqualTo(201));
        var (invoer, regels) = _api.Verwerker.Ontvangen.Single();
        Assert.That(invoer, Is.EqualTo(new LeveringInvoer(LeveringKanaal.Api, Sleutel, LeveringModus.GeldigeRegels, null) { Bsns = invoer.Bsns }));
        Assert.That(invoer.Bsns, Is.EquivalentTo(new[] { "000009921" }));
        Assert.That(regels.Single().Regelnummer, Is.EqualTo(1));
        Assert.That(regels.Single().Waarden, Is.EquivalentTo(new Dictionary<string, string?>
        {
            [LeveringKolommen.LeveringId] = Sleutel,
            [LeveringKolommen.AanbiederKvk] = "90059901",
            [LeveringKolommen.Vestigingsnummer] = "000012345678",
            [LeveringKolommen.Bsn] = "000009921",
            [LeveringKolommen.TrajectRef] = "T-17",
            [LeveringKolommen.Leerroute] = "B1",
            [LeveringKolommen.Onderdeel] = "TAAL",
            [LeveringKolommen.PeriodeVan] = "2026-11-01",
            [LeveringKolommen.PeriodeTot] = "2026-11-30",
            [LeveringKolommen.UrenAangeboden] = "40",
            [LeveringKolommen.UrenGevolgdFysiek] = "30,25",
            [LeveringKolommen.UrenGevolgdOnline] = "6.5",
            [LeveringKolommen.UrenGeoorloofdVerzuim] = "2",
            [LeveringKolommen.UrenOngeoorloofdVerzuim] = "1.25",
            [LeveringKolommen.NiveauLezen] = "A1",
            [LeveringKolommen.NiveauLuisteren] = "A2",
            [LeveringKolommen.NiveauSpreken] = "B1",
            [LeveringKolommen.NiveauSchrijven] = "A0",
            [LeveringKolommen.ExamenOnderdeel] = "LEZEN",
            [LeveringKolommen.ExamenDatum] = "2026-11-20",
            [LeveringKolommen.ExamenResultaat] = "BEHAALD",
            [LeveringKolommen.Startdatum] = "2026-09-01",
            [LeveringKolommen.Einddatum] = "2026-11-30",
            [LeveringKolommen.Uitvalreden] = "verhuisd",
            [LeveringKolommen.Opmerking] = "laatste maand",
        }));
        Assert.That(regels.Single().Waarden.Keys, Is.EquivalentTo(LeveringKolommen.Alle));
    }

    [Test]
    public async Task Post_JsonNumbers_KeepTheirDigits()
    {
        const string body = """
            { "regels": [ { "bsn": "999993653", "onderdeel": "TAAL", "periodeVan": "2026-11-01", "periodeTot": "2026-11-30",
              "urenAangeboden": 40.50, "urenGevolgdFysiek": 1e1, "urenGevolgdOnline": -0.25, "urenGeoorloofdVerzuim": 0, "urenOngeoorloofdVerzuim": "abc" } ] }
            """;

        await _api.PostLeveringAsync(Sleutel, body);

        var waarden = _api.Verwerker.Ontvangen.Single().Regels.Single().Waarden;
        Assert.That(waarden[LeveringKolommen.UrenAangeboden], Is.EqualTo("40.50"));
        Assert.That(waarden[LeveringKolommen.UrenGevolgdFysiek], Is.EqualTo("1e1"));
        Assert.That(waarden[LeveringKolommen.UrenGevolgdOnline], Is.EqualTo("-0.25"));
        Assert.That(waarden[LeveringKolommen.UrenGeoorloofdVerzuim], Is.EqualTo("0"));
        Assert.That(waarden[LeveringKolommen.UrenOngeoorloofdVerzuim], Is.EqualTo("abc"));
    }

    [Test]
    public async Task Post_MissingFields_PassedAsEmpty()
    {
        await _api.PostLeveringAsync(Sleutel, """{ "regels": [ { "bsn": "999993653" }, {} ] }""");

        var regels = _api.Verwerker.Ontvangen.Single().Regels;
        Assert.That(regels.Select(r => r.Regelnummer), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(regels[0].Waarde(LeveringKolommen.Bsn), Is.EqualTo("999993653"));
        Assert.That(regels[0].Waarde(LeveringKolommen.PeriodeTot), Is.Null);
        Assert.That(regels[1].Waarde(LeveringKolommen.Bsn), Is.Null);
        Assert.That(regels[1].Waarde(LeveringKolommen.LeveringId), Is.EqualTo(Sleutel));
    }

    [Test]
    public async Task Post_WithoutModus_IsAllesOfNiets()
    {
        await _api.PostLeveringAsync(Sleutel, $$"""{ "regels": [ {{Regel}} ] }""");

        var invoer = _api.Verwerker.Ontvangen.Single().Invoer;
        Assert.That(invoer.Modus, Is.EqualTo(LeveringModus.AllesOfNiets));
        Assert.That(invoer.Referentie, Is.EqualTo(Sleutel));
        Assert.That(invoer.AanbiederId, Is.Null);
    }

    [Test]
    public async Task Post_Imported_Returns201WithSummaryAndLocation()
    {
        var id = Guid.NewGuid();
        _api.Verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(id, LeveringStatus.Verwerkt, regels.Count, regels.Count, []);

        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "regels": [ {{Regel}}, {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(201));
        Assert.That(response.Location, Is.EqualTo($"leveringen/{id}"));
        Assert.That(Encoding.UTF8.GetString(response.Json.Span), Is.EqualTo(
            $$"""{"id":"{{id}}","leveringId":"levering-2026-11","modus":"alles-of-niets","status":"verwerkt","aantalRegels":2,"aantalVerwerkt":2,"aantalGeweigerd":0,"fouten":[]}"""));
    }

    [Test]
    public async Task Post_PartlyImported_Returns201WithErrors()
    {
        var id = Guid.NewGuid();
        _api.Verwerker.Uitkomst = (_, _) => new LeveringUitkomst(id, LeveringStatus.DeelsVerwerkt, 3, 2, [new LeveringFoutmelding(3, LeveringKolommen.PeriodeTot, "30-11-2026", "datum", s_melding)]);

        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "modus": "geldige-regels", "regels": [ {{Regel}}, {{Regel}}, {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(201));
        var body = Json(response);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("deels-verwerkt"));
        Assert.That(body.GetProperty("modus").GetString(), Is.EqualTo("geldige-regels"));
        Assert.That(body.GetProperty("aantalVerwerkt").GetInt32(), Is.EqualTo(2));
        Assert.That(body.GetProperty("aantalGeweigerd").GetInt32(), Is.EqualTo(1));
        var fout = body.GetProperty("fouten").EnumerateArray().Single();
        Assert.That(fout.GetProperty("regel").GetInt32(), Is.EqualTo(3));
        Assert.That(fout.GetProperty("veld").GetString(), Is.EqualTo("periodeTot"));
        Assert.That(fout.GetProperty("waarde").GetString(), Is.EqualTo("30-11-2026"));
        Assert.That(fout.GetProperty("code").GetString(), Is.EqualTo("datum"));
        Assert.That(fout.GetProperty("melding").GetProperty("nl").GetString(), Is.EqualTo(s_melding.Nl));
        Assert.That(fout.GetProperty("melding").GetProperty("en").GetString(), Is.EqualTo(s_melding.En));
    }

    [Test]
    public async Task Post_Repeated_Returns200WithSameBody()
    {
        var id = Guid.NewGuid();
        var herhaald = false;
        _api.Verwerker.Uitkomst = (_, regels) =>
        {
            var uitkomst = new LeveringUitkomst(id, LeveringStatus.Verwerkt, regels.Count, regels.Count, []) { Herhaald = herhaald };
            herhaald = true;
            return uitkomst;
        };
        var body = $$"""{ "regels": [ {{Regel}} ] }""";

        var eerste = await _api.PostLeveringAsync(Sleutel, body);
        var tweede = await _api.PostLeveringAsync(Sleutel, body);

        Assert.That(eerste.Status, Is.EqualTo(201));
        Assert.That(tweede.Status, Is.EqualTo(200));
        Assert.That(tweede.Json.ToArray(), Is.EqualTo(eerste.Json.ToArray()));
        Assert.That(tweede.Location, Is.EqualTo($"leveringen/{id}"));
    }

    [Test]
    public async Task Post_InvalidRows_Returns422()
    {
        var id = Guid.NewGuid();
        _api.Verwerker.Uitkomst = (_, _) => new LeveringUitkomst(id, LeveringStatus.Geweigerd, 4, 0,
        [
            new LeveringFoutmelding(4, LeveringKolommen.PeriodeTot, "2026-13-01", "datum", s_melding),
            new LeveringFoutmelding(1, LeveringKolommen.UrenGevolgdFysiek, "50", "uren", s_melding),
            new LeveringFoutmelding(2, null, null, "dubbel", s_melding),
        ]);

        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "regels": [ {{Regel}}, {{Regel}}, {{Regel}}, {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(422));
        Assert.That(response.Location, Is.EqualTo($"leveringen/{id}"));
        Assert.That(response.Problem!.InvalidParameters.Select(p => p.Name), Is.EqualTo(new[] { "regels[3].periodeTot", "regels[0].urenGevolgdFysiek", "regels[1]" }));
        Assert.That(response.Problem.InvalidParameters.Select(p => p.Code), Is.EqualTo(new[] { "datum", "uren", "dubbel" }));
        Assert.That(response.Problem.InvalidParameters[0].Reason, Is.EqualTo(s_melding));
        Assert.That(response.Problem.Detail!.Nl, Does.Contain("3 waarden"));
    }

    [Test]
    public async Task Post_RejectedAsAWhole_Returns409WithReason()
    {
        var reden = new LocalizedText("Deze referentie is al gebruikt voor andere regels.", "This reference was used before for other rows.");
        _api.Verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(Guid.Empty, LeveringStatus.Geweigerd, regels.Count, 0, []) { Geweigerd = reden };

        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "regels": [ {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(409));
        Assert.That(response.Problem!.Detail, Is.EqualTo(reden));
        Assert.That(response.Location, Is.Null);
    }

    [Test]
    public async Task Post_LeveringIdEqualToKey_IsAccepted()
    {
        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "leveringId": "{{Sleutel}}", "regels": [ {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(201));
    }

    [TestCase("levering-2026-12")]
    [TestCase("LEVERING-2026-11")]
    [TestCase("")]
    public async Task Post_LeveringIdOtherThanKey_Returns400(string leveringId)
    {
        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "leveringId": "{{leveringId}}", "regels": [ {{Regel}} ] }""");

        AssertBadRequest(response, "leveringId", "afwijkend");
    }

    [TestCase(null)]
    [TestCase("  ")]
    public async Task Post_WithoutKey_Returns400(string? key)
    {
        var response = await _api.CallAsync("leveringToevoegen", Request(idempotencyKey: key, body: $$"""{ "regels": [ {{Regel}} ] }"""));

        AssertBadRequest(response, "Idempotency-Key", "verplicht");
    }

    [Test]
    public async Task Post_KeyOfMaxLength_IsAccepted()
    {
        var response = await _api.PostLeveringAsync(new string('k', 100), $$"""{ "regels": [ {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(201));
    }

    [Test]
    public async Task Post_KeyTooLong_Returns400()
    {
        var response = await _api.PostLeveringAsync(new string('k', 101), $$"""{ "regels": [ {{Regel}} ] }""");

        AssertBadRequest(response, "Idempotency-Key", "te-lang");
    }

    [Test]
    public async Task Post_UnknownModus_Returns400()
    {
        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "modus": "AllesOfNiets", "regels": [ {{Regel}} ] }""");

        AssertBadRequest(response, "modus", "ongeldig");
    }

    [TestCase("{ \"regels\": [ ", "regels[0]")]
    [TestCase("geen json", "body")]
    [TestCase("", "body")]
    [TestCase("[]", "body")]
    [TestCase("{ \"regels\": {} }", "regels")]
    [TestCase("{ \"regels\": [ { \"bsn\": 999993653 } ] }", "regels[0].bsn")]
    [TestCase("{ \"regels\": [ { \"bsn\": \"999993653\" }, { \"urenAangeboden\": true } ] }", "regels[1].urenAangeboden")]
    [TestCase("{ \"regels\": [ { \"bsn\": \"999993653\", \"naam\": \"x\" } ] }", "regels[0].naam")]
    [TestCase("{ \"extra\": 1, \"regels\": [] }", "extra")]
    [TestCase("{ \"modus\": 1, \"regels\": [] }", "modus")]
    public async Task Post_BodyOfWrongShape_Returns400NamingField(string body, string veld)
    {
        var response = await _api.PostLeveringAsync(Sleutel, body);

        AssertBadRequest(response, veld, "vorm");
    }

    [Test]
    public async Task Post_WithoutBody_Returns400()
    {
        var response = await _api.CallAsync("leveringToevoegen", Request(idempotencyKey: Sleutel));

        AssertBadRequest(response, "body", "verplicht");
    }

    [TestCase("null", "body")]
    [TestCase("{}", "regels")]
    [TestCase("{ \"regels\": null }", "regels")]
    [TestCase("{ \"regels\": [] }", "regels")]
    [TestCase("{ \"regels\": [ {}, null ] }", "regels[1]")]
    public async Task Post_WithoutRows_Returns400(string body, string veld)
    {
        var response = await _api.PostLeveringAsync(Sleutel, body);

        AssertBadRequest(response, veld, "verplicht");
    }

    [Test]
    public async Task Post_MaxRows_IsAccepted()
    {
        var response = await _api.PostLeveringAsync(Sleutel, Rows(10_000));

        Assert.That(response.Status, Is.EqualTo(201));
        Assert.That(_api.Verwerker.Ontvangen.Single().Regels, Has.Count.EqualTo(10_000));
        Assert.That(_api.Verwerker.Ontvangen.Single().Regels[^1].Regelnummer, Is.EqualTo(10_000));
    }

    [Test]
    public async Task Post_MoreThanMaxRows_Returns400()
    {
        var response = await _api.PostLeveringAsync(Sleutel, Rows(10_001));

        AssertBadRequest(response, "regels", "te-veel");
    }

    [Test]
    public async Task Post_CallerWithoutAanbieder_Returns403()
    {
        _api.Toegang.Eigen.Clear();

        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "regels": [ {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(_api.Verwerker.Ontvangen, Is.Empty);
    }

    [Test]
    public async Task Post_CallerWithoutOrganisation_Returns403()
    {
        _api.User.Organisation = null;

        var response = await _api.PostLeveringAsync(Sleutel, $$"""{ "regels": [ {{Regel}} ] }""");

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(_api.Verwerker.Ontvangen, Is.Empty);
    }

    [Test]
    public async Task Post_LogsNoPersonalDataOrKey()
    {
        _api.Verwerker.Uitkomst = (_, _) => new LeveringUitkomst(Guid.NewGuid(), LeveringStatus.Geweigerd, 1, 0, [new LeveringFoutmelding(1, LeveringKolommen.Bsn, "999993653", "bsn", s_melding)]);

        await _api.PostLeveringAsync(Sleutel, $$"""{ "regels": [ {{Regel}} ] }""");
        await _api.PostLeveringAsync(Sleutel, """{ "regels": [ { "bsn": 999993653 } ] }""");

        Assert.That(_api.Plugin.Logs.Lines, Has.Some.Contains("API delivery"));
        Assert.That(_api.Plugin.Logs.Lines, Has.Some.Contains("regels[0].bsn"));
        Assert.That(_api.Plugin.Logs.Lines, Has.None.Contains("999993653"));
        Assert.That(_api.Plugin.Logs.Lines, Has.None.Contains(Sleutel));
    }

    private void AssertBadRequest(ApiResponse response, string veld, string code)
    {
        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Problem!.InvalidParameters.Select(p => p.Name), Is.EqualTo(new[] { veld }));
        Assert.That(response.Problem.InvalidParameters[0].Code, Is.EqualTo(code));
        Assert.That(response.Problem.InvalidParameters[0].Reason.Nl, Is.Not.Empty);
        Assert.That(_api.Verwerker.Ontvangen, Is.Empty);
    }

    private static string Rows(int count)
    {
        var body = new StringBuilder("""{ "regels": [""");
        for (var i = 0; i < count; i++)
        {
            body.Append(i == 0 ? "" : ",").Append(Regel);
        }

        return body.Append("] }").ToString();
    }
}
