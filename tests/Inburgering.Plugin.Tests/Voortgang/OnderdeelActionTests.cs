using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;
using TestSupport;

namespace Inburgering.Plugin.Tests.Voortgang;

/// <summary>Recording KNM, PVT, MAP, exams, the Z-route and the onderwijsroute.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OnderdeelActionTests(DatabaseProvider provider)
{
    private static readonly DataSubject s_subject = new("BSN", "999993653");

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await VoortgangHarness.RegisterAsync(_plugin);
        await VoortgangHarness.SetStatusAsync(_plugin, _dossierId, DossierStatus.PipVastgesteld);
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Pvt_Signed11_75Hours_IsInvalid()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "11,75");

        var result = await PvtAsync(("pvtDatumOndertekening", "2026-12-03"));

        var error = result.Errors.Single();
        Assert.That(error.FieldKey, Is.EqualTo("pvtDatumOndertekening"));
        Assert.That(error.Message.Nl, Is.EqualTo("De participatieverklaring kan pas worden ondertekend na 12 uur PVT; er is 11,75 uur vastgelegd. Leg eerst de PVT-uren vast."));
        Assert.That(await PvtRowAsync(), Is.Null);
    }

    [Test]
    public async Task Pvt_SignedWith12Hours_IsVoldaan()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");
        _plugin.ProcessingLog.Clear();

        var result = await PvtAsync(("pvtDatumOndertekening", "03-12-2026"));

        var pvt = await PvtRowAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(pvt!.DatumOndertekening, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(pvt.Resultaat, Is.EqualTo(OnderdeelResultaat.Voldaan));
        Assert.That(pvt.DuoGeregistreerdOp, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.voortgang", ProcessingOperation.Update, s_subject) }));
    }

    [Test]
    public async Task Pvt_MinimumSetTo16_Rejects12Hours()
    {
        _plugin.Settings.Set(PluginHarness.Rotterdam, "inburgering.pvt-minimum-uren", "16");
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");

        var result = await PvtAsync(("pvtDatumOndertekening", "2026-12-03"));

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De participatieverklaring kan pas worden ondertekend na 16 uur PVT; er is 12 uur vastgelegd."));
    }

    [Test]
    public async Task Pvt_SignedTomorrow_IsInvalid()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");

        var result = await PvtAsync(("pvtDatumOndertekening", "2026-12-05"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "pvtDatumOndertekening" }));
    }

    [Test]
    public async Task Pvt_NietVoldaanWithoutReason_IsInvalid()
    {
        var result = await PvtAsync(("pvtResultaat", "NietVoldaan"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "pvtDatumOndertekening" }));
    }

    [Test]
    public async Task Pvt_NietVoldaanNoCulpability_IsInvalid()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");

        var result = await PvtAsync(("pvtDatumOndertekening", "2026-12-01"), ("pvtResultaat", "NietVoldaan"), ("pvtRedenNietVoldaan", "Niet verschenen bij de ondertekening"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "pvtVerwijtbaar" }));
    }

    [Test]
    public async Task Pvt_DuoRegistrationBeforeSigning_IsInvalid()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");

        var result = await PvtAsync(("pvtDatumOndertekening", "2026-12-03"), ("pvtDuoGeregistreerdOp", "2026-12-02"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "pvtDuoGeregistreerdOp" }));
    }

    [Test]
    public async Task Pvt_DuoRegistrationWithoutSigning_IsInvalid()
    {
        var result = await PvtAsync(("pvtDuoGeregistreerdOp", "2026-12-02"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "pvtDuoGeregistreerdOp" }));
    }

    [Test]
    public async Task Map_Voldaan39_75Hours_IsInvalid()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "MapPraktijk", "39,75");

        var result = await MapAsync(("mapDatumEindgesprek", "2026-12-01"), ("mapResultaat", "Voldaan"));

        var error = result.Errors.Single();
        Assert.That(error.FieldKey, Is.EqualTo("mapResultaat"));
        Assert.That(error.Message.Nl, Is.EqualTo("De MAP is pas voldaan na 40 praktijkuren; er is 39,75 uur vastgelegd. Leg eerst de praktijkuren vast."));
    }

    [Test]
    public async Task Map_VoldaanWith40Hours_IsStored()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "MapPraktijk", "40");

        var result = await MapAsync(("mapDatumEindgesprek", "2026-12-01"), ("mapResultaat", "Voldaan"), ("mapDuoGeregistreerdOp", "2026-12-04"));

        var map = await VoortgangHarness.WithDbAsync(_plugin, db => db.MapOnderdelen.AsNoTracking().SingleAsync());
        Assert.That(result.Succeeded, Is.True);
        Assert.That(map.DatumEindgesprek, Is.EqualTo(new DateOnly(2026, 12, 1)));
        Assert.That(map.Resultaat, Is.EqualTo(OnderdeelResultaat.Voldaan));
        Assert.That(map.IndicatorVerwijtbaar, Is.Null);
        Assert.That(map.DuoGeregistreerdOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
    }

    [Test]
    public async Task Map_NietVoldaanVerwijtbaar_StoresReason()
    {
        var result = await MapAsync(("mapDatumEindgesprek", "2026-12-01"), ("mapResultaat", "NietVoldaan"), ("mapRedenNietSuccesvolVoltooid", "Praktijkdeel niet gevolgd"), ("mapVerwijtbaar", "Ja"));

        var map = await VoortgangHarness.WithDbAsync(_plugin, db => db.MapOnderdelen.AsNoTracking().SingleAsync());
        Assert.That(result.Succeeded, Is.True);
        Assert.That(map.Resultaat, Is.EqualTo(OnderdeelResultaat.NietVoldaan));
        Assert.That(map.RedenNietSuccesvolVoltooid, Is.EqualTo("Praktijkdeel niet gevolgd"));
        Assert.That(map.IndicatorVerwijtbaar, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.InTraject));
    }

    [Test]
    public async Task Examen_Valid_IsListedOnScreen()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.examen-registreren", _dossierId,
            ("examenOnderdeel", "Spreken"), ("examendatum", "2026-11-12"), ("examenNiveau", "B1"), ("examenResultaat", "Behaald"), ("examenScore", "512"));

        var screen = await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId);
        var row = VoortgangHarness.List(screen!, "examenOnderdeel").Rows.Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(row.Values, Is.EqualTo(new object?[] { "Spreken", new DateOnly(2026, 11, 12), "B1", "Behaald", 512m }));
    }

    [TestCase("Ona", "B1", "examenOnderdeel", TestName = "Examen_Ona_IsInvalid")]
    [TestCase("Lezen", "C1", "examenNiveau", TestName = "Examen_LevelC1_IsInvalid")]
    public async Task Examen_InvalidChoice_IsInvalid(string onderdeel, string niveau, string field)
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.examen-registreren", _dossierId,
            ("examenOnderdeel", onderdeel), ("examendatum", "2026-11-12"), ("examenNiveau", niveau), ("examenResultaat", "Behaald"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Examen_WithoutDate_IsInvalid()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.examen-registreren", _dossierId,
            ("examenOnderdeel", "Lezen"), ("examenNiveau", "B1"), ("examenResultaat", "Behaald"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "examendatum" }));
    }

    [Test]
    public async Task Knm_ExamenBehaaldWithoutResult_IsInvalid()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.knm-vastleggen", _dossierId, ("knmStatus", "ExamenBehaald"), ("knmExamendatum", "2026-11-02"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "knmExamenresultaat" }));
    }

    [Test]
    public async Task Knm_ExamenBehaald_IsStored()
    {
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.knm-vastleggen", _dossierId, ("knmStatus", "ExamenBehaald"), ("knmExamendatum", "2026-11-02"), ("knmExamenresultaat", "Behaald"));

        var knm = await VoortgangHarness.WithDbAsync(_plugin, db => db.KnmOnderdelen.AsNoTracking().SingleAsync());
        Assert.That(knm.Status, Is.EqualTo(KnmStatus.ExamenBehaald));
        Assert.That(knm.Examendatum, Is.EqualTo(new DateOnly(2026, 11, 2)));
        Assert.That(knm.Examenresultaat, Is.EqualTo(ExamenUitkomst.Behaald));
    }

    [Test]
    public async Task ZRouteEindgesprek_Valid_IsStored()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.zroute-eindgesprek", _dossierId, ("zrouteDatumEindgesprek", "2026-12-02"), ("zrouteResultaat", "Voldaan"));

        var gesprek = await VoortgangHarness.WithDbAsync(_plugin, db => db.ZRouteEindgesprekken.AsNoTracking().SingleAsync());
        Assert.That(result.Succeeded, Is.True);
        Assert.That(gesprek.Datum, Is.EqualTo(new DateOnly(2026, 12, 2)));
        Assert.That(gesprek.Resultaat, Is.EqualTo(OnderdeelResultaat.Voldaan));
    }

    [Test]
    public async Task Onderwijsroute_EndBeforeStart_IsInvalid()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.onderwijsroute-vastleggen", _dossierId,
            ("taalschakeltrajectStart", "2027-09-01"), ("taalschakeltrajectEinde", "2027-08-31"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "taalschakeltrajectEinde" }));
    }

    [Test]
    public async Task Onderwijsroute_DiplomaTomorrow_IsInvalid()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.onderwijsroute-vastleggen", _dossierId, ("datumDiploma", "2026-12-05"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "datumDiploma" }));
    }

    [Test]
    public async Task Onderwijsroute_FutureEnd_IsStored()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.onderwijsroute-vastleggen", _dossierId,
            ("instelling", "ROC Rijnmond"), ("opleiding", "Mbo Zorg niveau 3"), ("taalschakeltrajectStart", "2026-09-01"), ("taalschakeltrajectEinde", "2028-02-29"));

        var traject = await VoortgangHarness.WithDbAsync(_plugin, db => db.OnderwijsrouteTrajecten.AsNoTracking().SingleAsync());
        Assert.That(result.Succeeded, Is.True);
        Assert.That(traject.Instelling, Is.EqualTo("ROC Rijnmond"));
        Assert.That(traject.TaalschakeltrajectEinde, Is.EqualTo(new DateOnly(2028, 2, 29)));
        Assert.That(traject.DatumDiploma, Is.Null);
    }

    private Task<ActionResult> PvtAsync(params (string Key, string? Value)[] values) =>
        VoortgangHarness.ExecuteAsync(_plugin, "inburgering.pvt-vastleggen", _dossierId, values);

    private Task<ActionResult> MapAsync(params (string Key, string? Value)[] values) =>
        VoortgangHarness.ExecuteAsync(_plugin, "inburgering.map-vastleggen", _dossierId, values);

    private Task<PvtOnderdeel?> PvtRowAsync() =>
        VoortgangHarness.WithDbAsync(_plugin, db => db.PvtOnderdelen.AsNoTracking().SingleOrDefaultAsync());
}
