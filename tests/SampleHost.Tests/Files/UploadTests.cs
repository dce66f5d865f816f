using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Host.Abstractions;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Files;

/// <summary>
/// Uploads with an action form over real HTTP: the showcase's line counter reads the file twice, so a passing count
/// also shows that the file can be opened again.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class UploadTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";
    private const string ActionId = "showcase.regels-tellen";
    private const int MaxUploadBytes = 4096;

    private PluginFolders _folders = null!;
    private FilesHostServer _server = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new FilesHostServer(provider, _folders, MaxUploadBytes);
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task Form_WithFileInput_PostsMultipart()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (status, html) = await session.GetPageAsync(FilesHostServer.ItemScreen);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("enctype=\"multipart/form-data\""));
        Assert.That(html, Does.Contain("<input type=\"file\" id=\"showcase-regels-tellen-bestand\" name=\"bestand\" accept=\".csv,.txt\""));
    }

    [Test]
    public async Task Upload_WithToken_CountsLinesOfReopenedFile()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await PostAsync(session, "regels.csv", "a;b\r\n1;2\r\n3;4\r\n"u8.ToArray(), "abc");
        var (_, next) = await session.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo(FilesHostServer.ItemScreen));
        Assert.That(next, Does.Contain("Het bestand heeft 3 regels (15 bytes)."));
    }

    [Test]
    public async Task Upload_WithoutToken_IsRejected()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await PostAsync(session, "regels.csv", "1\n"u8.ToArray(), "abc", withToken: false);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Upload_EmptyRequiredFile_NamesField()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await PostAsync(session, string.Empty, [], "abc");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Kies een bestand bij Bestand; dit veld is verplicht."));
        Assert.That(html, Does.Contain("<a href=\"#showcase-regels-tellen-bestand\">"));
        Assert.That(html, Does.Contain("name=\"omschrijving\" value=\"abc\""));
    }

    [Test]
    public async Task Upload_OverLimit_ErrorAtFieldKeepsInput()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await PostAsync(session, "groot.csv", Encoding.UTF8.GetBytes(new string('x', 10_240)), "abc");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("<span class=\"field-error\" id=\"showcase-regels-tellen-bestand-fout\">Bestand is te groot: 10 kB, hooguit 4 kB. Kies een kleiner bestand of splits het.</span>"));
        Assert.That(html, Does.Contain("name=\"omschrijving\" value=\"abc\""));
        Assert.That(_server.Logs.Count(l => l.EventId == 9003 && l.Message.Contains(ActionId, StringComparison.Ordinal)), Is.GreaterThan(0));
        Assert.That(_server.Logs.Select(l => l.Message), Has.None.Contains("groot.csv"));
    }

    [Test]
    public async Task Upload_OverRequestLimit_Returns413()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await PostAsync(session, "enorm.csv", new byte[(MaxUploadBytes * 4) + (2 * 1024 * 1024)], "abc");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Upload_WrongExtension_NamesAcceptedTypes()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await PostAsync(session, "regels.exe", "1\n"u8.ToArray(), "abc");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Bestand moet een bestand van het type .csv, .txt zijn. Kies een ander bestand."));
    }

    [Test]
    public async Task JsonApi_ActionWithFile_Returns415Problem()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.Client.PostAsJsonAsync($"/api/actions/{ActionId}", new { recordId = "3", values = new Dictionary<string, string>() });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain("multipart/form-data"));
        Assert.That(body, Does.Contain("HTML-formulier"));
    }

    /// <summary>Posts the upload form of the item screen as a browser does, with the page's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HostSession session, string fileName, byte[] content, string description, bool withToken = true)
    {
        var (_, html) = await session.GetPageAsync(FilesHostServer.ItemScreen);
        var token = WebUtility.HtmlDecode(AntiForgeryToken().Match(html).Groups[1].Value);

        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent(ActionId), "actionId");
        form.Add(new StringContent(description), "omschrijving");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.Length == 0 ? "application/octet-stream" : "text/csv");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"bestand\"", FileName = $"\"{fileName}\"" };
        form.Add(file);
        return await session.Client.PostAsync(new Uri(FilesHostServer.ItemScreen, UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
