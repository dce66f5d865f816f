using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Privacy;

/// <summary>The privacy officer's screens: the processing log with its chain verification, and the inzage for one person.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class PrivacyPagesTests(DatabaseProvider provider)
{
    private const string Bsn = "999993653";

    private const int VerwerkingslogPageSize = SampleHost.Pages.Privacy.VerwerkingslogModel.PageSize;

    private static readonly string s_consulent = DemoUsers.IdFor(HostRoles.ConsulentInburgering);
    private static readonly string s_privacyOfficer = DemoUsers.IdFor(HostRoles.PrivacyOfficer);

    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHostAndRegister()
    {
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        using var consulent = await HostSession.LogInAsync(_server, s_consulent);
        await RegisterAsync(consulent, Bsn);
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Inzage_RegisteredPerson_ListsRegistrationWithActorAndRole()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        using var response = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = Bsn });
        var html = await response.Content.ReadAsStringAsync();
        var rows = ActivityRows().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(rows, Does.Contain("inburgering.registratie"));
        Assert.That(html, Does.Contain(s_consulent));
        Assert.That(html, Does.Contain("Consulent inburgering"));
        Assert.That(html, Does.Contain("Vastleggen"));
        Assert.That(html, Does.Not.Contain("Suzanne"));
    }

    [Test]
    public async Task Inzage_WithVNummer_AddsRecordsBeforeBsn()
    {
        using var consulent = await HostSession.LogInAsync(_server, s_consulent);
        var inputs = RegistrationInputs(string.Empty);
        inputs["vnummer"] = "5678901234";
        using var registration = await consulent.PostActionAsync(DossiersScreen, "inburgering.registreer", inputs);
        var dossierUrl = registration.Headers.Location!.OriginalString;
        var (_, dossier) = await consulent.GetPageAsync(dossierUrl);
        using var link = await consulent.PostActionAsync(dossierUrl, "inburgering.koppel-bsn", new Dictionary<string, string>
        {
            ["bsn"] = "999995017",
            ["__version"] = VersionField().Match(dossier).Groups[1].Value,
        });
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        using var bsnOnly = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = "999995017" });
        using var both = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = "999995017", ["vnummer"] = "5678901234" });
        var bsnRows = ActivityRows().Count(await bsnOnly.Content.ReadAsStringAsync());
        var bothRows = ActivityRows().Matches(await both.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();

        Assert.That(registration.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(bsnRows, Is.GreaterThan(0), "linking the BSN is recorded under the BSN");
        Assert.That(bothRows, Has.Count.GreaterThan(bsnRows + 1), "the registration under the V-nummer, and the first inzage, are added");
        Assert.That(bothRows, Does.Contain("inburgering.registratie"));
    }

    [Test]
    public async Task Inzage_InvalidVNummer_ShowsError()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        using var response = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = Bsn, ["vnummer"] = "12345" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Een V-nummer bestaat uit 10 cijfers."));
        Assert.That(ActivityRows().Matches(html), Is.Empty);
    }

    [Test]
    public async Task Inzage_IsItselfRecorded()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);
        using var first = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = Bsn });

        using var second = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = Bsn });
        var html = await second.Content.ReadAsStringAsync();

        Assert.That(ActivityRows().Matches(html).Select(m => m.Groups[1].Value), Does.Contain("host.inzage"));
        Assert.That(html, Does.Contain(s_privacyOfficer));
    }

    [Test]
    public async Task InzageCsv_HasBomDutchHeadersAndSemicolons()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        using var response = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = Bsn }, "/privacy/inzage?handler=Csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("inzage-verwerkingen.csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(lines[0], Is.EqualTo("Tijdstip;Verwerkingsactiviteit;Doel;Grondslag;Handeling;Medewerker;Rol;Namens organisatie"));
        Assert.That(lines.Skip(1).Select(l => l.Split(';')[5]), Does.Contain(s_consulent));
        Assert.That(lines.Skip(1).Select(l => l.Split(';')[4]), Does.Contain("Vastleggen"));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Not.Contain(Bsn));
    }

    [Test]
    public async Task Inzage_InvalidBsn_ShowsErrorWithoutRecord()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        using var response = await officer.PostFormAsync("/privacy/inzage", new Dictionary<string, string> { ["bsn"] = "123456789" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("inzage-bsn-fout"));
        Assert.That(ActivityRows().Matches(html), Is.Empty);
    }

    [Test]
    public async Task Verwerkingslog_ShowsRecordsNewestFirst()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        var (status, html) = await officer.GetPageAsync("/privacy/verwerkingslog");
        var sequences = SequenceRows().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sequences, Is.Not.Empty);
        Assert.That(sequences, Is.Ordered.Descending);
        Assert.That(sequences, Is.Unique);
    }

    [Test]
    public async Task Verwerkingslog_FilterByActivity_ShowsOnlyThatActivity()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        var (_, html) = await officer.GetPageAsync("/privacy/verwerkingslog?activiteit=inburgering.registratie");
        var activities = ActivityRows().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.That(activities, Is.EqualTo(new[] { "inburgering.registratie" }));
    }

    [Test]
    public async Task Verwerkingslog_FilterByOtherActorAndFutureDate_ShowsNothing()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        var (_, byActor) = await officer.GetPageAsync("/privacy/verwerkingslog?medewerker=nobody");
        var (_, byDate) = await officer.GetPageAsync("/privacy/verwerkingslog?van=2999-01-01");
        var (_, byBoth) = await officer.GetPageAsync($"/privacy/verwerkingslog?medewerker={s_consulent}&van=2000-01-01&tot=2999-12-31");

        Assert.That(SequenceRows().Matches(byActor), Is.Empty);
        Assert.That(SequenceRows().Matches(byDate), Is.Empty);
        Assert.That(SequenceRows().Matches(byBoth), Is.Not.Empty);
    }

    [Test]
    public async Task Verwerkingslog_NextPage_ContinuesBelowLastSequence()
    {
        await using (var scope = _server.CreateScopeAs(s_consulent))
        {
            var reads = Enumerable.Range(0, VerwerkingslogPageSize + 5)
                .Select(i => new ProcessingRecord("host.klantbeeld", ProcessingOperation.Read, new DataSubject(DataSubjectIdTypes.Internal, $"client-{i}")));
            await scope.ServiceProvider.GetRequiredService<IProcessingLog>().RecordAllAsync([.. reads], CancellationToken.None);
        }

        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        var (_, first) = await officer.GetPageAsync("/privacy/verwerkingslog");
        var firstSequences = Sequences(first);
        var next = NextPageLink().Match(first).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var (_, second) = await officer.GetPageAsync(next);
        var secondSequences = Sequences(second);

        Assert.That(firstSequences, Has.Count.EqualTo(VerwerkingslogPageSize));
        Assert.That(next, Is.EqualTo($"/privacy/verwerkingslog?voor={firstSequences[^1]}"));
        Assert.That(secondSequences[0], Is.EqualTo(firstSequences[^1] - 1));
        Assert.That(secondSequences[^1], Is.EqualTo(1));
        Assert.That(first, Does.Not.Contain("rel=\"first\""), "the first page is the newest");
        Assert.That(second, Does.Contain("<a rel=\"first\" href=\"/privacy/verwerkingslog\">"), "the second page links back to the newest");
    }

    [Test]
    public async Task Verwerkingslog_ReversedDates_SaysSo()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        var (status, html) = await officer.GetPageAsync("/privacy/verwerkingslog?van=2026-12-06&tot=2026-12-01");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("De datum &#x27;van&#x27; ligt na de datum &#x27;tot&#x27;."));
        Assert.That(SequenceRows().Matches(html), Is.Empty);
    }

    [Test]
    public async Task Verwerkingslog_VerifyButton_ReportsIntactChain()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        using var response = await officer.PostFormAsync("/privacy/verwerkingslog", new Dictionary<string, string>(), "/privacy/verwerkingslog?handler=Controleer");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("data-verification=\"None\""));
        Assert.That(html, Does.Contain("de keten is intact"));
    }

    [Test]
    public async Task Consulent_IsDeniedBothScreensAndLinks()
    {
        using var consulent = await HostSession.LogInAsync(_server, s_consulent);

        using var log = await consulent.Client.GetAsync(new Uri("/privacy/verwerkingslog", UriKind.Relative));
        using var inzage = await consulent.Client.GetAsync(new Uri("/privacy/inzage", UriKind.Relative));
        var (_, start) = await consulent.GetPageAsync("/");

        Assert.That(log.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(log.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
        Assert.That(inzage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(inzage.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
        Assert.That(start, Does.Not.Contain("/privacy/"));
    }

    [Test]
    public async Task PrivacyOfficer_SeesBothLinks()
    {
        using var officer = await HostSession.LogInAsync(_server, s_privacyOfficer);

        var (_, start) = await officer.GetPageAsync("/");

        Assert.That(start, Does.Contain("href=\"/privacy/verwerkingslog\""));
        Assert.That(start, Does.Contain("href=\"/privacy/inzage\""));
    }

    private static List<long> Sequences(string html) =>
        [.. SequenceRows().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("<a (?=[^>]*rel=\"next\")[^>]*href=\"([^\"]+)\"")]
    private static partial Regex NextPageLink();

    [GeneratedRegex("<tr data-(?:sequence=\"\\d+\" data-)?activity=\"([^\"]+)\"")]
    private static partial Regex ActivityRows();

    [GeneratedRegex("<tr data-sequence=\"(\\d+)\"")]
    private static partial Regex SequenceRows();

    [GeneratedRegex("name=\"__version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionField();
}
