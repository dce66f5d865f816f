using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Tests.Voortgang;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>What the dossier shows of delivered rows: attendance per aanbieder, hours against the thresholds, read-only hours.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringGevolgenTests(DatabaseProvider provider)
{
    private LeveringOmgeving _omgeving = null!;
    private Guid _dossierId;

    [SetUp]
    public async Task StartAsync()
    {
        _omgeving = await LeveringOmgeving.StartAsync(provider);
        _dossierId = await _omgeving.DossierAsync(Bsn1, aanpassen: d => d.Doelgroep = Doelgroep.Asielstatushouder);
        foreach (var onderdeel in Enum.GetValues<Cursusonderdeel>())
        {
            await _omgeving.AanmeldingAsync(_dossierId, _omgeving.Noord, onderdeel);
        }
    }

    [TearDown]
    public async Task StopAsync() => await _omgeving.DisposeAsync();

    [Test]
    public async Task Aanwezigheid_PerOnderdeelAndAanbieder_AddsUpCurrentRows()
    {
        await _omgeving.AanmeldingAsync(_dossierId, _omgeving.Zuid);
        await _omgeving.VerwerkAsync(_omgeving.Import(), [
            Regel(2, Bsn1, van: "2026-10-01", tot: "2026-10-31", extra: [(LeveringKolommen.NiveauLezen, "A1"), (LeveringKolommen.NiveauSpreken, "A2")]),
            Regel(3, Bsn1, extra: [(LeveringKolommen.NiveauLezen, "A2")]),
            Regel(4, Bsn1, onderdeel: "KNM", aangeboden: "8", fysiek: "6", online: "0", geoorloofd: "1", ongeoorloofd: "1"),
        ]);
        await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-correctie"), [Regel(2, Bsn1, fysiek: "20", leveringId: "2026-11-correctie", extra: [(LeveringKolommen.NiveauLezen, "A2")])]);
        await _omgeving.VerwerkAsync(_omgeving.Import(_omgeving.Zuid), [Regel(2, Bsn1, kvk: ZuidKvk, aangeboden: "10", fysiek: "5", online: "5", geoorloofd: "0", ongeoorloofd: "0")]);

        var screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;

        var rows = VoortgangHarness.List(screen, "aanwezigheidOnderdeel").Rows.Select(r => r.Values).ToList();
        Assert.That(screen.Sections.Select(s => s.Title.Nl), Has.One.EqualTo("Aanwezigheid volgens aanbieders"));
        Assert.That(screen.Sections.Select(s => s.Title.En), Has.One.EqualTo("Attendance reported by providers"));
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows[0], Is.EqualTo(new object?[] { "TAAL", "Taalhuis Zuid", new DateOnly(2026, 11, 30), 10m, 5m, 5m, 0m, 0m, null, null, null, null }));
        Assert.That(rows[1], Is.EqualTo(new object?[] { "TAAL", "Taalschool Noord", new DateOnly(2026, 11, 30), 80m, 50m, 12m, 4m, 4m, "A2", null, "A2", null }));
        Assert.That(rows[2], Is.EqualTo(new object?[] { "KNM", "Taalschool Noord", new DateOnly(2026, 11, 30), 8m, 6m, 0m, 1m, 1m, null, null, null, null }));
    }

    [Test]
    public async Task Aanwezigheid_NoDelivery_ShowsEmptyText()
    {
        var screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;

        var list = VoortgangHarness.List(screen, "aanwezigheidOnderdeel");
        Assert.That(list.Rows, Is.Empty);
        Assert.That(list.EmptyText!.Nl, Is.EqualTo("Er zijn nog geen leveringen van aanbieders."));
    }

    [TestCase("300", "300", 600, true, TestName = "Afschalen_HalfInPersonReaching600_IsReached")]
    [TestCase("299,75", "300,25", 599.5, false, TestName = "Afschalen_LessThanHalfInPerson_CountsOnlineUpToInPerson")]
    [TestCase("310", "290", 600, true, TestName = "Afschalen_MoreInPerson_CountsAllHours")]
    public async Task Afschalen_DeliveredNt2Hours_CountAgainst600(string fysiek, string online, decimal telt, bool bereikt)
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, van: "2026-01-01", tot: "2026-11-30", aangeboden: "700", fysiek: fysiek, online: online, geoorloofd: "0", ongeoorloofd: "0")]);

        var screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;

        var afschalen = Drempel(screen, "afschalen");
        Assert.That(afschalen[1], Is.EqualTo(telt));
        Assert.That(afschalen[2], Is.EqualTo(UrenDrempels.Afschalen));
        Assert.That(afschalen[3], Is.EqualTo(bereikt));
    }

    [Test]
    public async Task Afschalen_AanbiederWithoutKeurmerk_DoesNotCount()
    {
        await _omgeving.AanmeldingAsync(_dossierId, _omgeving.Zuid);

        await _omgeving.VerwerkAsync(_omgeving.Import(_omgeving.Zuid), [Regel(2, Bsn1, kvk: ZuidKvk, van: "2026-01-01", tot: "2026-11-30", aangeboden: "700", fysiek: "400", online: "200", geoorloofd: "0", ongeoorloofd: "0")]);

        var screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;
        Assert.That(Drempel(screen, "afschalen")[1], Is.EqualTo(0m));
        Assert.That(Drempel(screen, "afschalen")[3], Is.EqualTo(false));
    }

    [Test]
    public async Task ZRoute_DeliveredCourseAndParticipationHours_Reach800Each()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [
            Regel(2, Bsn1, van: "2026-01-01", tot: "2026-11-30", aangeboden: "600", fysiek: "400", online: "100", geoorloofd: "0", ongeoorloofd: "0"),
            Regel(3, Bsn1, onderdeel: "KNM", van: "2026-01-01", tot: "2026-11-30", aangeboden: "60", fysiek: "50", online: "0", geoorloofd: "0", ongeoorloofd: "0"),
            Regel(4, Bsn1, onderdeel: "ALFA", van: "2026-01-01", tot: "2026-11-30", aangeboden: "60", fysiek: "50", online: "0", geoorloofd: "0", ongeoorloofd: "0"),
            Regel(5, Bsn1, onderdeel: "PARTICIPATIE", van: "2026-01-01", tot: "2026-11-30", aangeboden: "800", fysiek: "700", online: "99,75", geoorloofd: "0", ongeoorloofd: "0"),
        ]);

        var screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;

        Assert.That(Drempel(screen, "zrouteCursus"), Is.EqualTo(new object[] { "zrouteCursus", 600m, 800m, false }));
        Assert.That(Drempel(screen, "zrouteParticipatie"), Is.EqualTo(new object[] { "zrouteParticipatie", 799.75m, 800m, false }));

        await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-aanvulling"), [
            Regel(2, Bsn1, onderdeel: "PARTICIPATIE", van: "2026-12-01", tot: "2026-12-01", aangeboden: "1", fysiek: "0,25", online: "0", geoorloofd: "0", ongeoorloofd: "0", leveringId: "2026-11-aanvulling"),
            Regel(3, Bsn1, onderdeel: "KNM", van: "2026-12-01", tot: "2026-12-03", aangeboden: "70", fysiek: "70", online: "0", geoorloofd: "0", ongeoorloofd: "0", leveringId: "2026-11-aanvulling"),
            Regel(4, Bsn1, onderdeel: "ALFA", van: "2026-12-01", tot: "2026-12-03", aangeboden: "70", fysiek: "70", online: "0", geoorloofd: "0", ongeoorloofd: "0", leveringId: "2026-11-aanvulling"),
            Regel(5, Bsn1, onderdeel: "PVT", van: "2026-12-01", tot: "2026-12-03", aangeboden: "20", fysiek: "12", online: "0", geoorloofd: "0", ongeoorloofd: "0", leveringId: "2026-11-aanvulling"),
            Regel(6, Bsn1, onderdeel: "MAP", van: "2026-12-01", tot: "2026-12-03", aangeboden: "40", fysiek: "40", online: "0", geoorloofd: "0", ongeoorloofd: "0", leveringId: "2026-11-aanvulling"),
        ]);
        screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;

        Assert.That(Drempel(screen, "zrouteCursus"), Is.EqualTo(new object[] { "zrouteCursus", 740m, 800m, false }));
        Assert.That(Drempel(screen, "zrouteParticipatie"), Is.EqualTo(new object[] { "zrouteParticipatie", 800m, 800m, true }));
        Assert.That(Drempel(screen, "pvt")[1], Is.EqualTo(12m));
        Assert.That(Drempel(screen, "map")[1], Is.EqualTo(40m));
    }

    [Test]
    public async Task ZRoute_CorrectedRow_CountsOnce()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, onderdeel: "PARTICIPATIE", van: "2026-01-01", tot: "2026-11-30", aangeboden: "800", fysiek: "800", online: "0", geoorloofd: "0", ongeoorloofd: "0")]);

        await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-correctie"), [Regel(2, Bsn1, onderdeel: "PARTICIPATIE", van: "2026-01-01", tot: "2026-11-30", aangeboden: "800", fysiek: "700", online: "0", geoorloofd: "0", ongeoorloofd: "0", leveringId: "2026-correctie")]);

        var screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;
        Assert.That(Drempel(screen, "zrouteParticipatie"), Is.EqualTo(new object[] { "zrouteParticipatie", 700m, 800m, false }));
    }

    [Test]
    public async Task VerwijderUren_DeliveredHours_AreRefused()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, online: "0")]);
        var regel = (await _omgeving.AlleAsync<Urenregel>()).Single();
        var regelnummer = VerwijderUrenAction.RegelnummerVan(regel);

        var result = await VoortgangHarness.ExecuteAsync(_omgeving.Plugin, "inburgering.uren-verwijderen", _dossierId.ToString(), ("regelnummer", regelnummer), ("correctieReden", "DubbelIngevoerd"));

        var fout = result.Errors.Single();
        Assert.That(result.Succeeded, Is.False);
        Assert.That(fout.FieldKey, Is.EqualTo("regelnummer"));
        Assert.That(fout.Message.Nl, Is.EqualTo(
            $"De uren met regelnummer {regelnummer} zijn geleverd door aanbieder Taalschool Noord en kunnen hier niet worden verwijderd. Een correctie komt uit een nieuwe levering van de aanbieder voor dezelfde periode."));
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.EqualTo(1));
    }

    private static object?[] Drempel(Host.Abstractions.ScreenContent screen, string code) =>
        [.. VoortgangHarness.List(screen, "drempel").Rows.Single(r => (string?)r.Values[0] == code).Values];
}
