using System.Net;
using System.Net.Http.Json;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Concurrency;

/// <summary>Two administrators change the plugin settings of one gemeente from forms opened at the same time.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class SettingsConcurrencyTests(DatabaseProvider provider)
{
    private const string SettingsScreen = "/schermen/host.instellingen";

    private const string SaveAction = "host.instellingen.opslaan";

    private const string PageSize = "showcase.paginagrootte";

    private const string Beheerder = "demo-0599-functioneel-beheerder";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;

    [SetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("settings_concurrency")
            : null;
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { PluginsPath = _folders.Root, Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [TearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task StaleSave_IsRefused_KeepsInput()
    {
        using var first = await HostSession.LogInAsync(_server, Beheerder);
        using var second = await HostSession.LogInAsync(_server, Beheerder);
        var (_, firstForm) = await first.GetPageAsync(SettingsScreen);
        var (_, secondForm) = await second.GetPageAsync(SettingsScreen);

        using var firstSave = await first.PostActionAsync(SettingsScreen, SaveAction, new Dictionary<string, string>
        {
            [PageSize] = "5",
            ["__version"] = FormHtml.InputValue(firstForm, "__version")!,
        });
        using var secondSave = await second.PostActionAsync(SettingsScreen, SaveAction, new Dictionary<string, string>
        {
            [PageSize] = "7",
            ["__version"] = FormHtml.InputValue(secondForm, "__version")!,
        });
        var secondHtml = await secondSave.Content.ReadAsStringAsync();
        var (_, afterwards) = await first.GetPageAsync(SettingsScreen);

        Assert.That(FormHtml.InputValue(secondForm, "__version"), Is.EqualTo(FormHtml.InputValue(firstForm, "__version")));
        Assert.That(firstSave.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(secondSave.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(secondHtml, Does.Contain("Iemand anders heeft de instellingen intussen gewijzigd."));
        Assert.That(FormHtml.InputValue(secondHtml, PageSize), Is.EqualTo("7"), "the second user's input is kept");
        Assert.That(PageHtml.Field(afterwards, PageSize), Is.EqualTo("5"), "the first user's change is kept");
    }

    [Test]
    public async Task ResubmitAfterConflict_WithNewVersion_IsSaved()
    {
        using var first = await HostSession.LogInAsync(_server, Beheerder);
        using var second = await HostSession.LogInAsync(_server, Beheerder);
        var (_, form) = await second.GetPageAsync(SettingsScreen);
        using var firstSave = await first.PostActionAsync(SettingsScreen, SaveAction, new Dictionary<string, string> { [PageSize] = "5" });
        using var conflict = await second.PostActionAsync(SettingsScreen, SaveAction, new Dictionary<string, string>
        {
            [PageSize] = "7",
            ["__version"] = FormHtml.InputValue(form, "__version")!,
        });
        var conflictHtml = await conflict.Content.ReadAsStringAsync();

        using var resubmit = await second.PostActionAsync(SettingsScreen, SaveAction, new Dictionary<string, string>
        {
            [PageSize] = "7",
            ["__version"] = FormHtml.InputValue(conflictHtml, "__version")!,
        });
        var (_, afterwards) = await first.GetPageAsync(SettingsScreen);

        Assert.That(conflict.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(resubmit.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(PageHtml.Field(afterwards, PageSize), Is.EqualTo("7"));
    }

    [Test]
    public async Task ApiSave_WithStaleExpectedVersion_Returns409()
    {
        using var first = await HostSession.LogInAsync(_server, Beheerder);
        using var second = await HostSession.LogInAsync(_server, Beheerder);
        using var screen = await second.Client.GetFromJsonAsync<System.Text.Json.JsonDocument>(new Uri("/api/screens/host.instellingen", UriKind.Relative));
        var version = screen!.RootElement.GetProperty("version").GetString();

        using var firstSave = await first.Client.PostAsJsonAsync(new Uri($"/api/actions/{SaveAction}", UriKind.Relative), new { values = new Dictionary<string, string?> { [PageSize] = "5" }, expectedVersion = version });
        using var secondSave = await second.Client.PostAsJsonAsync(new Uri($"/api/actions/{SaveAction}", UriKind.Relative), new { values = new Dictionary<string, string?> { [PageSize] = "7" }, expectedVersion = version });
        var (_, afterwards) = await first.GetPageAsync(SettingsScreen);

        Assert.That(version, Has.Length.EqualTo(32));
        Assert.That(firstSave.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(secondSave.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await secondSave.Content.ReadAsStringAsync(), Does.Contain("Iemand anders heeft de instellingen intussen gewijzigd."));
        Assert.That(PageHtml.Field(afterwards, PageSize), Is.EqualTo("5"));
    }

    [Test]
    public async Task ApiSave_WithoutExpectedVersion_Returns409()
    {
        using var beheerder = await HostSession.LogInAsync(_server, Beheerder);
        var (_, before) = await beheerder.GetPageAsync(SettingsScreen);

        using var save = await beheerder.Client.PostAsJsonAsync(new Uri($"/api/actions/{SaveAction}", UriKind.Relative), new { values = new Dictionary<string, string?> { [PageSize] = "9" } });
        var (_, afterwards) = await beheerder.GetPageAsync(SettingsScreen);

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "an edit that names no version is not based on what is stored now");
        Assert.That(PageHtml.Field(afterwards, PageSize), Is.EqualTo(PageHtml.Field(before, PageSize)));
    }
}
