using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Persistence;
using SampleHost.Tests.Concurrency;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using SampleHost.Workflows;
using TestSupport;

namespace SampleHost.Tests.Work;

/// <summary>
/// The werkvoorraad page over HTTP with the showcase plugin: workflow and plugin tasks, the filters, paging, and
/// assigning, releasing and closing tasks, on SQLite and PostgreSQL. Each test uses its own task kind and filters on it.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class WerkvoorraadPageTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";
    private const string Klantmanager = "demo-0599-klantmanager";
    private const string ConsulentDenHaag = "demo-0518-consulent-inburgering";
    private const string BeheerderDenHaag = "demo-0518-functioneel-beheerder";
    private const string Page = "/werkvoorraad";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("werkvoorraad_page")
            : null;
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { PluginsPath = _folders.Root, Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task Page_WorkflowAndPluginTasks_AreShown()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        using var takeOn = await consulent.PostActionAsync("/schermen/showcase.item/7", "showcase.stap", new Dictionary<string, string> { ["stap"] = "oppakken" });
        var overdue = await EnsureAsync(Consulent, "showcase.tonen", "Bel de klant terug", Today.AddDays(-1), screen: "showcase.item");

        var (status, html) = await consulent.GetPageAsync($"{Page}?soort=showcase.tonen");
        var (_, workflowHtml) = await consulent.GetPageAsync($"{Page}?soort=showcase.aanvraag");
        var workflowRow = Rows(workflowHtml).Single(r => r.Html.Contains("/schermen/showcase.item/7\">Rond de aanvraag af</a>", StringComparison.Ordinal));
        var pluginRow = Row(html, overdue);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Cells(workflowRow.Html), Is.EqualTo(new[] { DateText(10), "Aanvraag", "Rond de aanvraag af", "niemand" }));
        Assert.That(Cells(pluginRow)[0], Is.EqualTo($"{DateText(-1)} te laat"), "overdue is said in words, not colour alone");
        Assert.That(Cells(pluginRow)[1], Is.EqualTo("Soort showcase.tonen"));
        Assert.That(pluginRow, Does.Contain($"<a href=\"/schermen/showcase.item/{overdue.RecordId}\">Bel de klant terug</a>"));
        Assert.That(html, Does.Contain("<option value=\"showcase.aanvraag\">Aanvraag</option>"), "the kind filter names the workflow");
        Assert.That(workflowHtml, Does.Contain("<option value=\"showcase.tonen\">Soort showcase.tonen</option>"));
    }

    [Test]
    public async Task Page_InEnglish_SaysOverdue()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.engels", "Bel de klant terug", Today.AddDays(-3));
        using var language = await consulent.PostFormAsync("/", new Dictionary<string, string> { ["taal"] = "en", ["terug"] = Page }, "/taal");

        var (_, html) = await consulent.GetPageAsync($"{Page}?soort=showcase.engels");

        Assert.That(Cells(Row(html, task))[0], Does.EndWith(" overdue"));
        Assert.That(Cells(Row(html, task))[3], Is.EqualTo("nobody"));
    }

    [Test]
    public async Task Filter_Kind_ShowsOnlyThatKind()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var matching = await EnsureAsync(Consulent, "showcase.soort-a", "Taak A", Today);
        var otherKind = await EnsureAsync(Consulent, "showcase.soort-b", "Taak B", Today);

        var (_, html) = await consulent.GetPageAsync($"{Page}?soort=showcase.soort-a");

        Assert.That(RowIds(html), Is.EqualTo(new[] { matching.Id }));
        Assert.That(RowIds(html), Does.Not.Contain(otherKind.Id));
        Assert.That(html, Does.Contain("<option value=\"showcase.soort-a\" selected=\"selected\">"));
    }

    [Test]
    public async Task Filter_Assignment_MineAndUnassigned()
    {
        const string kind = "showcase.toewijzing";
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        using var klantmanager = await HostSession.LogInAsync(_server, Klantmanager);
        var mine = await EnsureAsync(Consulent, kind, "Mijn taak", Today);
        var theirs = await EnsureAsync(Consulent, kind, "Taak van de klantmanager", Today);
        var nobodys = await EnsureAsync(Consulent, kind, "Taak van niemand", Today);
        using var assignMine = await PostAsync(consulent, "AanMijToewijzen", mine);
        using var assignTheirs = await PostAsync(klantmanager, "AanMijToewijzen", theirs);

        var (_, mineHtml) = await consulent.GetPageAsync($"{Page}?soort={kind}&toewijzing=mij");
        var (_, unassignedHtml) = await consulent.GetPageAsync($"{Page}?soort={kind}&toewijzing=niemand");
        var (_, everyoneHtml) = await consulent.GetPageAsync($"{Page}?soort={kind}&toewijzing=iedereen");

        Assert.That(RowIds(mineHtml), Is.EqualTo(new[] { mine.Id }));
        Assert.That(RowIds(unassignedHtml), Is.EqualTo(new[] { nobodys.Id }));
        Assert.That(RowIds(everyoneHtml), Is.EquivalentTo(new[] { mine.Id, theirs.Id, nobodys.Id }));
        Assert.That(Cells(Row(everyoneHtml, theirs))[3], Is.EqualTo("Klantmanager werk en inkomen (Rotterdam)"));
    }

    [Test]
    public async Task Filter_Due_OverdueAndWithinSevenDays()
    {
        const string kind = "showcase.termijn";
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var yesterday = await EnsureAsync(Consulent, kind, "Gisteren", Today.AddDays(-1));
        var today = await EnsureAsync(Consulent, kind, "Vandaag", Today);
        var inSeven = await EnsureAsync(Consulent, kind, "Over zeven dagen", Today.AddDays(7));
        var inEight = await EnsureAsync(Consulent, kind, "Over acht dagen", Today.AddDays(8));

        var (_, overdueHtml) = await consulent.GetPageAsync($"{Page}?soort={kind}&termijn=te-laat");
        var (_, soonHtml) = await consulent.GetPageAsync($"{Page}?soort={kind}&termijn=binnen-7-dagen");
        var (_, allHtml) = await consulent.GetPageAsync($"{Page}?soort={kind}&termijn=alle");

        Assert.That(RowIds(overdueHtml), Is.EqualTo(new[] { yesterday.Id }));
        Assert.That(RowIds(soonHtml), Is.EqualTo(new[] { today.Id, inSeven.Id }));
        Assert.That(RowIds(allHtml), Is.EqualTo(new[] { yesterday.Id, today.Id, inSeven.Id, inEight.Id }), "ordered by due date");
    }

    [Test]
    public async Task Paging_FiftyOnePlusTasks_FollowsVolgende()
    {
        const string kind = "showcase.paginas";
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var tasks = new List<CreatedTask>();
        for (var i = 0; i < 53; i++)
        {
            // Three tasks share each due date, so the page boundary falls between tasks with the same date.
            tasks.Add(await EnsureAsync(Consulent, kind, $"Taak {i}", Today.AddDays(i / 3)));
        }

        var expected = tasks.OrderBy(t => t.DueDate).ThenBy(t => t.Id).Select(t => t.Id).ToList();

        var (_, first) = await consulent.GetPageAsync($"{Page}?soort={kind}");
        var next = NextLink().Match(first);
        var (_, second) = await consulent.GetPageAsync(WebUtility.HtmlDecode(next.Groups[1].Value));

        Assert.That(RowIds(first), Is.EqualTo(expected.Take(50)));
        Assert.That(next.Success, Is.True);
        Assert.That(next.Groups[1].Value, Does.StartWith("/werkvoorraad?soort=showcase.paginas&amp;na="));
        Assert.That(RowIds(second), Is.EqualTo(expected.Skip(50)));
        Assert.That(NextLink().IsMatch(second), Is.False);
        Assert.That(second, Does.Contain("<a href=\"/werkvoorraad?soort=showcase.paginas\">Eerste pagina</a>"));
    }

    [Test]
    public async Task AssignToMe_ThenRelease_ShowsNameThenNobody()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.vrijgeven", "Vrijgeven", Today);

        using var assign = await PostAsync(consulent, "AanMijToewijzen", task, kindFilter: true);
        var (_, assigned) = await consulent.GetPageAsync($"{Page}?soort=showcase.vrijgeven");
        var afterAssign = await ReadAsync(Consulent, task.Id);
        using var release = await PostAsync(consulent, "Vrijgeven", task with { Stamp = afterAssign.ConcurrencyStamp }, kindFilter: true);
        var (_, released) = await consulent.GetPageAsync($"{Page}?soort=showcase.vrijgeven");
        var afterRelease = await ReadAsync(Consulent, task.Id);

        Assert.That(assign.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(assign.Headers.Location!.OriginalString, Is.EqualTo("/werkvoorraad?soort=showcase.vrijgeven"), "back to the same filter");
        Assert.That(assigned, Does.Contain("De taak is aan u toegewezen."));
        Assert.That(Cells(Row(assigned, task))[3], Is.EqualTo("Consulent inburgering (Rotterdam)"));
        Assert.That(afterAssign.AssignedTo, Is.EqualTo(Consulent));
        Assert.That(release.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(Cells(Row(released, task))[3], Is.EqualTo("niemand"));
        Assert.That(afterRelease.AssignedTo, Is.Null);
        Assert.That(_server.Logs.Count(e => e.EventId == 6301 && e.Message.Contains(task.Id.ToString(), StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task AssignToColleague_FromList_IsStored()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.collega", "Collega", Today);
        var (_, page) = await consulent.GetPageAsync($"{Page}?soort=showcase.collega");

        using var assign = await PostAsync(consulent, "ToewijzenAan", task, new() { ["collega"] = Klantmanager });
        var stored = await ReadAsync(Consulent, task.Id);

        Assert.That(page, Does.Contain($"<option value=\"{Klantmanager}\">Klantmanager werk en inkomen (Rotterdam)</option>"));
        Assert.That(page, Does.Not.Contain("value=\"demo-0599-aanbieder\""), "only users who may handle tasks");
        Assert.That(page, Does.Not.Contain("value=\"demo-0518-klantmanager\""), "only users of the gemeente");
        Assert.That(assign.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(stored.AssignedTo, Is.EqualTo(Klantmanager));
    }

    [Test]
    public async Task AssignToColleague_NotInList_ChangesNothing()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.geen-collega", "Geen collega", Today);

        using var otherGemeente = await PostAsync(consulent, "ToewijzenAan", task, new() { ["collega"] = "demo-0518-klantmanager" });
        using var noPermission = await PostAsync(consulent, "ToewijzenAan", task, new() { ["collega"] = "demo-0599-aanbieder" });
        var html = WebUtility.HtmlDecode(await noPermission.Content.ReadAsStringAsync());
        var stored = await ReadAsync(Consulent, task.Id);

        Assert.That(otherGemeente.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(noPermission.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Deze collega staat niet in de lijst van medewerkers van uw gemeente die taken behandelen."));
        Assert.That(stored.AssignedTo, Is.Null);
        Assert.That(stored.ConcurrencyStamp, Is.EqualTo(task.Stamp));
    }

    [Test]
    public async Task Close_WithNote_RecordsUserAndNote()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.afhandelen", "Afhandelen", Today);

        using var close = await PostAsync(consulent, "Afhandelen", task, new() { ["notitie"] = "  Telefonisch besproken, afspraak gemaakt.  " }, kindFilter: true);
        var (_, html) = await consulent.GetPageAsync($"{Page}?soort=showcase.afhandelen");
        var stored = await ReadAsync(Consulent, task.Id);

        Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(html, Does.Contain("De taak is afgehandeld."));
        Assert.That(RowIds(html), Is.Empty);
        Assert.That(stored.ClosedAt, Is.Not.Null);
        Assert.That(stored.ClosedBy, Is.EqualTo(Consulent));
        Assert.That(stored.ClosedReasonNl, Is.EqualTo("Telefonisch besproken, afspraak gemaakt."));
        Assert.That(stored.ClosedReasonEn, Is.EqualTo("Telefonisch besproken, afspraak gemaakt."));
    }

    [Test]
    public async Task Close_WithoutNote_LeavesReasonEmpty()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.zonder-notitie", "Zonder notitie", Today);

        using var close = await PostAsync(consulent, "Afhandelen", task, new() { ["notitie"] = "" });
        var stored = await ReadAsync(Consulent, task.Id);

        Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(stored.ClosedBy, Is.EqualTo(Consulent));
        Assert.That(stored.ClosedReasonNl, Is.Null);
    }

    [Test]
    public async Task Close_NoteOf401Characters_ChangesNothing()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.lange-notitie", "Lange notitie", Today);

        using var tooLong = await PostAsync(consulent, "Afhandelen", task, new() { ["notitie"] = new string('a', 401) });
        var html = WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync());
        var afterTooLong = await ReadAsync(Consulent, task.Id);
        using var longest = await PostAsync(consulent, "Afhandelen", task, new() { ["notitie"] = new string('a', 400) });
        var afterLongest = await ReadAsync(Consulent, task.Id);

        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("De notitie is 401 tekens lang. Kort haar in tot ten hoogste 400 tekens; de taak is nog open."));
        Assert.That(afterTooLong.ClosedAt, Is.Null);
        Assert.That(longest.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterLongest.ClosedReasonNl, Has.Length.EqualTo(400));
    }

    [Test]
    public async Task Close_ThenPluginEnsuresSameKey_StaysClosed()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.heropenen", "Niet heropenen", Today);
        using var close = await PostAsync(consulent, "Afhandelen", task);

        var created = await EnsureAsync(Consulent, task.Task with { DueDate = Today.AddDays(3) });
        var stored = await ReadAsync(Consulent, task.Id);
        var (_, html) = await consulent.GetPageAsync($"{Page}?soort=showcase.heropenen");

        Assert.That(created, Is.False);
        Assert.That(stored.ClosedAt, Is.Not.Null);
        Assert.That(stored.DueDate, Is.EqualTo(Today));
        Assert.That(RowIds(html), Is.Empty);
    }

    [Test]
    public async Task StaleStamp_IsConflictAndChangesNothing()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        using var klantmanager = await HostSession.LogInAsync(_server, Klantmanager);
        var task = await EnsureAsync(Consulent, "showcase.verouderd", "Verouderd", Today);
        using var first = await PostAsync(klantmanager, "AanMijToewijzen", task);

        using var assign = await PostAsync(consulent, "AanMijToewijzen", task);
        using var close = await PostAsync(consulent, "Afhandelen", task, new() { ["notitie"] = "Te laat gezien" });
        var html = WebUtility.HtmlDecode(await close.Content.ReadAsStringAsync());
        var stored = await ReadAsync(Consulent, task.Id);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(assign.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(html, Does.Contain("Iemand anders heeft deze taak intussen gewijzigd. Er is niets veranderd."));
        Assert.That(Cells(Row(html, task))[3], Is.EqualTo("Klantmanager werk en inkomen (Rotterdam)"), "the page shows the task as it is now");
        Assert.That(stored.AssignedTo, Is.EqualTo(Klantmanager));
        Assert.That(stored.ClosedAt, Is.Null);
    }

    [Test]
    public async Task ClosedTask_ChangeWithItsStamp_IsConflict()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var task = await EnsureAsync(Consulent, "showcase.al-gesloten", "Al gesloten", Today);
        using var close = await PostAsync(consulent, "Afhandelen", task);
        var closed = await ReadAsync(Consulent, task.Id);

        using var assign = await PostAsync(consulent, "AanMijToewijzen", task with { Stamp = closed.ConcurrencyStamp });
        var html = WebUtility.HtmlDecode(await assign.Content.ReadAsStringAsync());

        Assert.That(assign.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(html, Does.Contain("Deze taak is al afgehandeld en blijft gesloten."));
        Assert.That((await ReadAsync(Consulent, task.Id)).AssignedTo, Is.Null);
    }

    [Test]
    public async Task ForeignTask_EveryHandler_IsNotFoundAndLogged()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var foreign = await EnsureAsync(ConsulentDenHaag, "showcase.vreemd", "Taak van Den Haag", Today);

        var statuses = new List<HttpStatusCode>();
        foreach (var (handler, extra) in new (string, Dictionary<string, string>)[]
        {
            ("AanMijToewijzen", []),
            ("Vrijgeven", []),
            ("ToewijzenAan", new() { ["collega"] = Klantmanager }),
            ("Afhandelen", new() { ["notitie"] = "Overgenomen" }),
        })
        {
            using var response = await PostAsync(consulent, handler, foreign, extra);
            statuses.Add(response.StatusCode);
        }

        var stored = await ReadAsync(ConsulentDenHaag, foreign.Id);
        var logged = _server.Logs.Where(e => e.EventId == 6201 && e.Message.Contains(foreign.Id.ToString(), StringComparison.Ordinal)).ToList();

        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.NotFound, 4)));
        Assert.That(stored.AssignedTo, Is.Null);
        Assert.That(stored.ClosedAt, Is.Null);
        Assert.That(stored.ConcurrencyStamp, Is.EqualTo(foreign.Stamp));
        Assert.That(logged, Has.Count.EqualTo(4));
        Assert.That(logged[0].Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(logged[0].Message, Is.EqualTo($"No work item {foreign.Id} in gemeente 0599 for user {Consulent}: another gemeente's record or an unknown id"));
    }

    [Test]
    public async Task PluginOff_HidesItsTasksAndRefusesChanges()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentDenHaag);
        using var beheerder = await HostSession.LogInAsync(_server, BeheerderDenHaag);
        var task = await EnsureAsync(ConsulentDenHaag, "showcase.uitgeschakeld", "Van een plugin die uit gaat", Today);
        var (_, before) = await consulent.GetPageAsync($"{Page}?soort=showcase.uitgeschakeld");

        using var disable = await ChangePluginAsync(beheerder, "Uitschakelen");
        try
        {
            var (_, whileOff) = await consulent.GetPageAsync($"{Page}?soort=showcase.uitgeschakeld");
            using var close = await PostAsync(consulent, "Afhandelen", task, tokenPage: "/");
            var (_, apiJson) = await consulent.GetPageAsync("/api/werkvoorraad");

            Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(RowIds(before), Does.Contain(task.Id));
            Assert.That(before, Does.Contain("<option value=\"showcase.uitgeschakeld\""));
            Assert.That(RowIds(whileOff), Does.Not.Contain(task.Id));
            Assert.That(whileOff, Does.Not.Contain("<option value=\"showcase.uitgeschakeld\""), "nor in the kind filter");
            Assert.That(apiJson, Does.Not.Contain(task.Id.ToString()));
            Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await ReadAsync(ConsulentDenHaag, task.Id)).ClosedAt, Is.Null);
        }
        finally
        {
            using var enable = await ChangePluginAsync(beheerder, "Inschakelen");
        }

        var (_, afterwards) = await consulent.GetPageAsync($"{Page}?soort=showcase.uitgeschakeld");
        Assert.That(RowIds(afterwards), Does.Contain(task.Id), "the tasks come back with the plugin");
    }

    [Test]
    public async Task Api_SameFilters_ReturnsTasksAsJson()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var overdue = await EnsureAsync(Consulent, "showcase.api", "Via de API", Today.AddDays(-2), screen: "showcase.item");
        var later = await EnsureAsync(Consulent, "showcase.api", "Later", Today.AddDays(20));

        using var response = await consulent.Client.GetAsync(new Uri("/api/werkvoorraad?soort=showcase.api&termijn=te-laat", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(items, Has.Count.EqualTo(1));
        Assert.That(items[0].GetProperty("id").GetGuid(), Is.EqualTo(overdue.Id));
        Assert.That(items[0].GetProperty("overdue").GetBoolean(), Is.True);
        Assert.That(items[0].GetProperty("dueDate").GetString(), Is.EqualTo(Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.That(items[0].GetProperty("task").GetProperty("nl").GetString(), Is.EqualTo("Via de API"));
        Assert.That(items[0].GetProperty("href").GetString(), Is.EqualTo($"/schermen/showcase.item/{overdue.RecordId}"));
        Assert.That(items[0].GetProperty("concurrencyStamp").GetGuid(), Is.EqualTo(overdue.Stamp));
        Assert.That(json.RootElement.GetProperty("next").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(later.Id, Is.Not.EqualTo(overdue.Id));
    }

    [Test]
    public async Task Api_RoleWithoutWorkQueue_IsForbidden()
    {
        using var aanbieder = await HostSession.LogInAsync(_server, "demo-0599-aanbieder");

        using var response = await aanbieder.Client.GetAsync(new Uri("/api/werkvoorraad", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_server.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    private string DateText(int days) => Today.AddDays(days).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Creates a plugin task as the showcase plugin would and returns its id and stamp.</summary>
    private async Task<CreatedTask> EnsureAsync(string userId, string kind, string title, DateOnly dueDate, string? screen = null)
    {
        var recordId = Guid.NewGuid().ToString();
        var task = new WorkTask($"{kind}:{recordId}", kind, recordId, new(title, title + " (en)"), dueDate)
        {
            RecordScreenId = screen,
            KindName = new($"Soort {kind}", $"Kind {kind}"),
        };
        await EnsureAsync(userId, task);

        await using var scope = _server.CreateScopeAs(userId);
        var stored = await scope.ServiceProvider.GetRequiredService<HostDbContext>().WorkItems.AsNoTracking().SingleAsync(w => w.TaskKey == task.Key);
        return new CreatedTask(stored.Id, stored.ConcurrencyStamp, dueDate, recordId, task);
    }

    private async Task<bool> EnsureAsync(string userId, WorkTask task)
    {
        await using var scope = _server.CreateScopeAs(userId);
        return await scope.ServiceProvider.GetRequiredService<IWorkTasks>().EnsureAsync(task, CancellationToken.None);
    }

    private async Task<WorkItemRecord> ReadAsync(string userId, Guid id)
    {
        await using var scope = _server.CreateScopeAs(userId);
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().WorkItems.AsNoTracking().SingleAsync(w => w.Id == id);
    }

    /// <summary>Posts <paramref name="handler"/> for <paramref name="task"/> with the stamp it was created with, as the row's form does.</summary>
    private static Task<HttpResponseMessage> PostAsync(
        HostSession session,
        string handler,
        CreatedTask task,
        Dictionary<string, string>? extra = null,
        bool kindFilter = false,
        string tokenPage = Page)
    {
        var form = new Dictionary<string, string>(extra ?? []) { ["id"] = task.Id.ToString(), ["stamp"] = task.Stamp.ToString() };
        var target = $"{Page}?handler={handler}" + (kindFilter ? $"&soort={task.Task.Kind}" : string.Empty);
        return session.PostFormAsync(tokenPage, form, target);
    }

    private static async Task<HttpResponseMessage> ChangePluginAsync(HostSession beheerder, string handler)
    {
        var (_, page) = await beheerder.GetPageAsync("/beheer/plugins");
        var form = new Dictionary<string, string> { ["pluginId"] = "showcase" };
        var row = Regex.Match(page, "<tr data-tenant-plugin=\"showcase\">.*?</tr>", RegexOptions.Singleline).Value;
        if (FormHtml.InputValue(row, "version") is { } version)
        {
            form["version"] = version;
        }

        return await beheerder.PostFormAsync("/beheer/plugins", form, $"/beheer/plugins?handler={handler}");
    }

    private static List<(Guid Id, string Html)> Rows(string html) =>
        [.. RowPattern().Matches(html).Select(m => (Guid.Parse(m.Groups["id"].Value), m.Groups["html"].Value))];

    private static List<Guid> RowIds(string html) => [.. Rows(html).Select(r => r.Id)];

    private static string Row(string html, CreatedTask task) => Rows(html).Single(r => r.Id == task.Id).Html;

    /// <summary>Returns the text of the first four cells of a row, without tags and with single spaces.</summary>
    private static List<string> Cells(string rowHtml) =>
        [.. CellPattern().Matches(rowHtml).Take(4).Select(m => WebUtility.HtmlDecode(Whitespace().Replace(Tag().Replace(m.Groups[1].Value, " "), " ").Trim()))];

    [GeneratedRegex("<tr data-work-item=\"(?<id>[0-9a-f-]+)\">(?<html>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">Volgende</a>")]
    private static partial Regex NextLink();

    /// <summary>A task a test created, with the stamp its row's forms carry.</summary>
    private sealed record CreatedTask(Guid Id, Guid Stamp, DateOnly DueDate, string RecordId, WorkTask Task);
}
