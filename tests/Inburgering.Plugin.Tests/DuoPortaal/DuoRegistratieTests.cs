using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Tests.Pip;
using Inburgering.Plugin.Tests.Voortgang;
using Inburgering.Plugin.Voortgang;
using TestSupport;

namespace Inburgering.Plugin.Tests.DuoPortaal;

/// <summary>The worklist "Registreren in het DUO-portaal": filled from PVT, MAP and PIP, marked done by an employee.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoRegistratieTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Pvt_SignedTwiceSameDate_AddsOneItem()
    {
        var dossierId = await DossierMetPvtUrenAsync();

        await SignPvtAsync(dossierId, "2026-12-03");
        await SignPvtAsync(dossierId, "03-12-2026");

        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        Assert.That(registratie.Soort, Is.EqualTo(DuoRegistratieSoort.PvtOndertekend));
        Assert.That(registratie.DossierId, Is.EqualTo(Guid.Parse(dossierId)));
        Assert.That(registratie.Datum, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(registratie.Feitversie, Is.EqualTo("2026-12-03"));
        Assert.That(registratie.Status, Is.EqualTo(DuoRegistratieStatus.Open));
        Assert.That(registratie.Gemeente, Is.EqualTo("0599"));
        Assert.That(registratie.AangemaaktOp, Is.EqualTo(PluginHarness.Now));
    }

    [Test]
    public async Task Pvt_SigningDateCorrected_VoidsOpenItem()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");

        await SignPvtAsync(dossierId, "2026-12-02");

        var registraties = await _plugin.AllRegistratiesAsync();
        Assert.That(registraties.Select(r => r.Datum), Is.EqualTo(new[] { new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 2) }));
        Assert.That(registraties.Select(r => r.Status), Is.EqualTo(new[] { DuoRegistratieStatus.Vervallen, DuoRegistratieStatus.Open }));
    }

    [Test]
    public async Task Pvt_AlreadyRegisteredInForm_AddsNoItem()
    {
        var dossierId = await DossierMetPvtUrenAsync();

        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.pvt-vastleggen", dossierId, ("pvtDatumOndertekening", "2026-12-03"), ("pvtDuoGeregistreerdOp", "2026-12-04"));

        Assert.That(await _plugin.AllRegistratiesAsync(), Is.Empty);
    }

    [Test]
    public async Task Map_Result_AddsItemWithResult()
    {
        var dossierId = await VoortgangHarness.RegisterAsync(_plugin);
        await VoortgangHarness.SetStatusAsync(_plugin, dossierId, DossierStatus.PipVastgesteld);

        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.map-vastleggen", dossierId, ("mapDatumEindgesprek", "2026-12-01"), ("mapResultaat", "NietVoldaan"), ("mapRedenNietSuccesvolVoltooid", "Praktijkdeel niet gevolgd"), ("mapVerwijtbaar", "Ja"));

        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        Assert.That(result.Errors, Is.Empty);
        Assert.That(registratie.Soort, Is.EqualTo(DuoRegistratieSoort.MapResultaat));
        Assert.That(registratie.Resultaat, Is.EqualTo(OnderdeelResultaat.NietVoldaan));
        Assert.That(registratie.Datum, Is.EqualTo(new DateOnly(2026, 12, 1)));
        Assert.That(registratie.Feitversie, Is.EqualTo("NietVoldaan:2026-12-01"));
    }

    [Test]
    public async Task Pip_FirstAdopted_AddsPipVastgesteld()
    {
        var dossierId = await PipTestSteps.DossierInBredeIntakeAsync(_plugin);

        await PipTestSteps.EerstePipAsync(_plugin, dossierId, "2026-12-03");

        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        Assert.That(registratie.Soort, Is.EqualTo(DuoRegistratieSoort.PipVastgesteld));
        Assert.That(registratie.Datum, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(registratie.Leerroute, Is.EqualTo(Leerroute.B1Route));
        Assert.That(registratie.Niveau, Is.EqualTo(PipNiveau.B1));
        Assert.That(registratie.PipVersienummer, Is.EqualTo(1));
        Assert.That(registratie.PipSoort, Is.EqualTo(PipSoort.Eerste));
        Assert.That(registratie.Feitversie, Is.EqualTo("v1"));
    }

    [Test]
    public async Task Pip_Schakelen_AddsLeerrouteGewijzigd()
    {
        var dossierId = await PipTestSteps.DossierInBredeIntakeAsync(_plugin);
        await PipTestSteps.EerstePipAsync(_plugin, dossierId, "2026-12-03");
        var schakelen = await PipTestSteps.RunAsync(_plugin, "inburgering.pip-schakelen", dossierId, ("leerroute", "ZRoute"), ("niveau", "A1"), ("wijzigingsreden", "B1 blijkt niet haalbaar"));
        Assert.That(schakelen.Errors, Is.Empty);
        var concept = await PipTestSteps.ConceptAsync(_plugin, dossierId, PipTestSteps.ConceptForm("ZRoute", "A1"));
        Assert.That(concept.Errors, Is.Empty);

        var vastgesteld = await PipTestSteps.VaststellenAsync(_plugin, dossierId, "2026-12-04");

        var registraties = await _plugin.AllRegistratiesAsync();
        Assert.That(vastgesteld.Errors, Is.Empty);
        Assert.That(registraties.Select(r => r.Soort), Is.EqualTo(new[] { DuoRegistratieSoort.PipVastgesteld, DuoRegistratieSoort.LeerrouteGewijzigd }));
        Assert.That(registraties[1].Leerroute, Is.EqualTo(Leerroute.ZRoute));
        Assert.That(registraties[1].PipSoort, Is.EqualTo(PipSoort.Schakelen));
        Assert.That(registraties[1].PipVersienummer, Is.EqualTo(2));
        Assert.That(registraties.Select(r => r.Status), Has.All.EqualTo(DuoRegistratieStatus.Open));
    }

    [Test]
    public async Task Afvinken_PvtItem_MarksRegisteredAndClosesTask()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");
        await _plugin.RunDeadlineScanAsync("inburgering.pvt-registreren-duo");
        Assert.That(_plugin.WorkTasks.Open, Has.Count.EqualTo(1), "The signing must open the reminder task first.");
        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        _plugin.ProcessingLog.Clear();

        var result = await _plugin.AfvinkenAsync(registratie.Id, "04-12-2026", "Geregistreerd via Mijn DUO");
        await _plugin.RunDeadlineScanAsync("inburgering.pvt-registreren-duo");

        var afgevinkt = (await _plugin.AllRegistratiesAsync()).Single();
        var pvt = await VoortgangHarness.WithDbAsync(_plugin, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.PvtOnderdelen));
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.duo-registraties", null)));
        Assert.That(afgevinkt.Status, Is.EqualTo(DuoRegistratieStatus.Geregistreerd));
        Assert.That(afgevinkt.GeregistreerdOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(afgevinkt.GeregistreerdDoor, Is.EqualTo(_plugin.User.UserId));
        Assert.That(afgevinkt.AfgevinktOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(afgevinkt.Toelichting, Is.EqualTo("Geregistreerd via Mijn DUO"));
        Assert.That(pvt.DuoGeregistreerdOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Does.Contain(
            new ProcessingRecord("inburgering.duo-registratie", ProcessingOperation.Update, new DataSubject("BSN", "999993653"))));
    }

    [TestCase("2026-12-05", "ligt in de toekomst", TestName = "Afvinken_Tomorrow_IsInvalid")]
    [TestCase("2026-12-02", "ligt vóór de datum van het feit", TestName = "Afvinken_DayBeforeFact_IsInvalid")]
    [TestCase("2-12", "Vul de dag van registratie", TestName = "Afvinken_NoDate_IsInvalid")]
    public async Task Afvinken_WrongDate_IsInvalid(string datum, string melding)
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");
        var registratie = (await _plugin.AllRegistratiesAsync()).Single();

        var result = await _plugin.AfvinkenAsync(registratie.Id, datum);

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("geregistreerdOp"));
        Assert.That(result.Errors.Single().Message.Nl, Does.Contain(melding));
        Assert.That((await _plugin.AllRegistratiesAsync()).Single().Status, Is.EqualTo(DuoRegistratieStatus.Open));
    }

    [Test]
    public async Task Afvinken_OnFactDate_IsAllowed()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");
        var registratie = (await _plugin.AllRegistratiesAsync()).Single();

        var result = await _plugin.AfvinkenAsync(registratie.Id, "2026-12-03");

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public async Task Afvinken_Twice_SecondIsRejected()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");
        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        await _plugin.AfvinkenAsync(registratie.Id, "2026-12-04");

        var tweede = await _plugin.AfvinkenAsync(registratie.Id, "2026-12-04", "Nog een keer");

        Assert.That(tweede.Errors.Single().Message.Nl, Does.StartWith("Deze registratie is niet meer open"));
        Assert.That((await _plugin.AllRegistratiesAsync()).Single().Toelichting, Is.Null);
    }

    [Test]
    public async Task Afvinken_OtherGemeente_IsNotFound()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");
        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.AfvinkenAsync(registratie.Id, "2026-12-04");
        var screen = await _plugin.LoadScreenAsync("inburgering.duo-registratie", registratie.Id.ToString());

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Deze registratie bestaat niet in deze gemeente."));
        Assert.That(screen, Is.Null);
    }

    [Test]
    public async Task Afvinken_RestrictedDossier_IsRejected()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");
        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        await PipTestSteps.UpdateDossierAsync(_plugin, dossierId, d => d.BeperktOp = new DateOnly(2026, 12, 4));

        var result = await _plugin.AfvinkenAsync(registratie.Id, "2026-12-04");
        var list = await _plugin.LoadScreenAsync("inburgering.duo-registraties", null);

        Assert.That(result.Errors.Single().Message, Is.EqualTo(Plugin.Beperking.BeperkingNotice.Text));
        Assert.That(Rows(list!), Is.Empty);
    }

    [Test]
    public async Task Worklist_OpenFirst_RecordsEachDossier()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-01");
        var eerste = (await _plugin.AllRegistratiesAsync()).Single();
        await _plugin.AfvinkenAsync(eerste.Id, "2026-12-02");
        await SignPvtAsync(dossierId, "2026-12-03");
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.duo-registraties", null);

        var rows = Rows(screen!);
        Assert.That(rows.Select(r => r.Values[0]), Is.EqualTo(new[] { "Open", "Geregistreerd" }));
        Assert.That(rows.Select(r => r.Values[2]), Is.EqualTo(new[] { "PVT ondertekend op 03-12-2026", "PVT ondertekend op 01-12-2026" }));
        Assert.That(rows[1].Link, Is.EqualTo(new ScreenLink("inburgering.duo-registratie", eerste.Id.ToString())));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.duo-registratie", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Worklist_FilterGeregistreerd_ShowsDoneOnly()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-01");
        var eerste = (await _plugin.AllRegistratiesAsync()).Single();
        await _plugin.AfvinkenAsync(eerste.Id, "2026-12-02");
        await SignPvtAsync(dossierId, "2026-12-03");

        var screen = await _plugin.LoadScreenAsync("inburgering.duo-registraties", null, ListQuery.Default with { Filters = new Dictionary<string, string> { ["status"] = "Geregistreerd" } });

        Assert.That(Rows(screen!).Select(r => r.Link!.RecordId), Is.EqualTo(new[] { eerste.Id.ToString() }));
    }

    [Test]
    public async Task Item_Open_OffersAfvinkenAndDossierLink()
    {
        var dossierId = await DossierMetPvtUrenAsync();
        await SignPvtAsync(dossierId, "2026-12-03");
        var registratie = (await _plugin.AllRegistratiesAsync()).Single();
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.duo-registratie", registratie.Id.ToString());

        var elements = screen!.Sections.Single().Elements;
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.duo-registratie-afvinken" }));
        Assert.That(elements.OfType<FieldElement>().First().Value, Is.EqualTo("PVT ondertekend op 03-12-2026"));
        Assert.That(elements.OfType<ListElement>().Single().Rows.Single().Link, Is.EqualTo(new ScreenLink("inburgering.dossier", dossierId)));
        Assert.That(_plugin.ProcessingLog.Records.Single().ActivityId, Is.EqualTo("inburgering.duo-registratie"));
    }

    private static List<ListRow> Rows(ScreenContent screen) =>
        [.. screen.Sections.Single().Elements.OfType<ListElement>().Single().Rows];

    private async Task<string> DossierMetPvtUrenAsync()
    {
        var dossierId = await VoortgangHarness.RegisterAsync(_plugin);
        await VoortgangHarness.SetStatusAsync(_plugin, dossierId, DossierStatus.PipVastgesteld);
        await VoortgangHarness.UrenAsync(_plugin, dossierId, "Pvt", "12");
        return dossierId;
    }

    private async Task SignPvtAsync(string dossierId, string datum)
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.pvt-vastleggen", dossierId, ("pvtDatumOndertekening", datum));
        Assert.That(result.Errors, Is.Empty, "The signing in the arrangement must be valid.");
    }
}
