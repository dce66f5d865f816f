using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Api.AanbiedersApiHarness;

namespace Inburgering.Plugin.Tests.Api;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanmeldingenApiTests(DatabaseProvider provider)
{
    private const string Moulin = "999993653";
    private const string Haglund = "999991905";
    private const string Bhutto = "999992806";

    private AanbiedersApiHarness _api = null!;
    private Aanbieder _eigen = null!;
    private Aanbieder _ander = null!;
    private Aanbieder _denHaag = null!;
    private Guid _moulinDossier;
    private Guid _haglundDossier;

    [SetUp]
    public async Task StartAsync()
    {
        _api = await AanbiedersApiHarness.StartAsync(provider);
        _eigen = await _api.AddAanbiederAsync(PluginHarness.Rotterdam, "90059901");
        _ander = await _api.AddAanbiederAsync(PluginHarness.Rotterdam, "90059902");
        _denHaag = await _api.AddAanbiederAsync(PluginHarness.DenHaag, "90051801");
        _api.Toegang.Eigen.Add(_eigen);

        _moulinDossier = await _api.RegisterDossierAsync(PluginHarness.Rotterdam, Moulin);
        _haglundDossier = await _api.RegisterDossierAsync(PluginHarness.Rotterdam, Haglund);
        _api.Plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopAsync() => await _api.DisposeAsync();

    [Test]
    public async Task List_ReturnsOnlyOwnStudents()
    {
        var taal = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));
        var knm = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _haglundDossier, _eigen.Id, Cursusonderdeel.Knm, new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 30));
        await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _haglundDossier, _ander.Id, Cursusonderdeel.Map, new DateOnly(2026, 8, 1));
        var bhuttoDossier = await _api.RegisterDossierAsync(PluginHarness.DenHaag, Bhutto);
        await _api.AddAanmeldingAsync(PluginHarness.DenHaag, bhuttoDossier, _denHaag.Id, Cursusonderdeel.Taal, new DateOnly(2026, 7, 1));
        var namen = (await _api.Plugin.AllDossiersAsync()).ToDictionary(d => d.Id, d => d.Naam);

        var response = await _api.CallAsync("aanmeldingenOphalen", Request());

        Assert.That(response.Status, Is.EqualTo(200));
        var aanmeldingen = Json(response).GetProperty("aanmeldingen").EnumerateArray().ToList();
        Assert.That(aanmeldingen, Has.Count.EqualTo(2));
        Assert.That(aanmeldingen[0].GetProperty("id").GetGuid(), Is.EqualTo(taal.Id));
        Assert.That(aanmeldingen[0].GetProperty("onderdeel").GetString(), Is.EqualTo("TAAL"));
        Assert.That(aanmeldingen[0].GetProperty("startdatum").GetString(), Is.EqualTo("2026-09-01"));
        Assert.That(aanmeldingen[0].GetProperty("einddatum").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(aanmeldingen[0].GetProperty("bsn").GetString(), Is.EqualTo(Moulin));
        Assert.That(aanmeldingen[0].GetProperty("naam").GetString(), Is.EqualTo(namen[_moulinDossier]));
        Assert.That(aanmeldingen[0].GetProperty("trajectRef").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(aanmeldingen[1].GetProperty("id").GetGuid(), Is.EqualTo(knm.Id));
        Assert.That(aanmeldingen[1].GetProperty("onderdeel").GetString(), Is.EqualTo("KNM"));
        Assert.That(aanmeldingen[1].GetProperty("einddatum").GetString(), Is.EqualTo("2026-11-30"));
        Assert.That(aanmeldingen[1].GetProperty("bsn").GetString(), Is.EqualTo(Haglund));
    }

    [Test]
    public async Task List_RecordsOneReadPerStudent()
    {
        await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));
        await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _haglundDossier, _eigen.Id, Cursusonderdeel.Knm, new DateOnly(2026, 10, 5));

        await _api.CallAsync("aanmeldingenOphalen", Request());

        Assert.That(_api.Plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DataSubject.FromBsn(Bsn.Parse(Moulin))),
            new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DataSubject.FromBsn(Bsn.Parse(Haglund))),
        }));
    }

    [Test]
    public async Task List_GivesTrajectRefOfLastCountingRow()
    {
        var aanmelding = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));
        var levering = await _api.AddLeveringAsync(PluginHarness.Rotterdam, _eigen.Id, "L-1", PluginHarness.Now.AddDays(-10));
        var vervanger = Melding(aanmelding, levering.Id, "T-2", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        var vervangen = Melding(aanmelding, levering.Id, "T-3", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        vervangen.VervangenDoorId = vervanger.Id;
        await _api.AddAsync(
            PluginHarness.Rotterdam,
            Melding(aanmelding, levering.Id, "T-1", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)),
            vervanger,
            vervangen);

        var response = await _api.CallAsync("aanmeldingenOphalen", Request());

        var item = Json(response).GetProperty("aanmeldingen")[0];
        Assert.That(item.GetProperty("trajectRef").GetString(), Is.EqualTo("T-2"));
    }

    [Test]
    public async Task List_PagesWithNextLink()
    {
        var eerste = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));
        var tweede = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _haglundDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 2));
        var derde = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Knm, new DateOnly(2026, 9, 3));
        _api.Plugin.ProcessingLog.Clear();

        var pagina1 = Json(await _api.CallAsync("aanmeldingenOphalen", Request(query: Query(("paginaGrootte", "2")))));
        var next = pagina1.GetProperty("_links").GetProperty("next").GetProperty("href").GetString()!;
        var cursor = Uri.UnescapeDataString(next.Split('?')[1].Split('&')[0]["cursor=".Length..]);
        var pagina2Response = await _api.CallAsync("aanmeldingenOphalen", Request(query: Query(("cursor", cursor), ("paginaGrootte", "2"))));
        var pagina2 = Json(pagina2Response);

        Assert.That(Ids(pagina1), Is.EqualTo(new[] { eerste.Id, tweede.Id }));
        Assert.That(pagina1.GetProperty("_links").GetProperty("self").GetProperty("href").GetString(), Is.EqualTo("aanmeldingen?paginaGrootte=2"));
        Assert.That(next, Does.StartWith("aanmeldingen?cursor="));
        Assert.That(next, Does.EndWith("&paginaGrootte=2"));
        Assert.That(Ids(pagina2), Is.EqualTo(new[] { derde.Id }));
        Assert.That(pagina2.GetProperty("_links").GetProperty("self").GetProperty("href").GetString(), Is.EqualTo(next));
        Assert.That(pagina2.GetProperty("_links").TryGetProperty("next", out _), Is.False);
        Assert.That(_api.Plugin.ProcessingLog.Records, Has.Count.EqualTo(3));
    }

    [TestCase("abc", "20", "cursor")]
    [TestCase("MjAyNi0wOS0wMQ", "20", "cursor")]
    [TestCase(null, "0", "paginaGrootte")]
    [TestCase(null, "101", "paginaGrootte")]
    [TestCase(null, "2.5", "paginaGrootte")]
    public async Task List_InvalidPaging_Returns400(string? cursor, string grootte, string invalid)
    {
        var response = await _api.CallAsync("aanmeldingenOphalen", Request(query: Query(("cursor", cursor), ("paginaGrootte", grootte))));

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Problem!.InvalidParameters.Select(p => p.Name), Is.EqualTo(new[] { invalid }));
        Assert.That(response.Problem.InvalidParameters[0].Code, Is.EqualTo("ongeldig"));
    }

    [Test]
    public async Task List_PageNumber_Returns400NamingCursor()
    {
        var response = await _api.CallAsync("aanmeldingenOphalen", Request(query: Query(("pagina", "2"))));

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Problem!.InvalidParameters.Select(p => p.Name), Is.EqualTo(new[] { "pagina" }));
        Assert.That(response.Problem.InvalidParameters[0].Code, Is.EqualTo("niet-ondersteund"));
    }

    [Test]
    public async Task List_MaxPageSize_IsAccepted()
    {
        var response = await _api.CallAsync("aanmeldingenOphalen", Request(query: Query(("paginaGrootte", "100"))));

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task List_CallerWithoutAanbieder_Returns403()
    {
        _api.Toegang.Eigen.Clear();

        var response = await _api.CallAsync("aanmeldingenOphalen", Request());

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(response.Problem!.Title.Nl, Is.EqualTo("Geen aanbieder"));
    }

    [Test]
    public async Task List_LeavesOutRestrictedDossier()
    {
        await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));
        var haglund = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _haglundDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 2));
        await RestrictAsync(_moulinDossier);

        var response = await _api.CallAsync("aanmeldingenOphalen", Request());

        Assert.That(Ids(Json(response)), Is.EqualTo(new[] { haglund.Id }));
        Assert.That(_api.Plugin.ProcessingLog.Records.Select(r => r.Subject.Id), Is.EqualTo(new[] { Haglund }));
    }

    [Test]
    public async Task Get_OwnAanmelding_ReturnsIt()
    {
        var aanmelding = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Alfabetisering, new DateOnly(2026, 9, 1));

        var response = await _api.CallAsync("aanmeldingOphalen", Request(path: Path(aanmelding.Id)));

        Assert.That(response.Status, Is.EqualTo(200));
        var body = Json(response);
        Assert.That(body.GetProperty("id").GetGuid(), Is.EqualTo(aanmelding.Id));
        Assert.That(body.GetProperty("onderdeel").GetString(), Is.EqualTo("ALFA"));
        Assert.That(body.GetProperty("bsn").GetString(), Is.EqualTo(Moulin));
        Assert.That(_api.Plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DataSubject.FromBsn(Bsn.Parse(Moulin))),
        }));
    }

    [Test]
    public async Task Get_OtherAanbiedersAanmelding_Returns404()
    {
        var anders = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _ander.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));

        var response = await _api.CallAsync("aanmeldingOphalen", Request(path: Path(anders.Id)));

        await AssertSameAsUnknownAsync(response);
    }

    [Test]
    public async Task Get_OtherGemeentesAanmelding_Returns404()
    {
        var bhuttoDossier = await _api.RegisterDossierAsync(PluginHarness.DenHaag, Bhutto);
        var denHaag = await _api.AddAanmeldingAsync(PluginHarness.DenHaag, bhuttoDossier, _denHaag.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));
        _api.Plugin.ProcessingLog.Clear();

        // Even an aanbieder lookup that wrongly returned the other gemeente's aanbieder would not reach its students.
        _api.Toegang.Eigen.Add(_denHaag);
        var response = await _api.CallAsync("aanmeldingOphalen", Request(path: Path(denHaag.Id)));

        await AssertSameAsUnknownAsync(response);
    }

    [TestCase("not-a-guid")]
    [TestCase("")]
    public async Task Get_MalformedId_Returns404(string id)
    {
        var response = await _api.CallAsync("aanmeldingOphalen", Request(path: new Dictionary<string, string> { ["aanmeldingId"] = id }));

        Assert.That(response.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task Api_LogsNoPersonalData()
    {
        var aanmelding = await _api.AddAanmeldingAsync(PluginHarness.Rotterdam, _moulinDossier, _eigen.Id, Cursusonderdeel.Taal, new DateOnly(2026, 9, 1));
        _api.Toegang.Eigen.Clear();
        await _api.CallAsync("aanmeldingenOphalen", Request());
        _api.Toegang.Eigen.Add(_eigen);

        await _api.CallAsync("aanmeldingenOphalen", Request());
        await _api.CallAsync("aanmeldingOphalen", Request(path: Path(aanmelding.Id)));

        var naam = (await _api.Plugin.AllDossiersAsync()).Single(d => d.Id == _moulinDossier).Naam!;
        Assert.That(_api.Plugin.Logs.Lines, Has.None.Contains(Moulin));
        Assert.That(_api.Plugin.Logs.Lines, Has.None.Contains(naam));
        Assert.That(_api.Plugin.Logs.Lines, Has.Some.Contains(AanbiederUser.Id));
    }

    private async Task AssertSameAsUnknownAsync(ApiResponse response)
    {
        var unknown = await _api.CallAsync("aanmeldingOphalen", Request(path: Path(Guid.NewGuid())));

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Problem!.Title, Is.EqualTo(unknown.Problem!.Title));
        Assert.That(response.Problem.Detail, Is.EqualTo(unknown.Problem.Detail));
        Assert.That(response.Problem.InvalidParameters, Is.Empty);
        Assert.That(_api.Plugin.ProcessingLog.Records, Is.Empty);
    }

    private async Task RestrictAsync(Guid dossierId)
    {
        await using var scope = _api.Plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId);
        dossier.BeperktOp = new DateOnly(2026, 12, 1);
        await db.SaveChangesAsync();
    }

    private static Voortgangsmelding Melding(Aanmelding aanmelding, Guid leveringId, string trajectRef, DateOnly van, DateOnly tot) => new()
    {
        Id = Guid.NewGuid(),
        LeveringId = leveringId,
        AanmeldingId = aanmelding.Id,
        AanbiederId = aanmelding.AanbiederId,
        DossierId = aanmelding.DossierId,
        Gemeente = aanmelding.Gemeente,
        Regelnummer = 2,
        Onderdeel = aanmelding.Onderdeel,
        TrajectReferentie = trajectRef,
        PeriodeVan = van,
        PeriodeTot = tot,
        UrenAangeboden = 12,
        OntvangenOp = PluginHarness.Now,
    };

    private static Dictionary<string, string> Path(Guid id) => new() { ["aanmeldingId"] = id.ToString() };

    private static Dictionary<string, string?> Query(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => (string?)v.Value);

    private static List<Guid> Ids(JsonElement pagina) =>
        [.. pagina.GetProperty("aanmeldingen").EnumerateArray().Select(a => a.GetProperty("id").GetGuid())];
}
