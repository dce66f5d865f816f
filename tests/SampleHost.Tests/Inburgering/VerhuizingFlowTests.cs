using System.Net;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// A move recorded on the Development page of the BRP stand-in, as the inburgering plugin receives it through the host's
/// address-change event. Suzanne Moulin (999993653) is registered in Rotterdam (0599).
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VerhuizingFlowTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";

    private const string StandInPage = "/beheer/brp-stand-in";

    private const string TaskTitle = "Verhuizing naar andere gemeente: overdracht voorbereiden";

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
    public async Task StandInMove_ToOtherGemeente_CreatesTaskInOldGemeente()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var dossierUrl = await RegisterAsync(consulent, "999993653");
        var dossierId = dossierUrl.Split('/')[^1];

        using var recorded = await RecordMoveAsync(consulent, "0518");

        var (_, werkvoorraad) = await consulent.GetPageAsync("/werkvoorraad");
        using var denHaag = await HostSession.LogInAsync(_server, "demo-0518-consulent-inburgering");
        var (_, werkvoorraadDenHaag) = await denHaag.GetPageAsync("/werkvoorraad");
        var (_, dossier) = await consulent.GetPageAsync(dossierUrl);
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(werkvoorraad, Does.Contain(TaskTitle));
        Assert.That(werkvoorraad, Does.Contain(dossierId));
        Assert.That(werkvoorraadDenHaag, Does.Not.Contain(TaskTitle), "the new gemeente gets no task of the old gemeente's dossier");
        Assert.That(dossier, Does.Contain("Verhuizing naar andere gemeente"));
        Assert.That(dossier, Does.Contain("0518"));
    }

    [Test]
    public async Task StandInMove_InsideGemeente_CreatesNoTask()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        await RegisterAsync(consulent, "999993653");

        using var recorded = await RecordMoveAsync(consulent, "0599");

        var (_, werkvoorraad) = await consulent.GetPageAsync("/werkvoorraad");
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(werkvoorraad, Does.Not.Contain(TaskTitle));
    }

    [Test]
    public async Task StandInMove_RecordedMove_ShowsMessage()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        await RegisterAsync(consulent, "999993653");

        using var recorded = await RecordMoveAsync(consulent, "0518");
        var (status, html) = await consulent.GetPageAsync(recorded.Headers.Location!.OriginalString);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("De adreswijziging is gemeld voor 1 klant(en) met dit BSN."));
    }

    [Test]
    public async Task StandInMove_ClientsInTwoGemeenten_ReachesBoth()
    {
        using var rotterdam = await HostSession.LogInAsync(_server, Consulent);
        await RegisterAsync(rotterdam, "999993653");
        using var denHaag = await HostSession.LogInAsync(_server, "demo-0518-consulent-inburgering");
        await RegisterAsync(denHaag, "999993653");

        using var recorded = await RecordMoveAsync(rotterdam, "0518");
        var (_, message) = await rotterdam.GetPageAsync(recorded.Headers.Location!.OriginalString);

        var (_, werkvoorraadRotterdam) = await rotterdam.GetPageAsync("/werkvoorraad");
        var (_, werkvoorraadDenHaag) = await denHaag.GetPageAsync("/werkvoorraad");
        Assert.That(message, Does.Contain("De adreswijziging is gemeld voor 2 klant(en) met dit BSN."));
        Assert.That(werkvoorraadRotterdam, Does.Contain(TaskTitle));
        Assert.That(werkvoorraadDenHaag, Does.Not.Contain(TaskTitle), "for the dossier in 0518 the move stays inside the gemeente");
    }

    [Test]
    public async Task StandInPage_UnknownBsn_ShowsFieldError()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);

        using var response = await consulent.PostFormAsync(StandInPage, MoveForm("111222333", "0518"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("data-field-error=\"Bsn\""));
        Assert.That(html, Does.Not.Contain("data-field-error=\"Straat\""));
    }

    [Test]
    public async Task StandInPage_InvalidGemeenteAndHouseNumber_ShowsFieldErrors()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        var form = MoveForm("999993653", "0518");
        form["AndereGemeente"] = "05a8";
        form["Huisnummer"] = "0";

        using var response = await consulent.PostFormAsync(StandInPage, form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("data-field-error=\"AndereGemeente\""));
        Assert.That(html, Does.Contain("data-field-error=\"Huisnummer\""));
    }

    [Test]
    public async Task StandInPage_NotSignedIn_RedirectsToLogin()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };

        using var response = await anonymous.GetAsync(new Uri(StandInPage, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/inloggen"));
    }

    private static async Task<HttpResponseMessage> RecordMoveAsync(HostSession session, string gemeente) =>
        await session.PostFormAsync(StandInPage, MoveForm("999993653", gemeente));

    private static Dictionary<string, string> MoveForm(string bsn, string gemeente) => new()
    {
        ["Bsn"] = bsn,
        ["Gemeente"] = gemeente,
        ["AndereGemeente"] = string.Empty,
        ["Straat"] = "Spui",
        ["Huisnummer"] = "70",
        ["Postcode"] = "2511 BT",
        ["Woonplaats"] = "'s-Gravenhage",
    };
}
