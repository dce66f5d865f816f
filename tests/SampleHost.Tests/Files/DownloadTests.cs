using System.Net;
using System.Text.Json;
using Host.Abstractions;
using SampleHost.Tests.Concurrency;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Files;

/// <summary>The downloads of plugins over real HTTP: headers, permission, unknown records and a disabled plugin.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DownloadTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";
    private const string ConsulentDenHaag = "demo-0518-consulent-inburgering";
    private const string Beleidsmedewerker = "demo-0599-beleidsmedewerker";
    private const string BeheerderDenHaag = "demo-0518-functioneel-beheerder";
    private const string ItemDownload = "/downloads/showcase.item-csv/3";

    private PluginFolders _folders = null!;
    private FilesHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new FilesHostServer(provider, _folders, 4096);
        _server.StartServer();

        // The showcase is switched off in 0518 only, for the test of another gemeente.
        using var beheerder = await HostSession.LogInAsync(_server, BeheerderDenHaag);
        var (_, page) = await beheerder.GetPageAsync("/beheer/plugins");
        var form = new Dictionary<string, string> { ["pluginId"] = "showcase" };
        if (FormHtml.InputValue(page, "version") is { } version)
        {
            form["version"] = version;
        }

        using var disable = await beheerder.PostFormAsync("/beheer/plugins", form, "/beheer/plugins?handler=Uitschakelen");
        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task Download_OfItem_IsSafeAttachment()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.Client.GetAsync(new Uri(ItemDownload, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(response.Content.Headers.GetValues("Content-Disposition").Single(), Is.EqualTo("attachment; filename=\"item 3 _ overzicht.csv\"; filename*=UTF-8''item%203%20%E2%80%93%20overzicht.csv"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(body, Is.EqualTo("nummer;naam;status;aantal\r\n3;Item 03;gesloten;21\r\n"));
    }

    [Test]
    public async Task Download_UnknownRecord_Returns404AndLogsProbe()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.Client.GetAsync(new Uri("/downloads/showcase.item-csv/999", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(_server.Logs.Count(l => l.EventId == 6201 && l.Message.Contains("showcase.item-csv 999", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task Download_Unknown_Returns404()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.Client.GetAsync(new Uri("/downloads/showcase.bestaat-niet/3", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Download_WithoutPermission_ShowsNoAccessPage()
    {
        using var session = await HostSession.LogInAsync(_server, Beleidsmedewerker);

        using var response = await session.Client.GetAsync(new Uri(ItemDownload, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
    }

    [Test]
    public async Task Download_SignedOut_RedirectsToLogin()
    {
        using var client = _server.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(ItemDownload, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/inloggen"));
    }

    [Test]
    public async Task Download_PluginDisabledInGemeente_Returns404()
    {
        using var session = await HostSession.LogInAsync(_server, ConsulentDenHaag);

        using var response = await session.Client.GetAsync(new Uri(ItemDownload, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Screen_LinksDownloadInHtmlAndJson()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (_, html) = await session.GetPageAsync(FilesHostServer.ItemScreen);
        var (_, json) = await session.GetPageAsync("/api/screens/showcase.item/3");
        var download = JsonDocument.Parse(json).RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("elements").EnumerateArray())
            .Single(e => e.GetProperty("type").GetString() == "download");

        Assert.That(html, Does.Contain("<a class=\"download\" href=\"/downloads/showcase.item-csv/3\" download>Item als CSV downloaden</a>"));
        Assert.That(download.GetProperty("href").GetString(), Is.EqualTo(ItemDownload));
        Assert.That(download.GetProperty("text").GetProperty("nl").GetString(), Is.EqualTo("Item als CSV downloaden"));
    }
}
