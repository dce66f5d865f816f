using System.Net;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Concurrency;

/// <summary>Two staff members change a stored field on the same client page from forms opened at the same time.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class StoredFieldConcurrencyTests(DatabaseProvider provider)
{
    private const string Remark = "showcase.opmerking";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;

    [SetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("stored_field_concurrency")
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
        using var klantmanager = await HostSession.LogInAsync(_server, "demo-0599-klantmanager");
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");
        var clientUrl = await RegisterClientAsync(klantmanager, "999993653");
        var (_, firstForm) = await klantmanager.GetPageAsync(clientUrl);
        var (_, secondForm) = await consulent.GetPageAsync(clientUrl);

        using var firstSave = await klantmanager.PostFormAsync(clientUrl, new Dictionary<string, string>
        {
            [Remark] = "Belt liever 's ochtends",
            ["__version"] = FormHtml.InputValue(firstForm, "__version")!,
        }, $"{clientUrl}?handler=Velden");
        using var secondSave = await consulent.PostFormAsync(clientUrl, new Dictionary<string, string>
        {
            [Remark] = "Heeft een tolk nodig",
            ["__version"] = FormHtml.InputValue(secondForm, "__version")!,
        }, $"{clientUrl}?handler=Velden");
        var secondHtml = await secondSave.Content.ReadAsStringAsync();
        var (_, afterwards) = await klantmanager.GetPageAsync(clientUrl);

        Assert.That(firstSave.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(secondSave.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(secondHtml, Does.Contain("Iemand anders heeft deze gegevens intussen gewijzigd."));
        Assert.That(FormHtml.InputValue(secondHtml, Remark), Is.EqualTo("Heeft een tolk nodig"), "the second user's input is kept");
        Assert.That(PageHtml.Field(secondHtml, Remark), Is.EqualTo("Belt liever 's ochtends"), "the conflict page shows the current value");
        Assert.That(PageHtml.Field(afterwards, Remark), Is.EqualTo("Belt liever 's ochtends"), "the first user's change is kept");
    }

    [Test]
    public async Task Save_FromCurrentForm_IsStored()
    {
        using var klantmanager = await HostSession.LogInAsync(_server, "demo-0599-klantmanager");
        var clientUrl = await RegisterClientAsync(klantmanager, "999993653");
        using var firstSave = await klantmanager.PostFormAsync(clientUrl, new Dictionary<string, string> { [Remark] = "Eerste" }, $"{clientUrl}?handler=Velden");
        var (_, form) = await klantmanager.GetPageAsync(clientUrl);

        using var secondSave = await klantmanager.PostFormAsync(clientUrl, new Dictionary<string, string>
        {
            [Remark] = "Tweede",
            ["__version"] = FormHtml.InputValue(form, "__version")!,
        }, $"{clientUrl}?handler=Velden");
        var (_, afterwards) = await klantmanager.GetPageAsync(clientUrl);

        Assert.That(secondSave.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(PageHtml.Field(afterwards, Remark), Is.EqualTo("Tweede"));
    }

    private static async Task<string> RegisterClientAsync(HostSession session, string bsn)
    {
        using var response = await session.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = bsn }, "/klanten?handler=Registreer");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the client is registered from the BRP");
        return response.Headers.Location!.OriginalString;
    }
}
