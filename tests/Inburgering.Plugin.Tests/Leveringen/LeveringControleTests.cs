using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>Matching rows to referrals: the aanmelding, its dates, repeated and overlapping periods, and corrections.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringControleTests(DatabaseProvider provider)
{
    private const string GeenAanmeldingNl =
        "Regel 2, kolom bsn: deze cursist is bij deze aanbieder niet aangemeld voor onderdeel TAAL. Controleer de BSN en het onderdeel, of vraag de gemeente om de aanmelding.";

    private LeveringOmgeving _omgeving = null!;

    [SetUp]
    public async Task StartAsync() => _omgeving = await LeveringOmgeving.StartAsync(provider);

    [TearDown]
    public async Task StopAsync() => await _omgeving.DisposeAsync();

    [Test]
    public async Task GeenAanmelding_BsnReferredToOtherAanbieder_IsRejected()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Zuid);
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        await AssertGeenAanmeldingAsync(uitkomst);
    }

    [Test]
    public async Task GeenAanmelding_BsnInOtherGemeente_IsRejected()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1, PluginHarness.DenHaag);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.West);
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        await AssertGeenAanmeldingAsync(uitkomst);
    }

    [Test]
    public async Task GeenAanmelding_BsnNowhere_IsRejected()
    {
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        await AssertGeenAanmeldingAsync(uitkomst);
    }

    [Test]
    public async Task GeenAanmelding_OtherOnderdeel_IsRejected()
    {
        await _omgeving.CursistAsync(Bsn1, Cursusonderdeel.Knm);
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        await AssertGeenAanmeldingAsync(uitkomst);
    }

    [Test]
    public async Task GeenAanmelding_RestrictedDossier_IsRejected()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1, aanpassen: d => d.BeperktOp = new DateOnly(2026, 11, 1));
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Noord);
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        await AssertGeenAanmeldingAsync(uitkomst);
    }

    [Test]
    public async Task Periode_DayBeforeStart_IsRejected()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Noord, start: new DateOnly(2026, 11, 2));

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var fout = uitkomst.Fouten.Single();
        Assert.That(fout.Code, Is.EqualTo("buiten-aanmelding"));
        Assert.That(fout.Kolom, Is.EqualTo("periode_van"));
        Assert.That(fout.Waarde, Is.EqualTo("2026-11-01"));
        Assert.That(fout.Melding.Nl, Is.EqualTo(
            "Regel 2, kolom periode_van: de periode begint op 01-11-2026, vóór de start van de aanmelding op 02-11-2026. Lever alleen perioden vanaf die startdatum."));
    }

    [Test]
    public async Task Periode_OnStart_IsAccepted()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Noord, start: new DateOnly(2026, 11, 1));

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
    }

    [Test]
    public async Task Periode_StartOnEndOfAanmelding_IsAccepted()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Noord, einde: new DateOnly(2026, 11, 1));

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
    }

    [Test]
    public async Task Periode_StartDayAfterEnd_IsRejected()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Noord, einde: new DateOnly(2026, 10, 31));

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var fout = uitkomst.Fouten.Single();
        Assert.That(fout.Code, Is.EqualTo("buiten-aanmelding"));
        Assert.That(fout.Melding.En, Is.EqualTo(
            "Line 2, column periode_van: the period starts on 2026-11-01, after the referral ended on 2026-10-31. Deliver only periods that start on or before that end date."));
    }

    [Test]
    public async Task Periode_SecondAanmeldingAfterEnded_UsesRunningOne()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn1);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Noord, start: new DateOnly(2025, 1, 1), einde: new DateOnly(2025, 12, 31));
        var lopend = await _omgeving.AanmeldingAsync(dossierId, _omgeving.Noord, start: new DateOnly(2026, 10, 1));

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That((await _omgeving.AlleAsync<Voortgangsmelding>()).Single().AanmeldingId, Is.EqualTo(lopend));
    }

    [Test]
    public async Task Dubbel_SamePeriodTwice_NamesEarlierLine()
    {
        await _omgeving.CursistAsync(Bsn1);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn1, van: "2026-10-01", tot: "2026-10-31"), Regel(4, Bsn1, fysiek: "20")]);

        var fouten = uitkomst.Fouten.Where(f => f.Code == "dubbel").ToList();
        Assert.That(fouten, Has.Count.EqualTo(1));
        Assert.That(fouten[0].Regelnummer, Is.EqualTo(4));
        Assert.That(fouten[0].Melding.Nl, Is.EqualTo(
            "Regel 4: dezelfde cursist, hetzelfde onderdeel en dezelfde periode (01-11-2026 t/m 30-11-2026) staan al op regel 2. Verwijder een van beide regels."));
    }

    [Test]
    public async Task Dubbel_SamePeriodOtherOnderdeel_IsAccepted()
    {
        await _omgeving.CursistAsync(Bsn1, Cursusonderdeel.Taal, Cursusonderdeel.Knm);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn1, onderdeel: "KNM")]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(2));
    }

    [Test]
    public async Task Overlap_WithinDelivery_NamesEarlierLine()
    {
        await _omgeving.CursistAsync(Bsn1);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn1, van: "2026-11-30", tot: "2026-12-03")]);

        var fout = uitkomst.Fouten.Single();
        Assert.That(fout.Regelnummer, Is.EqualTo(3));
        Assert.That(fout.Code, Is.EqualTo("overlap"));
        Assert.That(fout.Melding.Nl, Is.EqualTo(
            "Regel 3, kolom periode_van: de periode 30-11-2026 t/m 03-12-2026 overlapt de periode 01-11-2026 t/m 30-11-2026 op regel 2. Laat de perioden aansluiten zonder overlap."));
    }

    [Test]
    public async Task Overlap_AdjacentPeriods_AreAccepted()
    {
        await _omgeving.CursistAsync(Bsn1);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn1, van: "2026-12-01", tot: "2026-12-03")]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(2));
    }

    [Test]
    public async Task Overlap_WithEarlierDelivery_IsRejected()
    {
        await _omgeving.CursistAsync(Bsn1);
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11b"), [Regel(2, Bsn1, van: "2026-11-15", tot: "2026-12-03", leveringId: "2026-11b")]);

        var fout = uitkomst.Fouten.Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(fout.Code, Is.EqualTo("overlap"));
        Assert.That(fout.Melding.Nl, Is.EqualTo(
            "Regel 2, kolom periode_van: de periode 15-11-2026 t/m 03-12-2026 overlapt de eerder geleverde periode 01-11-2026 t/m 30-11-2026. Lever precies die periode om haar te corrigeren, of een periode die er niet mee overlapt."));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Correctie_IdenticalPeriod_IsAccepted()
    {
        await _omgeving.CursistAsync(Bsn1);
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11b"), [Regel(2, Bsn1, fysiek: "20", leveringId: "2026-11b")]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.Fouten, Is.Empty);
    }

    [Test]
    public async Task Overlap_WithReplacedRow_IsAccepted()
    {
        await _omgeving.CursistAsync(Bsn1);
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);
        await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11b"), [Regel(2, Bsn1, fysiek: "20", leveringId: "2026-11b")]);

        // The first row was replaced by the second, so only the second counts for overlap.
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-12"), [Regel(2, Bsn1, van: "2026-12-01", tot: "2026-12-03", leveringId: "2026-12")]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That((await _omgeving.AlleAsync<Urenregel>()).Where(r => r.PeriodeVan == new DateOnly(2026, 11, 1)).Sum(r => r.Uren), Is.EqualTo(26m));
    }

    private async Task AssertGeenAanmeldingAsync(LeveringUitkomst uitkomst)
    {
        var fout = uitkomst.Fouten.Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(uitkomst.AantalVerwerkt, Is.Zero);
        Assert.That(fout.Regelnummer, Is.EqualTo(2));
        Assert.That(fout.Kolom, Is.EqualTo("bsn"));
        Assert.That(fout.Waarde, Is.EqualTo(Bsn1));
        Assert.That(fout.Code, Is.EqualTo("geen-aanmelding"));
        Assert.That(fout.Melding.Nl, Is.EqualTo(GeenAanmeldingNl));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.Zero);
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.Zero);
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Is.Empty);
    }
}
