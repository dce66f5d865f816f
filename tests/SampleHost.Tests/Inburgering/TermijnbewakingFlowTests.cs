using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Jobs;
using SampleHost.Persistence;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// The daily deadline scan (<c>inburgering.termijnbewaking</c>, 04:00 in Amsterdam) run by SampleHost's scheduler, as
/// the consulent sees it in the work queue. The PIP deadline is ten weeks after DUO's kennisgeving. The task "PIP
/// binnen 14 dagen" is open from 14 days before it up to and including it, and "PIP te laat" from the day after.
/// Dates are relative to the host's clock, which starts at the current time.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class TermijnbewakingFlowTests(DatabaseProvider provider)
{
    private const string JobId = "inburgering.termijnbewaking";

    private const string Consulent = "demo-0599-consulent-inburgering";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    private SampleHostServer _server = null!;

    [SetUp]
    public void StartHost()
    {
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        _server.StartServer();
    }

    [TearDown]
    public async Task StopHostAsync() => await _server.DisposeAsync();

    [Test]
    public async Task WorkQueue_AroundPipDeadline_ShowsTasksOnTheirDays()
    {
        var (dagVoorVenster, uitersteDatum) = Days();
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var dossierId = await DossierWithKennisgevingAsync(consulent, uitersteDatum.AddDays(-70));

        await ScanOnAsync(dagVoorVenster);
        var voorVenster = await TasksAsync(Consulent, dossierId);
        await ScanOnAsync(dagVoorVenster.AddDays(1));
        var eersteDag = await TasksAsync(Consulent, dossierId);
        var andereGemeenteEersteDag = await TasksAsync("demo-0518-consulent-inburgering", dossierId);
        await ScanOnAsync(uitersteDatum);
        var laatsteDag = await TasksAsync(Consulent, dossierId);
        await ScanOnAsync(uitersteDatum.AddDays(1));
        var dagNaUiterste = await TasksAsync(Consulent, dossierId);

        var intake = IntakeRow(uitersteDatum);
        var binnen14Dagen = $"{Nl(uitersteDatum)} | PIP binnen 14 dagen | PIP vaststellen uiterlijk {Nl(uitersteDatum)}";
        Assert.That(voorVenster.Select(t => t.Row), Is.EqualTo(new[] { intake }));
        Assert.That(eersteDag.Select(t => t.Row), Is.EqualTo(new[] { intake, binnen14Dagen }));
        Assert.That(andereGemeenteEersteDag, Is.Empty, "a consulent of 0518 sees no task of a 0599 dossier");
        Assert.That(laatsteDag.Select(t => t.Row), Is.EqualTo(new[] { intake, binnen14Dagen }));
        Assert.That(dagNaUiterste.Select(t => t.Row), Is.EqualTo(new[] { intake, $"{Nl(uitersteDatum)} te laat | PIP te laat | PIP te laat: de uiterste datum was {Nl(uitersteDatum)}" }));
    }

    [Test]
    public async Task ClosedTask_NextScan_StaysClosed()
    {
        var (dagVoorVenster, uitersteDatum) = Days();
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var dossierId = await DossierWithKennisgevingAsync(consulent, uitersteDatum.AddDays(-70));
        await ScanOnAsync(dagVoorVenster.AddDays(1));
        var task = (await TasksAsync(Consulent, dossierId)).Single(t => t.Row.Contains("PIP binnen 14 dagen", StringComparison.Ordinal));
        using var consulentOpDag = await HostSession.LogInAsync(_server, Consulent);

        using var close = await consulentOpDag.PostFormAsync(
            "/werkvoorraad",
            new Dictionary<string, string> { ["id"] = task.Id, ["stamp"] = task.Stamp, ["notitie"] = "Gesprek over het PIP staat gepland" },
            "/werkvoorraad?handler=Afhandelen");
        var naAfhandelen = await TasksAsync(Consulent, dossierId);
        await ScanOnAsync(dagVoorVenster.AddDays(2));
        var naScan = await TasksAsync(Consulent, dossierId);

        Assert.That(close.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(naAfhandelen.Select(t => t.Row), Is.EqualTo(new[] { IntakeRow(uitersteDatum) }));
        Assert.That(naScan.Select(t => t.Row), Is.EqualTo(new[] { IntakeRow(uitersteDatum) }), "the scan does not open the closed PIP task again");
    }

    /// <summary>Returns tomorrow in Amsterdam, the day before the 14-day window, and the PIP deadline that makes it so.</summary>
    private (DateOnly DagVoorVenster, DateOnly UitersteDatum) Days()
    {
        var dagVoorVenster = Today().AddDays(1);
        return (dagVoorVenster, dagVoorVenster.AddDays(15));
    }

    /// <summary>
    /// Returns the row of the task "Brede intake plannen", which stays open because the test never starts the intake. It
    /// is due 14 days after the koppeldatum, which <see cref="DossierWithKennisgevingAsync"/> sets 14 days before the
    /// kennisgeving, so on the kennisgeving's date.
    /// </summary>
    private static string IntakeRow(DateOnly uitersteDatum) => $"{Nl(uitersteDatum.AddDays(-70))} te laat | Brede intake plannen | Plan de brede intake";

    /// <summary>Registers the test person and records DUO's kennisgeving of <paramref name="kennisgevingOp"/>, and returns the dossier id.</summary>
    private static async Task<string> DossierWithKennisgevingAsync(HostSession consulent, DateOnly kennisgevingOp)
    {
        var registration = RegistrationInputs("999993653");
        registration["koppeldatum"] = Iso(kennisgevingOp.AddDays(-14));
        using var registered = await consulent.PostActionAsync(DossiersScreen, "inburgering.registreer", registration);
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "registering in the arrange step");
        var dossierId = registered.Headers.Location!.OriginalString.Split('/')[^1];

        using var kennisgeving = await consulent.PostActionAsync(
            $"/schermen/inburgering.pip/{dossierId}",
            "inburgering.pip-duo-kennisgeving",
            new Dictionary<string, string> { ["duoKennisgevingOp"] = Iso(kennisgevingOp) });
        Assert.That(kennisgeving.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "recording the kennisgeving in the arrange step");

        return dossierId;
    }

    /// <summary>Moves the clock to just past 04:00 in Amsterdam on <paramref name="day"/> and waits until the scan of that moment ran in both gemeenten.</summary>
    private async Task ScanOnAsync(DateOnly day)
    {
        var due = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(4, 0)), s_amsterdam), TimeSpan.Zero);
        await WaitUntilAsync(() => Task.FromResult(_server.Logs.Any(e => e.EventId == 6001)), "the scheduler starts");

        _server.Clock.Advance(due - _server.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));

        await WaitUntilAsync(async () => (await RunsAsync(due)).Count(r => r.FinishedAt is not null) == 2, $"both gemeenten ran the scan due {due:u}");
        var runs = await RunsAsync(due);
        Assert.That(runs.Select(r => r.Outcome), Is.All.EqualTo(JobRunOutcome.Succeeded), $"the scan due {due:u}");
    }

    private async Task<List<JobRunRecord>> RunsAsync(DateTimeOffset due)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var runs = await db.JobRuns.AsNoTracking().Where(r => r.JobId == JobId).ToListAsync();
        return [.. runs.Where(r => r.DueAt == due)];
    }

    /// <summary>
    /// Logs in as <paramref name="userId"/>, as the session of an earlier day has expired, and returns the open tasks
    /// of the work queue that link to a screen of <paramref name="dossierId"/>.
    /// </summary>
    private async Task<List<QueueRow>> TasksAsync(string userId, string dossierId)
    {
        using var session = await HostSession.LogInAsync(_server, userId);
        var (status, html) = await session.GetPageAsync("/werkvoorraad");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));

        return
        [
            .. RowPattern().Matches(html)
                .Select(m => new QueueRow(
                    m.Groups["id"].Value,
                    StampPattern().Match(m.Value).Groups[1].Value,
                    Text(m.Groups["due"].Value) + " | " + Text(m.Groups["kind"].Value) + " | " + Text(m.Groups["task"].Value),
                    m.Groups["task"].Value))
                .Where(r => r.TaskHtml.Contains(dossierId, StringComparison.Ordinal)),
        ];
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Whitespace().Replace(TagPattern().Replace(html, " "), " ").Trim());

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_server.Clock.GetUtcNow(), s_amsterdam).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Nl(DateOnly date) => date.ToString("d MMMM yyyy", s_dutch);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > s_timeout)
            {
                Assert.Fail($"Timed out after {s_timeout.TotalSeconds} seconds waiting until {what}.");
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex("<tr data-work-item=\"(?<id>[^\"]+)\">\\s*<td>(?<due>.*?)</td>\\s*<td>(?<kind>.*?)</td>\\s*<td>(?<task>.*?)</td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("name=\"stamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    /// <summary>A row of the work queue: its id and stamp for the row's forms, its cells as text, and the task cell's HTML with the link.</summary>
    private sealed record QueueRow(string Id, string Stamp, string Row, string TaskHtml);
}
