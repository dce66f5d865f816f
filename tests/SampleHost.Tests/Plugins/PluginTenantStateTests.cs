using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Tests.Concurrency;
using SampleHost.Tests.Hosting;
using static SampleHost.Tests.Hosting.InburgeringSteps;
using static SampleHost.Tests.Hosting.PageHtml;
using TestSupport;

namespace SampleHost.Tests.Plugins;

/// <summary>
/// Enabling and disabling the inburgering plugin per gemeente while SampleHost runs, through the plugin page, on
/// SQLite and on PostgreSQL.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class PluginTenantStateTests(DatabaseProvider provider)
{
    private const string BeheerderRotterdam = "demo-0599-functioneel-beheerder";
    private const string ConsulentRotterdam = "demo-0599-consulent-inburgering";
    private const string ConsulentDenHaag = "demo-0518-consulent-inburgering";
    private const string PluginsPage = "/beheer/plugins";

    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("plugin_tenant_states")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    /// <summary>Enables the plugin in Rotterdam again, so each test starts from the state after start-up.</summary>
    [TearDown]
    public async Task EnableAgain()
    {
        using var beheerder = await HostSession.LogInAsync(_server, BeheerderRotterdam);
        using var response = await ChangeAsync(beheerder, "Inschakelen");
    }

    [Test]
    public async Task Startup_EachGemeente_RecordsVersionAndMigrations()
    {
        var records = await ReadRecordsAsync();

        Assert.That(records.Select(r => r.Gemeente), Is.EquivalentTo(new[] { "0599", "0518" }));
        foreach (var record in records)
        {
            Assert.That(record.State, Is.EqualTo(PluginTenantState.Enabled), record.Gemeente);
            Assert.That(record.PluginVersion, Is.EqualTo("0.1.0"), record.Gemeente);
            Assert.That(record.Migrations.Split('\n'), Has.Some.EndsWith("_InitialCreate"), record.Gemeente);
        }
    }

    [Test]
    public async Task Disable_Rotterdam_HidesPluginThereOnly()
    {
        using var rotterdam = await HostSession.LogInAsync(_server, ConsulentRotterdam);
        var dossierUrl = await RegisterAsync(rotterdam, "999993653");
        var clientUrl = await FindClientAsync(rotterdam, "999993653");
        using var beheerder = await HostSession.LogInAsync(_server, BeheerderRotterdam);

        using var disable = await ChangeAsync(beheerder, "Uitschakelen");
        var (listStatus, _) = await rotterdam.GetPageAsync(DossiersScreen);
        var (dossierStatus, _) = await rotterdam.GetPageAsync(dossierUrl);
        using var action = await rotterdam.PostFormAsync("/", new Dictionary<string, string>(RegistrationInputs("999995017")) { ["actionId"] = "inburgering.registreer" }, DossiersScreen);
        var (clientStatus, clientHtml) = await rotterdam.GetPageAsync(clientUrl);
        var (_, home) = await rotterdam.GetPageAsync("/");
        using var denHaag = await HostSession.LogInAsync(_server, ConsulentDenHaag);
        await RegisterAsync(denHaag, "999991905");
        var (denHaagListStatus, denHaagList) = await denHaag.GetPageAsync(DossiersScreen);

        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(listStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(dossierStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(action.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(clientStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Field(clientHtml, "bsn"), Is.EqualTo("999993653"), "the host's own client data still show");
        Assert.That(Field(clientHtml, "inburgeringsplichtig"), Is.Null);
        Assert.That(clientHtml, Does.Not.Contain("/schermen/inburgering."));
        Assert.That(home, Does.Not.Contain(DossiersScreen));
        Assert.That(denHaagListStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(denHaagList, Does.Contain("<td>999991905</td>"));
    }

    [Test]
    public async Task Enable_AfterDisable_DossierComesBackUnchanged()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);
        var dossierUrl = await RegisterAsync(consulent, "999992806");
        var (_, before) = await consulent.GetPageAsync(dossierUrl);
        using var beheerder = await HostSession.LogInAsync(_server, BeheerderRotterdam);
        using var disable = await ChangeAsync(beheerder, "Uitschakelen");
        var (whileDisabled, _) = await consulent.GetPageAsync(dossierUrl);

        using var enable = await ChangeAsync(beheerder, "Inschakelen");
        var (status, after) = await consulent.GetPageAsync(dossierUrl);
        var (_, list) = await consulent.GetPageAsync(DossiersScreen);

        Assert.That(whileDisabled, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(enable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        foreach (var key in new[] { "bsn", "naam", "geboortedatum", "doelgroep", "koppeldatum", "status" })
        {
            Assert.That(Field(after, key), Is.EqualTo(Field(before, key)), key);
        }

        Assert.That(list, Does.Contain("<td>999992806</td>"));
    }

    [Test]
    public async Task Disable_Twice_IsIdempotent()
    {
        using var beheerder = await HostSession.LogInAsync(_server, BeheerderRotterdam);
        using var first = await ChangeAsync(beheerder, "Uitschakelen");
        var afterFirst = await ReadRecordAsync("0599");

        using var second = await ChangeAsync(beheerder, "Uitschakelen");
        var afterSecond = await ReadRecordAsync("0599");
        var (_, page) = await beheerder.GetPageAsync(PluginsPage);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterSecond.State, Is.EqualTo(PluginTenantState.Disabled));
        Assert.That(afterSecond.ChangedAt, Is.EqualTo(afterFirst.ChangedAt), "the second request changed nothing");
        Assert.That(afterSecond.ChangedBy, Is.EqualTo(BeheerderRotterdam));
        Assert.That(afterSecond.ReasonNl, Is.EqualTo("Uitgeschakeld door een functioneel beheerder van de gemeente."));
        Assert.That(TenantState(page), Is.EqualTo("Disabled"));
        Assert.That(WebUtility.HtmlDecode(page), Does.Contain("Er is niets gewijzigd: Inburgering had in gemeente 0599 al deze status"));
    }

    [Test]
    public async Task PluginPage_Rotterdam_ShowsOwnGemeenteOnly()
    {
        using var beheerder = await HostSession.LogInAsync(_server, BeheerderRotterdam);
        using var disable = await ChangeAsync(beheerder, "Uitschakelen");

        var (status, page) = await beheerder.GetPageAsync(PluginsPage);
        var denHaag = await ReadRecordAsync("0518");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("In gemeente 0599"));
        Assert.That(TenantState(page), Is.EqualTo("Disabled"));
        Assert.That(page, Does.Contain("action=\"/beheer/plugins?handler=Inschakelen\""));
        Assert.That(page, Does.Not.Contain("action=\"/beheer/plugins?handler=Uitschakelen\""));
        Assert.That(denHaag.State, Is.EqualTo(PluginTenantState.Enabled));
    }

    [Test]
    public async Task Change_Consulent_IsForbiddenAndChangesNothing()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);

        using var response = await ChangeAsync(consulent, "Uitschakelen", tokenPage: "/");
        var record = await ReadRecordAsync("0599");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
        Assert.That(record.State, Is.EqualTo(PluginTenantState.Enabled));
    }

    /// <summary>Presses a button of the inburgering row on the plugin page.</summary>
    /// <summary>Posts <paramref name="handler"/> for the inburgering plugin with the state version the plugin page shows now, as its form does.</summary>
    private static async Task<HttpResponseMessage> ChangeAsync(HostSession session, string handler, string tokenPage = PluginsPage)
    {
        var (_, page) = await session.GetPageAsync(PluginsPage);
        var form = new Dictionary<string, string> { ["pluginId"] = "inburgering" };
        if (FormHtml.InputValue(page, "version") is { } version)
        {
            form["version"] = version;
        }

        return await session.PostFormAsync(tokenPage, form, $"{PluginsPage}?handler={handler}");
    }

    private async Task<List<PluginTenantStateRecord>> ReadRecordsAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.PluginTenantStates.AsNoTracking().Where(r => r.PluginId == "inburgering").ToListAsync();
    }

    private async Task<PluginTenantStateRecord> ReadRecordAsync(string gemeente) =>
        (await ReadRecordsAsync()).Single(r => r.Gemeente == gemeente);

    private static string? TenantState(string html)
    {
        var match = TenantStatePattern().Match(html);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<tr data-tenant-plugin=\"inburgering\">.*?data-tenant-state=\"(\\w+)\"", RegexOptions.Singleline)]
    private static partial Regex TenantStatePattern();
}
