using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Plugins;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Api;

/// <summary>
/// The plugins' API operations under /api/v1 over real HTTP: authentication, gemeente, permission, idempotency key,
/// body checks, the guard, the NL API Design Rules' headers and problem bodies, with the showcase and failing test
/// plugins.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ApiOperationsTests(DatabaseProvider provider)
{
    private const string Consulent = HostRoles.ConsulentInburgering;

    private PluginFolders _folders = null!;
    private ApiTestServer _server = null!;
    private string _key0599 = null!;
    private string _key0518 = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _folders.CopyTestPlugin("FailingScreen.Plugin", "failing-screen");
        _server = new ApiTestServer(provider, _folders.Root);
        await _server.StartAsync();

        _key0599 = await _server.CreateApiKeyAsync(DemoUsers.Rotterdam, Consulent);
        _key0518 = await _server.CreateApiKeyAsync(DemoUsers.DenHaag, Consulent);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task Post_WithKey_CreatesNoteWithLocation()
    {
        using var client = _server.CreateApiClient(_key0599);

        using var created = await PostNoteAsync(client, "Eerste afspraak gemaakt", Guid.NewGuid().ToString());
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetInt32();

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(created.Headers.Location?.OriginalString, Is.EqualTo($"/api/v1/notities/{id}"));
        Assert.That(created.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(body.RootElement.GetProperty("tekst").GetString(), Is.EqualTo("Eerste afspraak gemaakt"));
    }

    [Test]
    public async Task Get_CreatedNote_ReturnsIt()
    {
        using var client = _server.CreateApiClient(_key0599);
        using var created = await PostNoteAsync(client, "Terugbellen", Guid.NewGuid().ToString());

        using var response = await client.GetAsync(created.Headers.Location);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(body.RootElement.GetProperty("tekst").GetString(), Is.EqualTo("Terugbellen"));
    }

    [Test]
    public async Task Post_SameIdempotencyKey_AddsOnce()
    {
        using var client = _server.CreateApiClient(_key0599);
        var key = Guid.NewGuid().ToString();

        using var first = await PostNoteAsync(client, "Eenmalig", key);
        using var retry = await PostNoteAsync(client, "Eenmalig", key);
        using var list = await client.GetAsync(new Uri("/api/v1/notities?bevat=Eenmalig", UriKind.Relative));
        using var notes = JsonDocument.Parse(await list.Content.ReadAsStringAsync());

        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(notes.RootElement.GetProperty("notities").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Get_QueryParameter_ReachesOperation()
    {
        using var client = _server.CreateApiClient(_key0599);
        using var appel = await PostNoteAsync(client, "Zoekwoord appel", Guid.NewGuid().ToString());
        using var peer = await PostNoteAsync(client, "Zoekwoord peer", Guid.NewGuid().ToString());

        using var response = await client.GetAsync(new Uri("/api/v1/notities?bevat=appel", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var texts = body.RootElement.GetProperty("notities").EnumerateArray().Select(n => n.GetProperty("tekst").GetString());
        Assert.That(texts, Is.EqualTo(new[] { "Zoekwoord appel" }));
    }

    [Test]
    public async Task Get_WithLoginCookie_IsAllowed()
    {
        using var consulent = await HostSession.LogInAsync(_server, DemoUsers.IdFor(Consulent));

        using var response = await consulent.Client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
    }

    [Test]
    public async Task Get_Anonymous_Returns401Problem()
    {
        using var client = _server.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Is.EqualTo(new[] { "Bearer" }));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(401));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Niet ingelogd"));
        Assert.That(problem.RootElement.GetProperty("instance").GetString(), Is.EqualTo("/api/v1/notities"));
        Assert.That(problem.RootElement.GetProperty("type").GetString(), Is.EqualTo("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"));
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Does.Contain("X-Api-Key"));
    }

    [Test]
    public async Task Get_WrongSecret_Returns401Problem()
    {
        var keyId = _key0599[.._key0599.IndexOf('.', StringComparison.Ordinal)];
        using var client = _server.CreateApiClient(keyId + ".verkeerd-geheim");

        using var response = await client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Get_BearerKey_IsAllowed()
    {
        using var client = _server.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _key0599);

        using var response = await client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_RoleWithoutPermission_Returns403Problem()
    {
        var key = await _server.CreateApiKeyAsync(DemoUsers.Rotterdam, HostRoles.FunctioneelBeheerder);
        using var client = _server.CreateApiClient(key);

        using var response = await client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(403));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Geen toegang"));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
    }

    [Test]
    public async Task Post_WithoutIdempotencyKey_Returns400WithInvalidParam()
    {
        using var client = _server.CreateApiClient(_key0599);

        using var response = await client.PostAsJsonAsync("/api/v1/notities", new { tekst = "Zonder sleutel" });
        using var problem = await ReadProblemAsync(response);

        var invalid = problem.RootElement.GetProperty("invalidParams").EnumerateArray().ToList();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(invalid.Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "Idempotency-Key" }));
        Assert.That(invalid[0].GetProperty("code").GetString(), Is.EqualTo("required"));
        Assert.That(invalid[0].GetProperty("reason").GetString(), Does.StartWith("Deze bewerking vraagt de header Idempotency-Key."));
    }

    [Test]
    public async Task Post_EnglishRequested_ReturnsEnglishProblem()
    {
        using var client = _server.CreateApiClient(_key0599, language: "en");

        using var response = await client.PostAsJsonAsync("/api/v1/notities", new { tekst = "Zonder sleutel" });
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.Content.Headers.ContentLanguage, Is.EqualTo(new[] { "en" }));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Bad request"));
        Assert.That(problem.RootElement.GetProperty("invalidParams")[0].GetProperty("reason").GetString(), Does.StartWith("This operation needs the Idempotency-Key header."));
    }

    [Test]
    public async Task Post_InvalidBody_Returns422FromPlugin()
    {
        using var client = _server.CreateApiClient(_key0599);

        using var response = await PostNoteAsync(client, "", Guid.NewGuid().ToString());
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Ongeldige notitie"));
        Assert.That(problem.RootElement.GetProperty("invalidParams")[0].GetProperty("name").GetString(), Is.EqualTo("tekst"));
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Is.Not.Empty, "a problem always has a detail");
    }

    [Test]
    public async Task Post_NotJson_Returns415Problem()
    {
        using var client = _server.CreateApiClient(_key0599);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/notities", UriKind.Relative))
        {
            Content = new StringContent("tekst=hallo", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var response = await client.SendAsync(request);
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(415));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
    }

    [Test]
    public async Task Post_BodyOverLimit_Returns413Problem()
    {
        using var client = _server.CreateApiClient(_key0599);
        var text = new string('a', (int)ApiTestServer.MaxRequestBytes);

        using var response = await PostNoteAsync(client, text, Guid.NewGuid().ToString());
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(413));
    }

    [Test]
    public async Task Post_ChunkedBodyOverLimit_Returns413Problem()
    {
        using var client = _server.CreateApiClient(_key0599);
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { tekst = new string('b', (int)ApiTestServer.MaxRequestBytes) }));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/notities", UriKind.Relative))
        {
            // A stream of unknown length is sent chunked, without Content-Length.
            Content = new StreamContent(new UnknownLengthStream(json)),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var response = await client.SendAsync(request);

        Assert.That(request.Content.Headers.ContentLength, Is.Null, "sent without Content-Length");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Post_LongNoteUnderLimit_IsAccepted()
    {
        using var client = _server.CreateApiClient(_key0599);
        var text = new string('c', NotitieMaxLength);

        using var response = await PostNoteAsync(client, text, Guid.NewGuid().ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Get_NoteOfOtherGemeente_IsNotFound()
    {
        using var rotterdam = _server.CreateApiClient(_key0599);
        using var denHaag = _server.CreateApiClient(_key0518);
        using var created = await PostNoteAsync(rotterdam, "Alleen voor 0599", Guid.NewGuid().ToString());

        using var probe = await denHaag.GetAsync(created.Headers.Location);
        using var list = await denHaag.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));
        var listed = await list.Content.ReadAsStringAsync();
        using var own = await rotterdam.GetAsync(created.Headers.Location);

        Assert.That(probe.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(probe.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await probe.Content.ReadAsStringAsync(), Does.Not.Contain("Alleen voor 0599"));
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(listed, Does.Not.Contain("Alleen voor 0599"));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the note exists for its own gemeente");
    }

    [Test]
    public async Task Get_PluginDisabledInGemeente_Returns404()
    {
        var key = await _server.CreateApiKeyAsync(DemoUsers.DenHaag, Consulent);
        await SetStateAsync("failing-screen", DemoUsers.DenHaag, PluginTenantState.Disabled);
        using var client = _server.CreateApiClient(key);

        try
        {
            using var response = await client.GetAsync(new Uri("/api/v1/storingen", UriKind.Relative));
            using var problem = await ReadProblemAsync(response);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(404));
            Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        }
        finally
        {
            await SetStateAsync("failing-screen", DemoUsers.DenHaag, PluginTenantState.Enabled);
        }
    }

    [Test]
    public async Task Get_PluginThrows_Returns500WithoutDetails()
    {
        using var client = _server.CreateApiClient(_key0599);

        using var response = await client.GetAsync(new Uri("/api/v1/storingen", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        using var other = await client.GetAsync(new Uri("/api/v1/notities", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Interne fout"));
        Assert.That(body, Does.Not.Contain("on purpose"), "the exception's message stays in the log");
        Assert.That(body, Does.Not.Contain("InvalidOperationException"));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another plugin's operation still works");
        Assert.That(States.IsEnabled("failing-screen", GemeenteCode.Parse(DemoUsers.Rotterdam)), Is.True, "one failure suspends nothing");
    }

    [Test]
    public async Task Get_TrailingSlash_Returns404WithoutRedirect()
    {
        using var client = _server.CreateApiClient(_key0599);

        using var response = await client.GetAsync(new Uri("/api/v1/notities/", UriKind.Relative));
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Headers.Location, Is.Null);
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(problem.RootElement.GetProperty("instance").GetString(), Is.EqualTo("/api/v1/notities/"));
    }

    [Test]
    public async Task Get_UnknownPath_Returns404Problem()
    {
        using var client = _server.CreateApiClient(_key0599);

        using var response = await client.GetAsync(new Uri("/api/v1/onbekenden", UriKind.Relative));
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Niet gevonden"));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
    }

    [Test]
    public async Task Put_KnownPath_Returns405WithAllow()
    {
        using var client = _server.CreateApiClient(_key0599);

        using var response = await client.PutAsJsonAsync("/api/v1/notities", new { tekst = "x" });
        using var problem = await ReadProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET", "POST" }));
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(405));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
    }

    [Test]
    public async Task OpenApi_Anonymous_DescribesOperations()
    {
        using var client = _server.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var post = root.GetProperty("paths").GetProperty("/notities").GetProperty("post");
        var created = post.GetProperty("responses").GetProperty("201");
        var header = post.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("in").GetString() == "header");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues("API-Version"), Is.EqualTo(new[] { "1.0.0" }));
        Assert.That(root.GetProperty("openapi").GetString(), Is.EqualTo("3.0.3"));
        Assert.That(root.GetProperty("info").GetProperty("version").GetString(), Is.EqualTo("1.0.0"));
        Assert.That(root.GetProperty("servers")[0].GetProperty("url").GetString(), Is.EqualTo("/api/v1"));
        Assert.That(root.GetProperty("paths").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "/notities", "/notities/{notitieId}", "/storingen" }));
        Assert.That(post.GetProperty("operationId").GetString(), Is.EqualTo("notitieToevoegen"));
        Assert.That(post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("required")[0].GetString(), Is.EqualTo("tekst"));
        Assert.That(header.GetProperty("name").GetString(), Is.EqualTo("Idempotency-Key"));
        Assert.That(header.GetProperty("required").GetBoolean(), Is.True);
        Assert.That(created.GetProperty("headers").EnumerateObject().Select(h => h.Name), Is.EqualTo(new[] { "API-Version", "Location" }));
        Assert.That(post.GetProperty("responses").EnumerateObject().Select(r => r.Name), Is.EqualTo(new[] { "201", "400", "401", "403", "404", "409", "413", "415", "422", "429", "500" }));
        Assert.That(root.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("name").GetString(), Is.EqualTo("X-Api-Key"));
        Assert.That(root.GetProperty("components").GetProperty("schemas").GetProperty("Problem").GetProperty("required").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "status", "title", "detail" }));
    }

    [Test]
    public async Task OpenApi_QueryAndPathParameters_AreListed()
    {
        using var client = _server.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var queryParameter = paths.GetProperty("/notities").GetProperty("get").GetProperty("parameters")[0];
        var pathParameter = paths.GetProperty("/notities/{notitieId}").GetProperty("get").GetProperty("parameters")[0];

        Assert.That(queryParameter.GetProperty("name").GetString(), Is.EqualTo("bevat"));
        Assert.That(queryParameter.GetProperty("in").GetString(), Is.EqualTo("query"));
        Assert.That(pathParameter.GetProperty("name").GetString(), Is.EqualTo("notitieId"));
        Assert.That(pathParameter.GetProperty("in").GetString(), Is.EqualTo("path"));
        Assert.That(pathParameter.GetProperty("required").GetBoolean(), Is.True);
    }

    [Test]
    public async Task OpenApi_PluginDisabled_OmitsItsOperations()
    {
        await SetStateAsync("failing-screen", DemoUsers.DenHaag, PluginTenantState.Disabled);
        using var denHaag = await HostSession.LogInAsync(_server, DemoUsers.IdFor(Consulent, DemoUsers.DenHaag));

        try
        {
            using var response = await denHaag.Client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.That(document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "/notities", "/notities/{notitieId}" }));
        }
        finally
        {
            await SetStateAsync("failing-screen", DemoUsers.DenHaag, PluginTenantState.Enabled);
        }
    }

    /// <summary>The showcase's longest note; with the JSON around it the body stays under the test limit.</summary>
    private const int NotitieMaxLength = 500;

    private PluginTenantStates States => _server.Services.GetRequiredService<PluginTenantStates>();

    private async Task SetStateAsync(string pluginId, string gemeente, PluginTenantState state)
    {
        var plugin = _server.Services.GetRequiredService<PluginCatalog>().Plugins.Single(p => p.Id == pluginId);
        PluginTenantState[] from = [PluginTenantState.Enabled, PluginTenantState.Disabled];
        var changed = await States.ChangeAsync(plugin, GemeenteCode.Parse(gemeente), state, null, "test", from, CancellationToken.None);
        Assert.That(changed || States.Get(pluginId, GemeenteCode.Parse(gemeente)).State == state, Is.True, $"{pluginId} is {state} in {gemeente}");
    }

    private static async Task<HttpResponseMessage> PostNoteAsync(HttpClient client, string tekst, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/notities", UriKind.Relative))
        {
            Content = JsonContent.Create(new { tekst }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    private static async Task<JsonDocument> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"status {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A read-only stream that hides its length, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override bool CanSeek => false;
    }
}
