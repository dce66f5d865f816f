using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Settings;

/// <summary>Plugin settings per gemeente, set by a functioneel beheerder on the host's settings screen.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class PluginSettingsTests(DatabaseProvider provider)
{
    private const string SettingsScreen = "/schermen/host.instellingen";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;

    [SetUp]
    public void StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root });
        _server.StartServer();
    }

    [TearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task Setting_WithoutValue_HasItsDefault()
    {
        using var beheerder = await HostSession.LogInAsync(_server, "demo-0599-functioneel-beheerder");
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        var (status, settings) = await beheerder.GetPageAsync(SettingsScreen);
        var (_, overview) = await consulent.GetPageAsync("/schermen/showcase.overzicht");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(PageHtml.Field(settings, "showcase.paginagrootte"), Is.EqualTo("10"));
        Assert.That(RowCount(overview), Is.EqualTo(10));
    }

    [Test]
    public async Task Setting_ChangedInOneGemeente_LeavesOtherAlone()
    {
        using var beheerder = await HostSession.LogInAsync(_server, "demo-0599-functioneel-beheerder");
        using var rotterdam = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");
        using var denHaag = await HostSession.LogInAsync(_server, "demo-0518-consulent-inburgering");

        using var save = await beheerder.PostActionAsync(SettingsScreen, "host.instellingen.opslaan", new Dictionary<string, string> { ["showcase.paginagrootte"] = "5" });
        var (_, overviewRotterdam) = await rotterdam.GetPageAsync("/schermen/showcase.overzicht");
        var (_, overviewDenHaag) = await denHaag.GetPageAsync("/schermen/showcase.overzicht");

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(RowCount(overviewRotterdam), Is.EqualTo(5));
        Assert.That(RowCount(overviewDenHaag), Is.EqualTo(10));
    }

    [Test]
    public async Task Setting_OutOfRange_IsNotStored()
    {
        using var beheerder = await HostSession.LogInAsync(_server, "demo-0599-functioneel-beheerder");

        using var save = await beheerder.PostActionAsync(SettingsScreen, "host.instellingen.opslaan", new Dictionary<string, string> { ["showcase.paginagrootte"] = "100" });
        var html = WebUtility.HtmlDecode(await save.Content.ReadAsStringAsync());
        var (_, settings) = await beheerder.GetPageAsync(SettingsScreen);

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Regels per pagina in de lijst ligt buiten het bereik 5–25."));
        Assert.That(PageHtml.Field(settings, "showcase.paginagrootte"), Is.EqualTo("10"));
    }

    [Test]
    public async Task SettingsScreen_ForConsulent_IsForbidden()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");

        using var response = await consulent.Client.GetAsync(new Uri(SettingsScreen, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
    }

    private static int RowCount(string html) => ItemRowPattern().Count(html);

    [GeneratedRegex("<td><a href=\"/schermen/showcase.item/\\d+\">Item \\d\\d</a></td>")]
    private static partial Regex ItemRowPattern();
}
