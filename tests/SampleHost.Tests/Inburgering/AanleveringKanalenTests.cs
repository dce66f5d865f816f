using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using TestSupport;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// The demo aanbieder delivers the same period's hours for four students, one each by API, a CSV the consulent
/// imports, an XLSX the aanbieder uploads and the portal, and each dossier's voortgang screen shows the same totals.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanleveringKanalenTests(DatabaseProvider provider)
{
    private static readonly Uren s_uren = new("16", "10,5", "2.25", "1.5", "1.75");

    private AanleveringServer _server = null!;
    private HttpClient _api = null!;
    private HostSession _consulent = null!;
    private HostSession _aanbieder = null!;
    private List<(string Bsn, string AanmeldingId, string Startdatum)> _studenten = null!;
    private readonly List<string> _dossierIds = [];
    private readonly List<(HostSession Session, string Url)> _rapporten = [];
    private int _aanleveringRecords;
    private List<string?> _onBehalfOf = null!;
    private List<string> _pseudonyms = null!;

    [OneTimeSetUp]
    public async Task DeliverThroughEachChannel()
    {
        _server = new AanleveringServer(provider);
        await _server.StartAsync();
        _api = _server.CreateApiClient(await _server.CreateAanbiederApiKeyAsync());
        _consulent = await HostSession.LogInAsync(_server, AanleveringServer.ConsulentId);
        _aanbieder = await HostSession.LogInAsync(_server, AanleveringServer.AanbiederId);
        _studenten = await TaalStudentenAsync();
        Assert.That(_studenten, Has.Count.GreaterThanOrEqualTo(5), "the demo data refers at least five students to De Brug for TAAL");
        foreach (var student in _studenten.Take(5))
        {
            _dossierIds.Add(await AanleveringServer.FindDossierIdAsync(_consulent, student.Bsn));
        }

        var voor = await AanleveringRecordsAsync();

        await DeliverByApiAsync(0, s_uren);
        _rapporten.Add((_consulent, await UploadAsync(_consulent, "/schermen/inburgering.leveringen", "inburgering.levering-importeren", 1, xlsx: false)));
        _rapporten.Add((_aanbieder, await UploadAsync(_aanbieder, "/schermen/inburgering.mijn-leveringen", "inburgering.levering-uploaden", 2, xlsx: true)));
        await DeliverByPortalAsync(3, s_uren);

        var na = await AanleveringRecordsAsync();
        _aanleveringRecords = na.Count - voor.Count;
        _onBehalfOf = [.. na.Skip(voor.Count).Select(r => r.OnBehalfOf)];
        _pseudonyms = [.. na.Skip(voor.Count).Select(r => r.Pseudonym)];
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _aanbieder.Dispose();
        _consulent.Dispose();
        _api.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase(0, TestName = "Voortgang_ByApi_ShowsTotals")]
    [TestCase(1, TestName = "Voortgang_ByConsulentCsv_ShowsTotals")]
    [TestCase(2, TestName = "Voortgang_ByAanbiederXlsx_ShowsTotals")]
    [TestCase(3, TestName = "Voortgang_ByPortal_ShowsTotals")]
    public async Task Voortgang_EachChannel_ShowsSameTotals(int student)
    {
        var rows = await AanleveringServer.ReadAanwezigheidAsync(_consulent, _dossierIds[student]);

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0]["aanwezigheidOnderdeel"], Is.EqualTo("TAAL"));
        Assert.That(rows[0]["aanwezigheidTotEnMet"], Is.EqualTo(_server.Periode(_studenten[student].Startdatum).Tot));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidAangeboden"), Is.EqualTo(16m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidFysiek"), Is.EqualTo(10.5m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidOnline"), Is.EqualTo(2.25m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidGeoorloofd"), Is.EqualTo(1.5m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidOngeoorloofd"), Is.EqualTo(1.75m));
    }

    [Test]
    public async Task Rapport_OfEachFile_CountsOneRow()
    {
        foreach (var (session, rapport) in _rapporten)
        {
            Assert.That(rapport, Does.StartWith("/schermen/inburgering."));
            Assert.That(await AanleveringForms.ReadFieldAsync(session, rapport, "aantalVerwerkt"), Is.EqualTo("1"), rapport);
            Assert.That(await AanleveringForms.ReadFieldAsync(session, rapport, "aantalGeweigerd"), Is.EqualTo("0"), rapport);
        }
    }

    [Test]
    public void ProcessingLog_EachDelivery_OneRecordWithAanbieder()
    {
        Assert.That(_aanleveringRecords, Is.EqualTo(4));
        Assert.That(_pseudonyms.Distinct().Count(), Is.EqualTo(4), "one record per dossier");
        Assert.That(_onBehalfOf, Is.All.EqualTo(AanleveringServer.AanbiederKvk));
    }

    [Test]
    public async Task Correctie_ByOtherChannel_CountsOnce()
    {
        await DeliverByApiAsync(4, new Uren("20", "12", "4", "2", "2"));

        await DeliverByPortalAsync(4, s_uren);
        var rows = await AanleveringServer.ReadAanwezigheidAsync(_consulent, _dossierIds[4]);

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidAangeboden"), Is.EqualTo(16m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidFysiek"), Is.EqualTo(10.5m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidOnline"), Is.EqualTo(2.25m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidGeoorloofd"), Is.EqualTo(1.5m));
        Assert.That(AanleveringServer.Uren(rows[0], "aanwezigheidOngeoorloofd"), Is.EqualTo(1.75m));
    }

    private async Task<List<(string Bsn, string AanmeldingId, string Startdatum)>> TaalStudentenAsync()
    {
        using var response = await _api.GetAsync(new Uri("/api/v1/aanmeldingen?paginaGrootte=100", UriKind.Relative));
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), page.RootElement.ToString());

        return
        [
            .. page.RootElement.GetProperty("aanmeldingen").EnumerateArray()
                .Where(a => a.GetProperty("onderdeel").GetString() == "TAAL" && a.GetProperty("bsn").ValueKind == JsonValueKind.String)
                .Select(a => (a.GetProperty("bsn").GetString()!, a.GetProperty("id").GetString()!, a.GetProperty("startdatum").GetString()!)),
        ];
    }

    private async Task DeliverByApiAsync(int student, Uren uren)
    {
        var (van, tot) = _server.Periode(_studenten[student].Startdatum);
        var regel = new Dictionary<string, string>
        {
            ["bsn"] = _studenten[student].Bsn,
            ["onderdeel"] = "TAAL",
            ["periodeVan"] = van,
            ["periodeTot"] = tot,
            ["urenAangeboden"] = uren.Aangeboden,
            ["urenGevolgdFysiek"] = uren.Fysiek,
            ["urenGevolgdOnline"] = uren.Online,
            ["urenGeoorloofdVerzuim"] = uren.Geoorloofd,
            ["urenOngeoorloofdVerzuim"] = uren.Ongeoorloofd,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/leveringen", UriKind.Relative))
        {
            Content = JsonContent.Create(new { regels = new[] { regel } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var response = await _api.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Uploads a file with one row for the student and returns the URL of the report screen it leads to.</summary>
    private async Task<string> UploadAsync(HostSession session, string screenUrl, string actionId, int student, bool xlsx)
    {
        var regel = AanleveringForms.Regel(Guid.NewGuid().ToString(), _studenten[student].Bsn, _server.Periode(_studenten[student].Startdatum), s_uren);
        var values = new Dictionary<string, string> { ["modus"] = "AllesOfNiets" };
        if (session == _consulent)
        {
            values["aanbieder"] = AanleveringServer.AanbiederKvk;
        }

        using var response = xlsx
            ? await AanleveringForms.UploadAsync(session, screenUrl, actionId, "levering.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AanleveringForms.Xlsx([regel]), values)
            : await AanleveringForms.UploadAsync(session, screenUrl, actionId, "levering.csv", "text/csv", AanleveringForms.Csv([regel]), values);

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), string.Join("; ", AanleveringForms.FieldErrors(html)));
        return response.Headers.Location!.OriginalString;
    }

    private async Task DeliverByPortalAsync(int student, Uren uren)
    {
        var (status, _) = await _aanbieder.GetPageAsync("/schermen/inburgering.mijn-cursisten");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));

        var (van, tot) = _server.Periode(_studenten[student].Startdatum);
        var cursist = $"/schermen/inburgering.cursist/{_studenten[student].AanmeldingId}";
        using var response = await _aanbieder.PostActionAsync(cursist, "inburgering.aanwezigheid-leveren", new Dictionary<string, string>
        {
            ["periodeVan"] = van,
            ["periodeTot"] = tot,
            ["urenAangeboden"] = uren.Aangeboden,
            ["urenGevolgdFysiek"] = uren.Fysiek,
            ["urenGevolgdOnline"] = uren.Online,
            ["urenGeoorloofdVerzuim"] = uren.Geoorloofd,
            ["urenOngeoorloofdVerzuim"] = uren.Ongeoorloofd,
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), string.Join("; ", AanleveringForms.FieldErrors(html)));
    }

    private async Task<List<(string Pseudonym, string? OnBehalfOf)>> AanleveringRecordsAsync()
    {
        await using var scope = _server.CreateScopeAs(AanleveringServer.ConsulentId);
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var records = await db.ProcessingLog.IgnoreQueryFilters()
            .Where(r => r.ActivityId == "inburgering.aanlevering")
            .OrderBy(r => r.Sequence)
            .Select(r => new { r.SubjectPseudonym, r.OnBehalfOf })
            .ToListAsync();
        return [.. records.Select(r => (r.SubjectPseudonym, r.OnBehalfOf))];
    }
}
