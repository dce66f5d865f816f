using System.Net;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Clients;

/// <summary>Fields a plugin adds to the host's client record whose values the host stores, shown and edited on the client page.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class StoredFieldTests(DatabaseProvider provider)
{
    private const string Klantmanager = "demo-0599-klantmanager";

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
    public async Task StoredField_Saved_IsShownAndLogged()
    {
        using var klantmanager = await HostSession.LogInAsync(_server, Klantmanager);
        var clientUrl = await RegisterClientAsync(klantmanager, "999993653");

        using var save = await klantmanager.PostFormAsync(clientUrl, new Dictionary<string, string> { ["showcase.opmerking"] = "Belt liever 's ochtends" }, $"{clientUrl}?handler=Velden");
        var (_, page) = await klantmanager.GetPageAsync(clientUrl);
        var updates = await CountUpdatesAsync();

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(PageHtml.Field(page, "showcase.opmerking"), Is.EqualTo("Belt liever 's ochtends"));
        Assert.That(updates, Is.EqualTo(1), "one Update in the processing log");
    }

    [Test]
    public async Task StoredField_TooLong_IsNotSaved()
    {
        using var klantmanager = await HostSession.LogInAsync(_server, Klantmanager);
        var clientUrl = await RegisterClientAsync(klantmanager, "999993653");

        using var save = await klantmanager.PostFormAsync(clientUrl, new Dictionary<string, string> { ["showcase.opmerking"] = new string('x', 51) }, $"{clientUrl}?handler=Velden");
        var html = await save.Content.ReadAsStringAsync();
        var (_, page) = await klantmanager.GetPageAsync(clientUrl);

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Opmerking (voorbeeld) is te lang: 51 tekens, hooguit 50. Kort de tekst in."));
        Assert.That(PageHtml.Field(page, "showcase.opmerking"), Is.EqualTo("–"));
    }

    [Test]
    public async Task StoredField_WithoutEditPermission_HasNoForm()
    {
        using var klantmanager = await HostSession.LogInAsync(_server, Klantmanager);
        var clientUrl = await RegisterClientAsync(klantmanager, "999993653");
        using var begeleider = await HostSession.LogInAsync(_server, "demo-0599-maatschappelijk-begeleider");

        var (status, page) = await begeleider.GetPageAsync(clientUrl);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Not.Contain("name=\"showcase.opmerking\""));
    }

    [Test]
    public async Task SpecialCategoryField_WithoutPermission_IsHidden()
    {
        using var klantmanager = await HostSession.LogInAsync(_server, Klantmanager);
        var clientUrl = await RegisterClientAsync(klantmanager, "999993653");

        using var save = await klantmanager.PostFormAsync(clientUrl, new Dictionary<string, string> { ["showcase.gezondheid"] = "Rugklachten" }, $"{clientUrl}?handler=Velden");
        var (status, page) = await klantmanager.GetPageAsync(clientUrl);
        var stored = await StoredValueAsync("showcase.gezondheid");

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("name=\"showcase.opmerking\""), "the klantmanager holds showcase.edit");
        Assert.That(page, Does.Not.Contain("showcase.gezondheid"));
        Assert.That(page, Does.Not.Contain("Gezondheid (voorbeeld)"));
        Assert.That(stored, Is.Null);
    }

    [Test]
    public async Task SpecialCategoryField_WithPermission_IsSaved()
    {
        using var consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");
        var clientUrl = await RegisterClientAsync(consulent, "999993653");

        using var save = await consulent.PostFormAsync(clientUrl, new Dictionary<string, string> { ["showcase.gezondheid"] = "Rugklachten" }, $"{clientUrl}?handler=Velden");
        var (_, page) = await consulent.GetPageAsync(clientUrl);

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(PageHtml.Field(page, "showcase.gezondheid"), Is.EqualTo("Rugklachten"));
        Assert.That(await StoredValueAsync("showcase.gezondheid"), Is.EqualTo("Rugklachten"));
    }

    private static async Task<string> RegisterClientAsync(HostSession session, string bsn)
    {
        using var response = await session.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = bsn }, "/klanten?handler=Registreer");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the client is registered from the BRP");
        return response.Headers.Location!.OriginalString;
    }

    private async Task<int> CountUpdatesAsync()
    {
        await using var scope = _server.CreateScopeAs(Klantmanager);
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.CountAsync(e => e.Operation == "Update");
    }

    private async Task<string?> StoredValueAsync(string key)
    {
        await using var scope = _server.CreateScopeAs(Klantmanager);
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.RecordFieldValues.Where(v => v.Key == key).Select(v => v.Value).SingleOrDefaultAsync();
    }
}
