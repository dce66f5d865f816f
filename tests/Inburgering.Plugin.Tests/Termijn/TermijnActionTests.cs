using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Termijn.TermijnScreenValues;

namespace Inburgering.Plugin.Tests.Termijn;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class TermijnActionTests(DatabaseProvider provider)
{
    private static readonly DataSubject s_subject = new("BSN", "999993653");

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Screen_InTraject_ShowsTermijnOnExactDays()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;

        Assert.That(Field(screen, "Inburgeringstermijn", "dagtekeningEerstePip"), Is.EqualTo(new DateOnly(2024, 2, 28)));
        Assert.That(Field(screen, "Inburgeringstermijn", "termijnStart"), Is.EqualTo(new DateOnly(2024, 2, 29)));
        Assert.That(Field(screen, "Inburgeringstermijn", "laatsteSchakeldag"), Is.EqualTo(new DateOnly(2025, 8, 28)));
        Assert.That(Field(screen, "Inburgeringstermijn", "laatsteDag"), Is.EqualTo(new DateOnly(2027, 2, 28)));
        Assert.That(Field(screen, "Inburgeringstermijn", "effectieveLaatsteDag"), Is.EqualTo(new DateOnly(2027, 2, 28)));
        Assert.That(screen.Sections.Select(s => s.Title.Nl), Is.EqualTo(new[] { "Inburgeringstermijn", "Verlengingen", "Ontheffing en vrijstelling", "Voldaan", "Handhaving" }));
        Assert.That(screen.Actions, Is.EqualTo(new[]
        {
            "inburgering.termijn.verleng", "inburgering.termijn.geen-verwijt", "inburgering.termijn.voldaan",
            "inburgering.termijn.ontheffing", "inburgering.termijn.vrijstelling",
            "inburgering.handhaving.intake-niet-deelgenomen", "inburgering.handhaving.pip-niet-nagekomen", "inburgering.handhaving.besluit",
        }));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.handhaving", ProcessingOperation.Read, s_subject) }));
    }

    [Test]
    public async Task Screen_BeforeFirstPip_SaysNoTermijn()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), status: DossierStatus.BredeIntake);

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;

        Assert.That(Texts(screen, "Inburgeringstermijn"), Is.EqualTo(new[] { TermijnMessages.GeenTermijn.Nl }));
        Assert.That(screen.Actions, Does.Not.Contain("inburgering.termijn.verleng"));
        Assert.That(screen.Actions, Does.Not.Contain("inburgering.termijn.voldaan"));
    }

    [Test]
    public async Task Screen_WithoutHandhavingView_HidesHandhaving()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), doelgroep: "Asielstatushouder");
        _plugin.User.Granted = new HashSet<string> { "inburgering.termijn.view", "inburgering.termijn.edit" };

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;

        Assert.That(screen.Sections.Select(s => s.Title.Nl), Does.Not.Contain("Handhaving"));
        Assert.That(screen.Actions.Where(a => a.StartsWith("inburgering.handhaving.", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Screen_RestrictedDossier_IsRefused()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));
        await RestrictAsync(id);

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;

        Assert.That(screen.IsRefused, Is.True);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Verleng_ValidDecision_SetsNewLastDay()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await VerlengAsync(id, "2027-08-31");

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo("De verlenging is vastgelegd. De termijn eindigt nu op 31 augustus 2027."));
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.termijn", id)));
        Assert.That(Field(screen, "Inburgeringstermijn", "laatsteDag"), Is.EqualTo(new DateOnly(2027, 2, 28)));
        Assert.That(Field(screen, "Inburgeringstermijn", "effectieveLaatsteDag"), Is.EqualTo(new DateOnly(2027, 8, 31)));
        Assert.That(Rows(screen, "Verlengingen").Single().Values, Is.EqualTo(new object?[]
        {
            1, new DateOnly(2026, 12, 1), "Duo", "DUO Groningen", "Ziekte", null, new DateOnly(2027, 8, 31),
        }));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.handhaving", ProcessingOperation.Update, s_subject),
            new ProcessingRecord("inburgering.handhaving", ProcessingOperation.Read, s_subject),
        }));
    }

    [Test]
    public async Task Verleng_Twice_LastOneCounts()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));
        await VerlengAsync(id, "2027-08-31");

        var same = await VerlengAsync(id, "2027-08-31");
        var later = await VerlengAsync(id, "31-12-2027", beslisser: "Gemeente", naam: "Team Inburgering");

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(same.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "nieuweLaatsteDag" }));
        Assert.That(same.Errors[0].Message.Nl, Does.Contain("31 augustus 2027"));
        Assert.That(later.Succeeded, Is.True);
        Assert.That(Rows(screen, "Verlengingen").Select(r => r.Values[0]), Is.EqualTo(new object[] { 1, 2 }));
        Assert.That(Rows(screen, "Verlengingen")[1].Values[2], Is.EqualTo("Gemeente"));
        Assert.That(Field(screen, "Inburgeringstermijn", "effectieveLaatsteDag"), Is.EqualTo(new DateOnly(2027, 12, 31)));
    }

    [Test]
    public async Task Verleng_StaleVersion_ReturnsConflict()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));
        var seen = await _plugin.DossierVersionAsync(id);
        await VerlengAsync(id, "2027-08-31", seen);

        var stale = await VerlengAsync(id, "2027-12-31", seen);

        Assert.That(stale.IsConflict, Is.True);
        Assert.That(await CountAsync(db => db.Verlengingen), Is.EqualTo(1));
    }

    [Test]
    public async Task Verleng_MissingInputs_NamesEachField()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.verleng", id, await _plugin.DossierVersionAsync(id),
            ("besluitdatum", "31-02-2026"), ("beslisser", "Rechter"), ("verlengingsGrond", "3"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "besluitdatum", "beslisser", "beslisserNaam", "verlengingsGrond", "nieuweLaatsteDag" }));
    }

    [Test]
    public async Task Verleng_BeforeFirstPip_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), status: DossierStatus.BredeIntake);

        var result = await VerlengAsync(id, "2027-08-31");

        Assert.That(result.Errors.Single().Message, Is.EqualTo(TermijnMessages.GeenTermijn));
    }

    [Test]
    public async Task GeenVerwijt_Recorded_ShowsOnTermijn()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.geen-verwijt", id, await _plugin.DossierVersionAsync(id),
            ("vastgesteldOp", "2026-12-02"), ("geenVerwijtGrond", "Entreeopleiding"), ("toelichting", "Entreeopleiding sinds september 2025"));

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(result.Succeeded, Is.True);
        Assert.That(Texts(screen, "Inburgeringstermijn"), Is.EqualTo(new[]
        {
            "Geen verwijt bij te late afronding (Besluit inburgering 2021, artikel 4.3 lid 2), vastgesteld op 2 december 2026: Entreeopleiding sinds september 2025",
        }));
    }

    [Test]
    public async Task GeenVerwijt_WithoutReason_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.geen-verwijt", id, await _plugin.DossierVersionAsync(id),
            ("vastgesteldOp", "2026-12-05"), ("geenVerwijtGrond", "Entreeopleiding"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "vastgesteldOp", "toelichting" }));
    }

    [Test]
    public async Task Ontheffing_Recorded_ClosesDossierThatDay()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.ontheffing", id, await _plugin.DossierVersionAsync(id),
            ("besluitdatum", "03-12-2026"), ("ontheffingGrond", "MedischOfPsychisch"));

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var wijziging = await ClosingStatusWijzigingAsync();
        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Ontheffing));
        Assert.That(dossier.AfgeslotenOp, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(dossier.AfsluitReden, Is.EqualTo(AfsluitReden.Ontheffing));
        Assert.That((wijziging.VorigeStatus, wijziging.NieuweStatus, wijziging.Op, wijziging.Door, wijziging.Reden), Is.EqualTo(
            (DossierStatus.InTraject, DossierStatus.Ontheffing, new DateOnly(2026, 12, 3), "medewerker-17", "Ontheffing door DUO")));
        Assert.That(Rows(screen, "Ontheffing en vrijstelling").Single().Values, Is.EqualTo(new object?[] { "Ontheffing", new DateOnly(2026, 12, 3), "MedischOfPsychisch", null }));
        Assert.That(screen.Actions, Is.Empty);
    }

    [Test]
    public async Task Vrijstelling_FromBredeIntake_ClosesDossier()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), status: DossierStatus.BredeIntake);

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.vrijstelling", id, await _plugin.DossierVersionAsync(id),
            ("besluitdatum", "2026-12-04"), ("vrijstellingGrond", "AchtJaarInNederlandOpSchoolleeftijd"));

        var wijziging = await ClosingStatusWijzigingAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That((wijziging.VorigeStatus, wijziging.NieuweStatus, wijziging.Reden), Is.EqualTo((DossierStatus.BredeIntake, DossierStatus.Ontheffing, "Vrijstelling door DUO")));
    }

    [Test]
    public async Task Vrijstelling_OntheffingGround_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.vrijstelling", id, await _plugin.DossierVersionAsync(id),
            ("besluitdatum", "2026-12-04"), ("vrijstellingGrond", "MedischOfPsychisch"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "vrijstellingGrond" }));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.InTraject));
    }

    [TestCase("2024-02-28", TestName = "Ontheffing_BeforeStatusSinds_IsInvalid")]
    [TestCase("2026-12-05", TestName = "Ontheffing_AfterToday_IsInvalid")]
    public async Task Ontheffing_DateOutsidePeriod_IsInvalid(string besluitdatum)
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.ontheffing", id, await _plugin.DossierVersionAsync(id),
            ("besluitdatum", besluitdatum), ("ontheffingGrond", "AantoonbareInspanning"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "besluitdatum" }));
    }

    [Test]
    public async Task Ontheffing_ClosedDossier_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));
        await _plugin.ExecuteVersionedAsync(
            "inburgering.sluit-af", id, await _plugin.DossierVersionAsync(id), ("afgeslotenOp", "2026-12-01"), ("afsluitReden", "VertrokkenNaarBuitenland"));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.ontheffing", id, await _plugin.DossierVersionAsync(id),
            ("besluitdatum", "2026-12-03"), ("ontheffingGrond", "AantoonbareInspanning"));

        Assert.That(result.Errors.Single().Message, Is.EqualTo(TermijnEdit.GeslotenMessage));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.Vertrokken));
    }

    [Test]
    public async Task Voldaan_UnknownProgress_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync("inburgering.termijn.voldaan", id, await _plugin.DossierVersionAsync(id), ("voldaanOp", "2026-12-04"));

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("De voortgang van de onderdelen is nog niet bekend, dus voldaan kan niet worden vastgesteld."));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.InTraject));
    }

    [Test]
    public async Task Voldaan_MapMissing_ListsIt()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await VoldaanAsync(id, new VoldaanInvoer(Leerroute.B1Route, true, true, false), "2026-12-04");

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Nog niet voldaan: de Module Arbeidsmarkt en Participatie (MAP) is niet afgerond."));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.InTraject));
    }

    [Test]
    public async Task Voldaan_OnderwijsrouteDone_MovesToVoldaan()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await VoldaanAsync(id, new VoldaanInvoer(Leerroute.Onderwijsroute, true, true, false), "2026-12-02");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var wijziging = await ClosingStatusWijzigingAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Voldaan));
        Assert.That(dossier.AfgeslotenOp, Is.EqualTo(new DateOnly(2026, 12, 2)));
        Assert.That(dossier.AfsluitReden, Is.EqualTo(AfsluitReden.InburgeringsplichtVoldaan));
        Assert.That((wijziging.VorigeStatus, wijziging.NieuweStatus, wijziging.Op), Is.EqualTo((DossierStatus.InTraject, DossierStatus.Voldaan, new DateOnly(2026, 12, 2))));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.handhaving", ProcessingOperation.Update, s_subject) }));
    }

    [Test]
    public async Task Voldaan_PipVastgesteld_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), status: DossierStatus.PipVastgesteld);

        var result = await VoldaanAsync(id, new VoldaanInvoer(Leerroute.B1Route, true, true, true), "2026-12-04");

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Alleen een dossier met status In traject kan naar Voldaan; dit dossier heeft status PIP vastgesteld."));
    }

    [TestCase("2026-12-05", TestName = "Voldaan_Tomorrow_IsInvalid")]
    [TestCase("2024-02-28", TestName = "Voldaan_BeforeInTraject_IsInvalid")]
    public async Task Voldaan_DateOutsidePeriod_IsInvalid(string voldaanOp)
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await VoldaanAsync(id, new VoldaanInvoer(Leerroute.B1Route, true, true, true), voldaanOp);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "voldaanOp" }));
    }

    private async Task<ActionResult> VerlengAsync(string id, string nieuweLaatsteDag, string? version = null, string beslisser = "Duo", string naam = "DUO Groningen") =>
        await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.verleng", id, version ?? await _plugin.DossierVersionAsync(id),
            ("besluitdatum", "01-12-2026"), ("beslisser", beslisser), ("beslisserNaam", naam), ("verlengingsGrond", "Ziekte"), ("nieuweLaatsteDag", nieuweLaatsteDag));

    /// <summary>Runs the voldaan action with the progress <paramref name="invoer"/> in place of the default unknown progress.</summary>
    private async Task<ActionResult> VoldaanAsync(string id, VoldaanInvoer invoer, string voldaanOp)
    {
        var version = await _plugin.DossierVersionAsync(id);
        await using var scope = _plugin.Services.CreateAsyncScope();
        var action = ActivatorUtilities.CreateInstance<StelVoldaanVastAction>(scope.ServiceProvider, (IVoortgangVoorVoldaan)new VasteVoortgang(invoer));

        var request = new ActionRequest(id, new Dictionary<string, string?> { ["voldaanOp"] = voldaanOp }) { ExpectedVersion = version };
        return await action.ExecuteAsync(request, CancellationToken.None);
    }

    private async Task<DossierStatusWijziging> ClosingStatusWijzigingAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var wijzigingen = await db.StatusWijzigingen.AsNoTracking().ToListAsync();
        return wijzigingen.Single(w => w.NieuweStatus.IsFinal());
    }

    private async Task<int> CountAsync<T>(Func<InburgeringDbContext, IQueryable<T>> rows)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await rows(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>()).CountAsync();
    }

    private async Task RestrictAsync(string id)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == Guid.Parse(id));
        dossier.BeperktOp = new DateOnly(2026, 12, 4);
        await db.SaveChangesAsync();
    }

    private sealed class VasteVoortgang(VoldaanInvoer invoer) : IVoortgangVoorVoldaan
    {
        public Task<VoldaanInvoer?> VoorDossierAsync(Guid dossierId, CancellationToken cancellationToken) => Task.FromResult<VoldaanInvoer?>(invoer);
    }
}
