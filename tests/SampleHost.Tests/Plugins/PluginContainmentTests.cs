using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Tests.Concurrency;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Plugins;

/// <summary>
/// A plugin whose screen throws, next to the inburgering plugin: the placeholder, the log, suspension after repeated
/// failures in one gemeente, and resuming it on the plugin page.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class PluginContainmentTests(DatabaseProvider databaseProvider)
{
    private const string BeheerderRotterdam = "demo-0599-functioneel-beheerder";
    private const string ConsulentRotterdam = "demo-0599-consulent-inburgering";
    private const string ConsulentDenHaag = "demo-0518-consulent-inburgering";
    private const string FailingScreen = "/schermen/failing-screen.overzicht";
    private const string Placeholder = "Dit onderdeel is tijdelijk niet beschikbaar. De functioneel beheerder is ingelicht.";

    private PluginFolders _folders = null!;

    [SetUp]
    public void CopyPlugins()
    {
        _folders = PluginFolders.Create();
        _folders.CopyPublished("inburgering");
        _folders.CopyTestPlugin("FailingScreen.Plugin", "failing-screen");
    }

    [TearDown]
    public void DeletePlugins() => _folders.Dispose();

    [Test]
    public async Task FailingScreen_Open_ShowsPlaceholderWithOk()
    {
        await using var server = StartServer();
        var logs = CollectLogs(server);
        using var consulent = await HostSession.LogInAsync(server, ConsulentRotterdam);

        var (status, html) = await consulent.GetPageAsync(FailingScreen);

        var failure = logs.Lines.SingleOrDefault(l => l.StartsWith("Plugin failing-screen failed", StringComparison.Ordinal));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain(Placeholder));
        Assert.That(html, Does.Not.Contain("fails on purpose"), "the exception stays out of the page");
        Assert.That(failure, Does.StartWith("Plugin failing-screen failed in screen failing-screen.overzicht for gemeente 0599; 1 failures in a row"));
        Assert.That(failure, Does.Contain("InvalidOperationException: The test screen fails on purpose."));
    }

    [Test]
    public async Task FailingScreen_English_ShowsEnglishPlaceholder()
    {
        await using var server = StartServer();
        using var consulent = await HostSession.LogInAsync(server, ConsulentRotterdam);
        using var language = await consulent.PostFormAsync("/", new Dictionary<string, string> { ["taal"] = "en", ["terug"] = "/" }, "/taal");

        var (status, html) = await consulent.GetPageAsync(FailingScreen);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("This part is temporarily unavailable. The application administrator has been informed."));
    }

    [Test]
    public async Task FiveFailures_Rotterdam_SuspendsThereOnly()
    {
        await using var server = StartServer();
        var logs = CollectLogs(server);
        using var rotterdam = await HostSession.LogInAsync(server, ConsulentRotterdam);
        using var denHaag = await HostSession.LogInAsync(server, ConsulentDenHaag);
        using var beheerder = await HostSession.LogInAsync(server, BeheerderRotterdam);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await rotterdam.GetPageAsync(FailingScreen)).Status);
        }

        var (afterStatus, _) = await rotterdam.GetPageAsync(FailingScreen);
        var (_, home) = await rotterdam.GetPageAsync("/");
        var (denHaagStatus, denHaagHtml) = await denHaag.GetPageAsync(FailingScreen);
        var (_, page) = await beheerder.GetPageAsync("/beheer/plugins");
        var record = await ReadRecordAsync(server, "failing-screen", "0599");

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(afterStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(home, Does.Not.Contain(FailingScreen));
        Assert.That(denHaagStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(denHaagHtml), Does.Contain(Placeholder));
        Assert.That(TenantState(page, "failing-screen"), Is.EqualTo("Suspended"));
        Assert.That(TenantState(page, "inburgering"), Is.EqualTo("Enabled"));
        Assert.That(WebUtility.HtmlDecode(page), Does.Contain("Automatisch opgeschort na 5 fouten op rij. Laatste fout: InvalidOperationException: The test screen fails on purpose."));
        Assert.That(record.State, Is.EqualTo(PluginTenantState.Suspended));
        Assert.That(record.ChangedBy, Is.EqualTo(PluginTenantStates.HostActor));
        Assert.That(logs.Lines, Has.One.StartsWith("Plugin failing-screen suspended for gemeente 0599 after 5 failures in a row"));
        Assert.That(server.Services.GetRequiredService<PluginTenantStates>().IsEnabled("failing-screen", Host.Abstractions.GemeenteCode.Parse("0518")), Is.True);
    }

    [Test]
    public async Task Suspended_Resume_EnablesAndResetsCount()
    {
        await using var server = StartServer();
        using var consulent = await HostSession.LogInAsync(server, ConsulentRotterdam);
        using var beheerder = await HostSession.LogInAsync(server, BeheerderRotterdam);
        for (var i = 0; i < 5; i++)
        {
            await consulent.GetPageAsync(FailingScreen);
        }

        var (_, suspendedPage) = await beheerder.GetPageAsync("/beheer/plugins");
        using var resume = await beheerder.PostFormAsync(
            "/beheer/plugins",
            new Dictionary<string, string> { ["pluginId"] = "failing-screen", ["version"] = FormHtml.InputValue(suspendedPage, "version")! },
            "/beheer/plugins?handler=Hervatten");
        var (status, html) = await consulent.GetPageAsync(FailingScreen);
        var (_, page) = await beheerder.GetPageAsync("/beheer/plugins");
        var record = await ReadRecordAsync(server, "failing-screen", "0599");

        Assert.That(suspendedPage, Does.Contain("action=\"/beheer/plugins?handler=Hervatten\""));
        Assert.That(resume.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "the screen is offered again");
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain(Placeholder));
        Assert.That(TenantState(page, "failing-screen"), Is.EqualTo("Enabled"));
        Assert.That(Failures(page, "failing-screen"), Is.EqualTo("1"), "the count started again from zero");
        Assert.That(record.State, Is.EqualTo(PluginTenantState.Enabled));
        Assert.That(record.ChangedBy, Is.EqualTo(BeheerderRotterdam));
        Assert.That(record.ReasonEn, Is.Null);
    }

    [Test]
    public async Task SafeMode_LoadsNothingAndRecordsNoStates()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = databaseProvider, PluginsPath = _folders.Root, SafeMode = true });
        using var consulent = await HostSession.LogInAsync(server, ConsulentRotterdam);
        using var beheerder = await HostSession.LogInAsync(server, BeheerderRotterdam);

        var (screenStatus, _) = await consulent.GetPageAsync(FailingScreen);
        var (pageStatus, page) = await beheerder.GetPageAsync("/beheer/plugins");

        var plugins = server.Services.GetRequiredService<PluginCatalog>().Plugins;
        Assert.That(plugins.Select(p => p.Status), Is.All.EqualTo(PluginStatus.Disabled));
        Assert.That(plugins.Select(p => p.Assembly), Is.All.Null, "no plugin code was loaded");
        Assert.That(await ReadRecordsAsync(server), Is.Empty);
        Assert.That(screenStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(pageStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("Er is geen geladen plugin."));
    }

    private SampleHostServer StartServer()
    {
        var server = new SampleHostServer(new SampleHostSettings { Provider = databaseProvider, PluginsPath = _folders.Root });
        server.StartServer();
        return server;
    }

    /// <summary>Adds a provider that keeps SampleHost's log lines from now on; loggers made before it get it too.</summary>
    private static CollectingLoggerProvider CollectLogs(SampleHostServer server)
    {
        var logs = new CollectingLoggerProvider();
        server.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        return logs;
    }

    private static async Task<List<PluginTenantStateRecord>> ReadRecordsAsync(SampleHostServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.PluginTenantStates.AsNoTracking().ToListAsync();
    }

    private static async Task<PluginTenantStateRecord> ReadRecordAsync(SampleHostServer server, string pluginId, string gemeente) =>
        (await ReadRecordsAsync(server)).Single(r => r.PluginId == pluginId && r.Gemeente == gemeente);

    private static string? TenantState(string html, string pluginId) => Cell(html, pluginId, "data-tenant-state=\"(\\w+)\"");

    private static string? Failures(string html, string pluginId) => Cell(html, pluginId, "<td data-tenant-failures>(\\d+)</td>");

    private static string? Cell(string html, string pluginId, string pattern)
    {
        var match = Regex.Match(html, $"<tr data-tenant-plugin=\"{Regex.Escape(pluginId)}\">.*?{pattern}", RegexOptions.Singleline);
        return match.Success ? match.Groups[1].Value : null;
    }
}
