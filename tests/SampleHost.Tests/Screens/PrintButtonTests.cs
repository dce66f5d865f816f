using System.Net;
using System.Text.Json;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Screens;

/// <summary>
/// The print button on screens that ask for it with <c>ScreenContent.IsPrintable</c>, and the flag in the JSON API. The
/// showcase plugin's item screen is printable and its overview is not.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PrintButtonTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";
    private const string PrintButton = "data-print>Afdrukken</button>";
    private const string PrintScript = "<script src=\"/js/print.js";

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

    [Test]
    public async Task PrintableScreen_ShowsPrintButton()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (status, html) = await session.GetPageAsync("/schermen/showcase.item/3");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<div class=\"button-row no-print\">"));
        Assert.That(html, Does.Contain(PrintButton));
        Assert.That(html, Does.Contain(PrintScript));
    }

    [Test]
    public async Task OtherScreen_HasNoPrintButton()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (status, html) = await session.GetPageAsync("/schermen/showcase.overzicht");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Not.Contain(PrintButton));
        Assert.That(html, Does.Not.Contain(PrintScript));
    }

    [TestCase("/api/screens/showcase.item/3", true)]
    [TestCase("/api/screens/showcase.overzicht", false)]
    public async Task Api_CarriesIsPrintable(string url, bool expected)
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(json.RootElement.GetProperty("isPrintable").GetBoolean(), Is.EqualTo(expected));
    }
}
