using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Tenancy;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// A dossier whose processing is restricted (AVG article 18), through SampleHost with the published plugin: refused to
/// every role over HTML and JSON, shown as "beperkt" on the client page, and open to the privacy officer only.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class RestrictionFlowTests(DatabaseProvider provider)
{
    private const string Bsn = "999993653";
    private const string RestrictedText = "De verwerking van dit dossier is beperkt (AVG artikel 18)";

    private SampleHostServer _server = null!;
    private HostSession _consulent = null!;
    private string _dossierUrl = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartHostAndRestrictAsync()
    {
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        _server.StartServer();
        _consulent = await HostSession.LogInAsync(_server, "demo-0599-consulent-inburgering");
        _dossierUrl = await RegisterAsync(_consulent, Bsn);
        _dossierId = _dossierUrl.Split('/')[^1];

        using var restrict = await PostVersionedAsync(_consulent, _dossierUrl, "inburgering.beperk", new() { ["beperkingReden"] = "Intrekking door DUO" });
        Assert.That(restrict.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "restricting the dossier in the arrange step");
    }

    [TearDown]
    public async Task StopHostAsync()
    {
        _consulent.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task DossierPage_ForConsulent_IsRefusedWithNotice()
    {
        var (status, html) = await _consulent.GetPageAsync(_dossierUrl);

        var text = WebUtility.HtmlDecode(html);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(text, Does.Contain(RestrictedText));
        Assert.That(text, Does.Not.Contain("Moulin"));
        Assert.That(text, Does.Not.Contain(Bsn));
        Assert.That(text, Does.Not.Contain("name=\"actionId\""));
    }

    [Test]
    public async Task DossierApi_ForConsulent_Returns403ProblemJson()
    {
        using var response = await _consulent.Client.GetAsync(new Uri($"/api/screens/inburgering.dossier/{_dossierId}", UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain(RestrictedText));
        Assert.That(body, Does.Not.Contain(Bsn));
    }

    [Test]
    public async Task ClientPage_ForKlantmanager_ShowsOnlyBeperkt()
    {
        using var klantmanager = await HostSession.LogInAsync(_server, "demo-0599-klantmanager");
        var clientUrl = await FindClientAsync(klantmanager, Bsn);

        var (status, html) = await klantmanager.GetPageAsync(clientUrl);

        var text = WebUtility.HtmlDecode(html);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.Contain("Beperkt (verwerking beperkt)"));
        Assert.That(text, Does.Not.Contain("Asielstatushouder"));
    }

    [TestCase("demo-0599-consulent-inburgering")]
    [TestCase("demo-0599-klantmanager")]
    [TestCase("demo-0599-functioneel-beheerder")]
    public async Task PrivacyOfficerScreen_ForOtherRoles_IsForbidden(string userId)
    {
        using var session = await HostSession.LogInAsync(_server, userId);

        using var response = await session.Client.GetAsync(new Uri($"/schermen/inburgering.beperkt-dossier/{_dossierId}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/geen-toegang"));
    }

    [Test]
    public async Task PrivacyOfficer_ReadsAndLiftsRestriction()
    {
        using var officer = await HostSession.LogInAsync(_server, "demo-0599-privacy-officer");
        var screenUrl = $"/schermen/inburgering.beperkt-dossier/{_dossierId}";

        var (status, html) = await officer.GetPageAsync(screenUrl);
        using var lift = await PostVersionedAsync(officer, screenUrl, "inburgering.beperking-opheffen", new() { ["opheffingReden"] = "DUO heeft de intrekking teruggedraaid" });
        var (consulentStatus, _) = await _consulent.GetPageAsync(_dossierUrl);

        var log = await ProcessingLogAsync();
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("Intrekking door DUO"));
        Assert.That(lift.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(consulentStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(
            log.Where(e => e.ActivityId == "inburgering.beperking").Select(e => (e.ActorId, e.Operation)),
            Is.EqualTo(new[]
            {
                ("demo-0599-consulent-inburgering", "Update"),
                ("demo-0599-privacy-officer", "Read"),
                ("demo-0599-privacy-officer", "Read"),
                ("demo-0599-privacy-officer", "Read"),
                ("demo-0599-privacy-officer", "Update"),
            }),
            "restricted; read by the privacy officer on three page loads (the page, its version, its anti-forgery token); lifted");
    }

    private static async Task<HttpResponseMessage> PostVersionedAsync(HostSession session, string screenUrl, string actionId, Dictionary<string, string> inputs)
    {
        var (_, html) = await session.GetPageAsync(screenUrl);
        inputs["__version"] = VersionField().Match(html).Groups[1].Value;
        return await session.PostActionAsync(screenUrl, actionId, inputs);
    }

    private async Task<List<SampleHost.Privacy.ProcessingLogEntry>> ProcessingLogAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse("0599"), "test-reader", "Test", new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    [GeneratedRegex("name=\"__version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionField();
}
