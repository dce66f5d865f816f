using System.Net;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using static SampleHost.Tests.Hosting.InburgeringSteps;
using static SampleHost.Tests.Hosting.PageHtml;
using TestSupport;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// Registering inburgeraars through SampleHost with the plugin loaded from its published folder, the BRP stand-in
/// and the BRP client over HTTP, on SQLite and on PostgreSQL.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RegistrationFlowTests(DatabaseProvider provider)
{
    private const string ConsulentRotterdam = "demo-0599-consulent-inburgering";
    private const string ConsulentDenHaag = "demo-0518-consulent-inburgering";
    private const string KlantmanagerRotterdam = "demo-0599-klantmanager";

    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("registration")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Register_KnownBsn_ShowsDossierWithBrpData()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);

        var dossierUrl = await RegisterAsync(consulent, "999993653", "Asielstatushouder");
        var (status, html) = await consulent.GetPageAsync(dossierUrl);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Field(html, "naam"), Is.EqualTo("Suzanne Moulin"));
        Assert.That(Field(html, "bsn"), Is.EqualTo("999993653"));
        Assert.That(Field(html, "geboortedatum"), Is.EqualTo("1 december 1985"));
        Assert.That(html, Does.Contain("Boterdiep 31"));
    }

    [Test]
    public async Task Register_LeadingZeros_KeptOnEveryScreen()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);

        var dossierUrl = await RegisterAsync(consulent, "00009921", "Gezinsmigrant");
        var (_, dossier) = await consulent.GetPageAsync(dossierUrl);
        var (_, list) = await consulent.GetPageAsync(DossiersScreen);
        var (_, clients) = await consulent.GetPageAsync("/klanten");

        Assert.That(dossierUrl, Does.Not.Contain("9921"), "no BSN in a URL");
        Assert.That(Field(dossier, "bsn"), Is.EqualTo("000009921"));
        Assert.That(Field(dossier, "naam"), Is.EqualTo("Erik van den Oever"));
        Assert.That(dossier, Does.Contain("Woonboot in de Grote Sloot"));
        Assert.That(list, Does.Contain("<td>000009921</td>"));
        Assert.That(clients, Does.Contain("<td>000009921</td>"));
    }

    [Test]
    public async Task Register_SameBsnTwice_PointsToExistingDossier()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);
        var first = await RegisterAsync(consulent, "999993872", "OverigeMigrant");

        var second = await RegisterAsync(consulent, "999 993 872", "OverigeMigrant");
        var (_, html) = await consulent.GetPageAsync(second);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(html, Does.Contain("Er bestaat al een dossier voor dit BSN in deze gemeente."));
    }

    [Test]
    public async Task Register_PartialBirthDate_ShowsYearOnly()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);

        var dossierUrl = await RegisterAsync(consulent, "999992806", "Asielstatushouder");
        var (_, html) = await consulent.GetPageAsync(dossierUrl);

        Assert.That(Field(html, "geboortedatum"), Is.EqualTo("1968"));
    }

    [Test]
    public async Task Register_InvalidCheckDigit_NamesFieldAndFix()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);

        using var response = await consulent.PostActionAsync(DossiersScreen, "inburgering.registreer", RegistrationInputs("999993654"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("id=\"inburgering-registreer-bsn-fout\""));
        Assert.That(html, Does.Contain("elfproef"));
    }

    [Test]
    public async Task ClientPage_AfterRegistration_ShowsInburgeringFields()
    {
        using var consulent = await HostSession.LogInAsync(_server, ConsulentRotterdam);
        await RegisterAsync(consulent, "999995017", "Gezinsmigrant");
        using var klantmanager = await HostSession.LogInAsync(_server, KlantmanagerRotterdam);

        var clientUrl = await FindClientAsync(klantmanager, "999995017");
        var (status, html) = await klantmanager.GetPageAsync(clientUrl);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Field(html, "inburgeringsplichtig"), Is.EqualTo("ja"));
        Assert.That(Field(html, "doelgroep"), Is.EqualTo("Gezinsmigrant"));
        Assert.That(Field(html, "status"), Is.Not.Null);
        Assert.That(Field(html, "koppeldatum"), Is.EqualTo("1 november 2026"));
    }

    [Test]
    public async Task OtherGemeente_CannotOpenOrFindDossier()
    {
        using var rotterdam = await HostSession.LogInAsync(_server, ConsulentRotterdam);
        var dossierUrl = await RegisterAsync(rotterdam, "999991905", "Gezinsmigrant");
        var clientUrl = await FindClientAsync(rotterdam, "999991905");
        using var denHaag = await HostSession.LogInAsync(_server, ConsulentDenHaag);

        var (dossierStatus, dossierHtml) = await denHaag.GetPageAsync(dossierUrl);
        var (clientStatus, _) = await denHaag.GetPageAsync(clientUrl);
        var (_, list) = await denHaag.GetPageAsync(DossiersScreen);
        using var search = await denHaag.PostActionAsync(DossiersScreen, "inburgering.zoek", new Dictionary<string, string> { ["bsn"] = "999991905" });
        var searchHtml = await search.Content.ReadAsStringAsync();

        Assert.That(dossierStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(dossierHtml, Does.Not.Contain("Haglund"));
        Assert.That(clientStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list, Does.Not.Contain("Haglund"));
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(searchHtml, Does.Not.Contain("Haglund"));
    }
}
