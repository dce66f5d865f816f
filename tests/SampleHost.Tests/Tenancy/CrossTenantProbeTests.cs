using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Persistence;
using SampleHost.Security;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Tenancy;

/// <summary>
/// Users of Rotterdam (0599) probe every route that takes a record id or a BSN with the ids and BSNs of
/// 's-Gravenhage (0518). Each probe gets "not found" or is refused, no response carries a name, BSN or V-nummer of
/// the other gemeente, and the host logs each attempt with our own ids.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class CrossTenantProbeTests(DatabaseProvider provider)
{
    private const string Own = "0599";

    private const string Other = "0518";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;
    private AuthorizationMatrix _matrix = null!;
    private ForeignData _foreign = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyPublished("inburgering");
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _folders.CopyTestPlugin("Schuldhulp.Plugin", "schuldhulp");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root, SeedDemoData = true });
        await _server.StartAsync();

        _matrix = await AuthorizationMatrixReader.ReadAsync(_server.Services, _server.Services.GetRequiredService<EndpointDataSource>());
        _webhooks = new Security.WebhookReceiver();
        _foreign = await ReadForeignDataAsync();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _webhooks.Dispose();
        _folders.Dispose();
    }

    [Test]
    public void ForeignData_OtherGemeente_IsPresent()
    {
        Assert.That(_foreign.ClientIds, Is.Not.Empty);
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.dossier/"));
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.brede-intake/"));
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.pip/"));
        Assert.That(_foreign.Bsns, Does.Contain("999999333"));
        Assert.That(_foreign.Secrets, Does.Contain("2345678901"), "the V-nummer of a 0518 dossier");
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.aanbieder/"));
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.levering/"));
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.cursist/"));
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.mijn-levering/"));
    }

    [Test]
    public async Task RecordRoutes_ForeignIds_AreNotFound()
    {
        var leaks = new List<string>();
        var probes = 0;

        foreach (var role in HostRoles.All)
        {
            using var session = await HostSession.LogInAsync(_server, $"demo-{Own}-{role}");
            foreach (var (url, entryPoint) in RecordUrls())
            {
                var (status, body) = await session.GetPageAsync(url);
                probes++;
                var expected = _matrix.Allows(role, entryPoint) ? HttpStatusCode.NotFound : RefusedStatus(url);
                if (status != expected)
                {
                    leaks.Add($"{role}: GET {url} gaf {(int)status}, verwacht {(int)expected}");
                }

                leaks.AddRange(Secrets(body).Select(secret => $"{role}: GET {url} toont '{secret}'"));
            }
        }

        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
        Assert.That(probes, Is.GreaterThan(HostRoles.All.Count * 4));
    }

    [Test]
    public async Task ClientFieldsForm_ForeignClient_IsNotFound()
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");

        foreach (var clientId in _foreign.ClientIds)
        {
            using var response = await consulent.PostFormAsync("/klanten", new Dictionary<string, string> { ["showcase.opmerking"] = "Overschreven" }, $"/klanten/{clientId}?handler=Velden");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"client {clientId}");
        }

        Assert.That(await StoredRemarksInOtherGemeenteAsync(), Is.Zero);
    }

    [Test]
    public async Task SearchByBsn_ForeignBsn_FindsNothing()
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");

        foreach (var bsn in _foreign.Bsns)
        {
            using var client = await consulent.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = bsn }, "/klanten?handler=Zoek");
            var clientPage = await client.Content.ReadAsStringAsync();
            using var dossier = await consulent.PostActionAsync("/schermen/inburgering.dossiers", "inburgering.zoek", new Dictionary<string, string> { ["bsn"] = bsn });
            var dossierPage = await dossier.Content.ReadAsStringAsync();

            Assert.That(client.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), $"client search for a BSN of {Other}");
            Assert.That(clientPage, Does.Contain("Deze gemeente heeft geen klant met dit BSN."));
            Assert.That(dossier.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), $"dossier search for a BSN of {Other}");
            Assert.That(Secrets(clientPage).Concat(Secrets(dossierPage)).Where(secret => secret != bsn), Is.Empty, "the page echoes only the BSN the user typed");
        }
    }

    [Test]
    public async Task Actions_ForeignRecordIds_ShowNothing()
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");
        var leaks = new List<string>();

        foreach (var action in _matrix.EntryPoints.Where(e => e.Kind == EntryPointKind.Action))
        {
            foreach (var recordId in _foreign.RecordIds)
            {
                using var response = await consulent.Client.PostAsJsonAsync($"/api/actions/{action.Path}", new { recordId, values = new Dictionary<string, string>() });
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    leaks.Add($"POST /api/actions/{action.Path} met record {recordId} gaf {(int)response.StatusCode}");
                }

                leaks.AddRange(Secrets(body).Select(secret => $"POST /api/actions/{action.Path} toont '{secret}'"));
            }
        }

        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
    }

    [Test]
    public async Task Probe_ForeignRecord_IsLogged()
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");
        var clientId = _foreign.ClientIds[0];

        await consulent.GetPageAsync($"/klanten/{clientId}");

        var logged = _server.Logs.Where(e => e.EventId == 6201 && e.Message.Contains(clientId, StringComparison.Ordinal)).ToList();
        Assert.That(logged, Has.Count.GreaterThanOrEqualTo(1));
        Assert.That(logged[0].Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(logged[0].Message, Is.EqualTo($"No client {clientId} in gemeente {Own} for user demo-{Own}-consulent-inburgering: another gemeente's record or an unknown id"));
    }

    [Test]
    public async Task DossierAction_ForeignDossier_IsRejectedAndLogged()
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");
        var dossierId = _foreign.ScreenRecords.First(url => url.StartsWith("/schermen/inburgering.dossier/", StringComparison.Ordinal)).Split('/')[^1];
        var loggedBefore = ForeignDossierEvents(dossierId);

        using var response = await consulent.Client.PostAsJsonAsync(
            "/api/actions/inburgering.beperk",
            new { recordId = dossierId, values = new Dictionary<string, string> { ["beperkingReden"] = "Intrekking door DUO" }, expectedVersion = "onbekend" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(body, Does.Contain("Dit dossier bestaat niet in deze gemeente."));
        Assert.That(Secrets(body), Is.Empty);
        Assert.That(ForeignDossierEvents(dossierId) - loggedBefore, Is.EqualTo(1), "other tests of this fixture probe the same dossier");
    }

    /// <summary>Returns how often the plugin logged an attempt on <paramref name="dossierId"/> from the own gemeente.</summary>
    private int ForeignDossierEvents(string dossierId) =>
        _server.Logs.Count(e => e.EventId == 4006 && e.Message.Contains(dossierId, StringComparison.Ordinal) && e.Message.Contains($"gemeente {Own}", StringComparison.Ordinal));

    [Test]
    public async Task WorkQueueHandlers_ForeignTask_AreNotFound()
    {
        var (taskId, stamp) = await CreateForeignTaskAsync();
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");
        var handlers = _matrix.EntryPoints.Where(e => e is { Kind: EntryPointKind.Page, Method: "POST", Path: "/werkvoorraad" }).Select(e => e.Handler).ToList();

        foreach (var handler in handlers)
        {
            var form = new Dictionary<string, string> { ["id"] = taskId.ToString(), ["stamp"] = stamp.ToString(), ["collega"] = $"demo-{Own}-klantmanager", ["notitie"] = "Overgenomen" };
            using var response = await consulent.PostFormAsync("/werkvoorraad", form, $"/werkvoorraad?handler={handler}");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"POST /werkvoorraad?handler={handler}");
        }

        await using var scope = _server.CreateScopeAs($"demo-{Other}-consulent-inburgering");
        var stored = await scope.ServiceProvider.GetRequiredService<HostDbContext>().WorkItems.AsNoTracking().SingleAsync(w => w.Id == taskId);
        Assert.That(handlers, Has.Count.EqualTo(4));
        Assert.That(stored.ConcurrencyStamp, Is.EqualTo(stamp), "nothing changed");
        Assert.That(_server.Logs.Count(e => e.EventId == 6201 && e.Message.Contains(taskId.ToString(), StringComparison.Ordinal)), Is.EqualTo(4));
    }

    /// <summary>Every URL that opens a record of the other gemeente, with the entry point whose rule applies.</summary>
    private IEnumerable<(string Url, EntryPoint EntryPoint)> RecordUrls()
    {
        var clientPage = _matrix.EntryPoints.Single(e => e is { Kind: EntryPointKind.Page, Method: "GET", Path: "/klanten/{id:guid}" });
        var screens = _matrix.EntryPoints.Where(e => e.Kind == EntryPointKind.Screen).ToDictionary(e => e.Path, StringComparer.Ordinal);

        foreach (var clientId in _foreign.ClientIds)
        {
            yield return ($"/klanten/{clientId}", clientPage);
            foreach (var tab in _foreign.ClientTabs)
            {
                yield return ($"/schermen/{tab}/{clientId}", screens[tab]);
                yield return ($"/api/screens/{tab}/{clientId}", screens[tab]);
            }
        }

        foreach (var url in _foreign.ScreenRecords)
        {
            var screenId = url.Split('/')[^2];
            yield return (url, screens[screenId]);
        }
    }

    private static HttpStatusCode RefusedStatus(string url) =>
        url.StartsWith("/api/", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.Redirect;

    private IEnumerable<string> Secrets(string body) =>
        _foreign.Secrets.Where(secret => body.Contains(secret, StringComparison.Ordinal));

    private async Task<ForeignData> ReadForeignDataAsync()
    {
        await using var scope = _server.CreateScopeAs($"demo-{Other}-consulent-inburgering");
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var ownScope = _server.CreateScopeAs($"demo-{Own}-consulent-inburgering");
        await using (ownScope)
        {
            var ownBsns = await ownScope.ServiceProvider.GetRequiredService<HostDbContext>().Clients.Select(c => c.Bsn).ToListAsync();
            var clients = await db.Clients.Where(c => !ownBsns.Contains(c.Bsn)).ToListAsync();
            var clientTabs = scope.ServiceProvider.GetServices<IScreen>().Where(s => s.Definition.Slot == HostSlots.ClientTab).Select(s => s.Definition.Id).ToList();

            // The other gemeente's demo aanbieder delivers once, so its deliveries and their reports have records to probe.
            using var aanbieder = await HostSession.LogInAsync(_server, $"demo-{Other}-{HostRoles.Aanbieder}");
            var aanmelding = await AanbiederApi.VrijeAanmeldingAsync(aanbieder.Client);
            await AanbiederApi.LeverAsync(aanbieder.Client, aanmelding);

            // Follows the record links from the list screens to the records and the screens they link to, such as a dossier's
            // brede intake, PIP and beschikking, an aanbieder and a delivery's report, and the aanbieder's own students and
            // deliveries in its portal. The showcase plugin's items are one fixed catalogue for every gemeente, so they are
            // left out.
            using var consulent = await HostSession.LogInAsync(_server, $"demo-{Other}-consulent-inburgering");
            var screenRecords = await CrawlAsync(consulent, ["/api/screens/inburgering.dossiers", "/api/screens/inburgering.duo-signalen", "/api/screens/schuldhulp.aanmeldingen", "/api/screens/inburgering.aanbieders", "/api/screens/inburgering.leveringen"]);
            screenRecords.AddRange(await CrawlAsync(aanbieder, ["/api/screens/inburgering.mijn-cursisten", "/api/screens/inburgering.mijn-leveringen"]));
            screenRecords.AddRange(await AddForeignKetenAsync(consulent));

            var secrets = clients.SelectMany(c => new[] { c.Bsn, c.Naam }).Append("2345678901").Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
            return new ForeignData(
                [.. clients.Select(c => c.Id.ToString())],
                [.. clients.Select(c => c.Bsn)],
                clientTabs,
                [.. screenRecords.Distinct()],
                secrets!);
        }
    }

    /// <summary>Returns the record links that <paramref name="session"/> reaches from the screens <paramref name="start"/>, following each link's screen.</summary>
    private static async Task<List<string>> CrawlAsync(HostSession session, IEnumerable<string> start)
    {
        var screenRecords = new List<string>();
        var toRead = new Queue<string>(start);
        while (toRead.TryDequeue(out var apiUrl))
        {
            var (_, json) = await session.GetPageAsync(apiUrl);
            foreach (var href in RecordLink().Matches(json).Select(m => m.Groups["href"].Value).Where(h => !screenRecords.Contains(h)))
            {
                screenRecords.Add(href);
                toRead.Enqueue("/api/screens/" + href["/schermen/".Length..]);
            }
        }

        return screenRecords;
    }

    /// <summary>Creates an open task in the other gemeente's work queue, as a plugin would, and returns its id and stamp.</summary>
    private async Task<(Guid Id, Guid Stamp)> CreateForeignTaskAsync()
    {
        await using var scope = _server.CreateScopeAs($"demo-{Other}-consulent-inburgering");
        var recordId = Guid.NewGuid().ToString();
        var task = new WorkTask($"showcase.probe:{recordId}", "showcase.probe", recordId, new("Bel terug", "Call back"), new DateOnly(2027, 1, 4));
        await scope.ServiceProvider.GetRequiredService<IWorkTasks>().EnsureAsync(task, CancellationToken.None);
        var stored = await scope.ServiceProvider.GetRequiredService<HostDbContext>().WorkItems.AsNoTracking().SingleAsync(w => w.TaskKey == task.Key);
        return (stored.Id, stored.ConcurrencyStamp);
    }

    private async Task<int> StoredRemarksInOtherGemeenteAsync()
    {
        await using var scope = _server.CreateScopeAs($"demo-{Other}-consulent-inburgering");
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.RecordFieldValues.CountAsync(v => v.Value == "Overschreven");
    }

    /// <summary>A link to a record in the screen JSON, for example <c>"href":"/schermen/inburgering.dossier/…"</c>.</summary>
    [GeneratedRegex("\"href\":\"(?<href>/schermen/[^\"/]+/[^\"]+)\"")]
    private static partial Regex RecordLink();

    /// <summary>What the other gemeente has: client ids and BSNs, the screens that open a client, links to its records, and the texts that must not leak.</summary>
    private sealed record ForeignData(
        IReadOnlyList<string> ClientIds,
        IReadOnlyList<string> Bsns,
        IReadOnlyList<string> ClientTabs,
        IReadOnlyList<string> ScreenRecords,
        IReadOnlyList<string> Secrets)
    {
        /// <summary>The record ids of the other gemeente: its clients and the records its screens link to.</summary>
        public IEnumerable<string> RecordIds => ClientIds.Concat(ScreenRecords.Select(url => url.Split('/')[^1])).Distinct();
    }
}
