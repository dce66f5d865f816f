using System.Net;
using System.Text;
using System.Text.Json;

namespace SampleHost.Tests.Brp;

/// <summary>The BRP stand-in over real HTTP, with requests written as JSON text, as any client of the real API would send them.</summary>
[TestFixture]
public sealed class BrpStandInTests
{
    private const string Fields = "\"fields\": [\"burgerservicenummer\", \"naam\", \"geboorte\"]";

    private BrpStandInServer _server = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await BrpStandInServer.StartAsync();
        _http = new HttpClient();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Post_WithKnownBsn_ReturnsRequestedGroupsOnly()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "fields": ["naam", "geboorte"] }""");
        using var json = await ReadJsonAsync(response);

        var persoon = json.RootElement.GetProperty("personen")[0];
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("RaadpleegMetBurgerservicenummer"));
        Assert.That(PropertyNames(persoon), Is.EqualTo(new List<string> { "naam", "geboorte" }));
        Assert.That(persoon.GetProperty("naam").GetProperty("volledigeNaam").GetString(), Is.EqualTo("Suzanne Moulin"));
        Assert.That(persoon.GetProperty("geboorte").GetProperty("plaats").GetProperty("omschrijving").GetString(), Is.EqualTo("Thann"));
    }

    [Test]
    public async Task Post_WithCompleteBirthDate_ReturnsDatumType()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "fields": ["geboorte.datum"] }""");
        using var json = await ReadJsonAsync(response);

        var datum = json.RootElement.GetProperty("personen")[0].GetProperty("geboorte").GetProperty("datum");
        Assert.That(datum.GetProperty("type").GetString(), Is.EqualTo("Datum"));
        Assert.That(datum.GetProperty("datum").GetString(), Is.EqualTo("1985-12-01"));
        Assert.That(datum.GetProperty("langFormaat").GetString(), Is.EqualTo("1 december 1985"));
    }

    [Test]
    public async Task Post_WithYearOnlyBirthDate_ReturnsJaarDatumType()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999992806"], "fields": ["geboorte.datum"] }""");
        using var json = await ReadJsonAsync(response);

        var datum = json.RootElement.GetProperty("personen")[0].GetProperty("geboorte").GetProperty("datum");
        Assert.That(PropertyNames(datum), Is.EqualTo(new List<string> { "type", "jaar", "langFormaat" }));
        Assert.That(datum.GetProperty("type").GetString(), Is.EqualTo("JaarDatum"));
        Assert.That(datum.GetProperty("jaar").GetInt32(), Is.EqualTo(1968));
        Assert.That(datum.GetProperty("langFormaat").GetString(), Is.EqualTo("1968"));
    }

    [Test]
    public async Task Post_WithFieldPath_ReturnsOnlyThatField()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["000009921"], "fields": ["naam.voorvoegsel"] }""");
        using var json = await ReadJsonAsync(response);

        var persoon = json.RootElement.GetProperty("personen")[0];
        Assert.That(PropertyNames(persoon), Is.EqualTo(new List<string> { "naam" }));
        Assert.That(PropertyNames(persoon.GetProperty("naam")), Is.EqualTo(new List<string> { "voorvoegsel" }));
        Assert.That(persoon.GetProperty("naam").GetProperty("voorvoegsel").GetString(), Is.EqualTo("van den"));
    }

    [Test]
    public async Task Post_WithLocation_ReturnsLocatieAndAddressLines()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["000009921"], "fields": ["burgerservicenummer", "verblijfplaats", "adressering", "gemeenteVanInschrijving"] }""");
        using var json = await ReadJsonAsync(response);

        var persoon = json.RootElement.GetProperty("personen")[0];
        var verblijfplaats = persoon.GetProperty("verblijfplaats");
        Assert.That(persoon.GetProperty("burgerservicenummer").GetString(), Is.EqualTo("000009921"));
        Assert.That(verblijfplaats.GetProperty("type").GetString(), Is.EqualTo("Locatie"));
        Assert.That(verblijfplaats.GetProperty("verblijfadres").GetProperty("locatiebeschrijving").GetString(), Is.EqualTo("Woonboot in de Grote Sloot"));
        Assert.That(persoon.GetProperty("adressering").GetProperty("adresregel1").GetString(), Is.EqualTo("Woonboot in de Grote Sloot"));
        Assert.That(persoon.GetProperty("adressering").GetProperty("adresregel2").GetString(), Is.EqualTo("'S-GRAVENHAGE"));
        Assert.That(persoon.GetProperty("gemeenteVanInschrijving").GetProperty("code").GetString(), Is.EqualTo("0518"));
        Assert.That(persoon.GetProperty("gemeenteVanInschrijving").GetProperty("omschrijving").GetString(), Is.EqualTo("'s-Gravenhage"));
    }

    [Test]
    public async Task Post_WithUnknownBsn_ReturnsEmptyList()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["111222333"], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.RootElement.GetProperty("personen").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Post_WithOtherGemeente_ReturnsEmptyList()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "gemeenteVanInschrijving": "0518", "fields": ["naam"] }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.RootElement.GetProperty("personen").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Post_WithEightDigitBsn_ReturnsPatternProblem()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["12345678"], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        var problem = json.RootElement;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("paramsValidation"));
        Assert.That(problem.GetProperty("instance").GetString(), Is.EqualTo("/haalcentraal/api/brp/personen"));
        Assert.That(problem.GetProperty("type").GetString(), Does.StartWith("https://"));
        Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("burgerservicenummer[0]"));
        Assert.That(InvalidParams(problem), Is.EqualTo(new[] { ("burgerservicenummer[0]", "pattern") }));
        Assert.That(problem.GetProperty("invalidParams")[0].GetProperty("reason").GetString(), Does.Contain("^[0-9]{9}$"));
    }

    [Test]
    public async Task Post_WithSeveralInvalidBsns_NamesEach()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["1234567890", "999993653", "<script>123456789</script>", 999993653], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[]
        {
            ("burgerservicenummer[0]", "pattern"),
            ("burgerservicenummer[2]", "pattern"),
            ("burgerservicenummer[3]", "pattern"),
        }));
    }

    [Test]
    public async Task Post_WithTwentyOneBsns_ReturnsMaxItemsProblem()
    {
        var bsns = string.Join(", ", Enumerable.Repeat("\"999993653\"", 21));

        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [{{bsns}}], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(json.RootElement.GetProperty("code").GetString(), Is.EqualTo("paramsValidation"));
        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("burgerservicenummer", "maxItems") }));
    }

    [Test]
    public async Task Post_WithTwentyBsns_ReturnsEachPersonOnce()
    {
        var bsns = string.Join(", ", Enumerable.Repeat("\"999993653\"", 19).Append("\"000009921\""));

        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [{{bsns}}], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        var found = json.RootElement.GetProperty("personen").EnumerateArray().Select(persoon => persoon.GetProperty("burgerservicenummer").GetString());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(found, Is.EqualTo(new List<string> { "999993653", "000009921" }));
    }

    [Test]
    public async Task Post_WithoutBurgerservicenummer_ReturnsRequiredProblem()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(json.RootElement.GetProperty("code").GetString(), Is.EqualTo("paramsCombination"));
        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("burgerservicenummer", "required") }));
    }

    [Test]
    public async Task Post_WithEmptyBsnList_ReturnsMinItemsProblem()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("burgerservicenummer", "minItems") }));
    }

    [Test]
    public async Task Post_WithBsnAsString_ReturnsArrayProblem()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": "999993653,000009921", {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("burgerservicenummer", "array") }));
    }

    [Test]
    public async Task Post_WithoutFields_ReturnsRequiredProblem()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"] }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(json.RootElement.GetProperty("code").GetString(), Is.EqualTo("paramsCombination"));
        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("fields", "required") }));
    }

    [Test]
    public async Task Post_WithEmptyFields_ReturnsMinItemsProblem()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "fields": [] }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("fields", "minItems") }));
    }

    [Test]
    public async Task Post_WithUnknownField_ReturnsFieldsProblem()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "fields": ["naam", "anummer", "burger service nummer"] }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("fields[2]", "pattern"), ("fields[1]", "fields") }));
    }

    [Test]
    public async Task Post_WithUnknownType_ReturnsValueProblem()
    {
        using var response = await PostAsync($$"""{ "type": "ZoekMetPostcodeEnHuisnummer", "burgerservicenummer": ["999993653"], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("type", "value") }));
    }

    [Test]
    public async Task Post_WithoutType_ReturnsRequiredProblem()
    {
        using var response = await PostAsync($$"""{ "burgerservicenummer": ["999993653"], {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("type", "required") }));
    }

    [Test]
    public async Task Post_WithUnknownParameter_ReturnsUnknownParamProblem()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "voornamen": "Suzanne", {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("voornamen", "unknownParam") }));
    }

    [Test]
    public async Task Post_WithInvalidGemeente_ReturnsPatternProblem()
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], "gemeenteVanInschrijving": "518", {{Fields}} }""");
        using var json = await ReadJsonAsync(response);

        Assert.That(InvalidParams(json.RootElement), Is.EqualTo(new[] { ("gemeenteVanInschrijving", "pattern") }));
    }

    [TestCase("")]
    [TestCase("{ \"type\": ")]
    [TestCase("[\"999993653\"]")]
    public async Task Post_WithBodyNotAnObject_ReturnsBadRequestProblem(string body)
    {
        using var response = await PostAsync(body);
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(json.RootElement.GetProperty("code").GetString(), Is.EqualTo("badRequest"));
    }

    [TestCase(null)]
    [TestCase("wrong-key")]
    [TestCase("stand-in-test-key-longer")]
    public async Task Post_WithoutValidApiKey_ReturnsUnauthorizedProblem(string? apiKey)
    {
        using var response = await PostAsync($$"""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["999993653"], {{Fields}} }""", apiKey);
        using var json = await ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(json.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(401));
        Assert.That(json.RootElement.GetProperty("code").GetString(), Is.EqualTo("unauthorized"));
        Assert.That(json.RootElement.GetProperty("detail").GetString(), Does.Contain("X-API-KEY"));
        Assert.That(json.RootElement.TryGetProperty("personen", out _), Is.False);
    }

    [Test]
    public async Task Post_WithInvalidBsn_LogsNoValue()
    {
        using var response = await PostAsync("""{ "type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["99999365"], "fields": ["naam"] }""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(_server.Logs.Lines, Has.Some.Contains("burgerservicenummer[0]"));
        Assert.That(_server.Logs.Lines, Has.None.Contains("99999365"));
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? apiKey = BrpStandInServer.ApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.PersonenUri)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-API-KEY", apiKey);
        }

        return await _http.SendAsync(request);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());

    private static string[] PropertyNames(JsonElement element) =>
        element.EnumerateObject().Select(property => property.Name).ToArray();

    private static (string Name, string Code)[] InvalidParams(JsonElement problem) =>
        problem.GetProperty("invalidParams").EnumerateArray()
            .Select(parameter => (parameter.GetProperty("name").GetString()!, parameter.GetProperty("code").GetString()!))
            .ToArray();
}
