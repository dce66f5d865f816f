using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Security;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>Which aanbieder a delivery is for, and the rows that name another aanbieder, branch or delivery.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringAanbiederTests(DatabaseProvider provider)
{
    private LeveringOmgeving _omgeving = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _omgeving = await LeveringOmgeving.StartAsync(provider);
        await _omgeving.CursistAsync(Bsn1);
    }

    [TearDown]
    public async Task StopAsync() => await _omgeving.DisposeAsync();

    [Test]
    public async Task Import_ByConsulent_ImportsForChosenAanbieder()
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var levering = (await _omgeving.AlleAsync<Levering>()).Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.Geweigerd, Is.Null);
        Assert.That(uitkomst.LeveringId, Is.EqualTo(levering.Id));
        Assert.That(levering.AanbiederId, Is.EqualTo(_omgeving.Noord.Id));
        Assert.That(levering.Kanaal, Is.EqualTo(LeveringKanaal.Bestand));
        Assert.That(levering.Bestandsnaam, Is.EqualTo("levering.csv"));
        Assert.That(levering.OntvangenDoor, Is.EqualTo(LeveringGebruiker.Id));
        Assert.That(levering.OntvangenOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(levering.Gemeente, Is.EqualTo("0599"));
    }

    [Test]
    public async Task Import_WithoutImportPermission_IsRefused()
    {
        _omgeving.Gebruiker.Granted = new HashSet<string> { InburgeringPermissions.Aanleveren, InburgeringPermissions.LeveringenView };

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.GeenRechtOmTeImporteren));
        Assert.That(uitkomst.LeveringId, Is.EqualTo(Guid.Empty));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Import_InactiveAanbieder_IsRefused()
    {
        var gestopt = await _omgeving.AanbiederAsync("Taalschool Oost", "90059903", keurmerk: true, actief: false);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(gestopt), [Regel(2, Bsn1, kvk: "90059903")]);

        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.OnbekendeAanbieder));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Import_AanbiederOfOtherGemeente_IsRefused()
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(_omgeving.West), [Regel(2, Bsn1, kvk: WestKvk)]);

        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.OnbekendeAanbieder));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Eigen_UserOfAanbieder_DeliversForIt()
    {
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        var levering = (await _omgeving.AlleAsync<Levering>()).Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(levering.AanbiederId, Is.EqualTo(_omgeving.Noord.Id));
        Assert.That(levering.Kanaal, Is.EqualTo(LeveringKanaal.Api));
    }

    [Test]
    public async Task Eigen_UserOfNoAanbieder_IsRefused()
    {
        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.GeenAanbieder));
        Assert.That(uitkomst.Geweigerd!.Nl, Does.StartWith("Uw account hoort niet bij een actieve aanbieder van deze gemeente"));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Eigen_WithoutAanleverenPermission_IsRefused()
    {
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);
        _omgeving.Gebruiker.Granted = new HashSet<string> { InburgeringPermissions.LeveringenView };

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.GeenRechtOmAanTeLeveren));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Eigen_SeveralBranches_PicksBranchOfRows()
    {
        var centrum = await _omgeving.AanbiederAsync("Taalschool Noord Centrum", NoordKvk, keurmerk: true, vestigingsnummer: "000012345678");
        var haven = await _omgeving.AanbiederAsync("Taalschool Noord Haven", NoordKvk, keurmerk: true, vestigingsnummer: "000087654321");
        var dossierId = await _omgeving.DossierAsync(Bsn2);
        await _omgeving.AanmeldingAsync(dossierId, haven);
        _omgeving.Gebruiker.Organisation = NoordKvk;
        _omgeving.Toegang.Eigen.AddRange([centrum, haven]);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn2), Regel(3, Bsn2, van: "2026-10-01", tot: "2026-10-31", vestigingsnummer: "000087654321")]);

        var levering = (await _omgeving.AlleAsync<Levering>()).Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(2));
        Assert.That(levering.AanbiederId, Is.EqualTo(haven.Id));
    }

    [Test]
    public async Task Eigen_SeveralBranchesNoneNamed_IsRefused()
    {
        var centrum = await _omgeving.AanbiederAsync("Taalschool Noord Centrum", NoordKvk, keurmerk: true, vestigingsnummer: "000012345678");
        var haven = await _omgeving.AanbiederAsync("Taalschool Noord Haven", NoordKvk, keurmerk: true, vestigingsnummer: "000087654321");
        _omgeving.Gebruiker.Organisation = NoordKvk;
        _omgeving.Toegang.Eigen.AddRange([centrum, haven]);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.GeenVestigingsnummer));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Eigen_SeveralBranchesOtherNamed_IsRefused()
    {
        var centrum = await _omgeving.AanbiederAsync("Taalschool Noord Centrum", NoordKvk, keurmerk: true, vestigingsnummer: "000012345678");
        var haven = await _omgeving.AanbiederAsync("Taalschool Noord Haven", NoordKvk, keurmerk: true, vestigingsnummer: "000087654321");
        _omgeving.Gebruiker.Organisation = NoordKvk;
        _omgeving.Toegang.Eigen.AddRange([centrum, haven]);

        var uitkomst = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1, vestigingsnummer: "000011112222")]);

        Assert.That(uitkomst.Geweigerd!.Nl, Is.EqualTo(
            "Vestigingsnummer '000011112222' is geen vestiging van uw organisatie bij deze gemeente. Gebruik een van deze vestigingsnummers: 000012345678, 000087654321."));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Regel_OtherKvk_IsRejected()
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, kvk: ZuidKvk)]);

        var fout = uitkomst.Fouten.Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(fout.Regelnummer, Is.EqualTo(2));
        Assert.That(fout.Kolom, Is.EqualTo("aanbieder_kvk"));
        Assert.That(fout.Waarde, Is.EqualTo(ZuidKvk));
        Assert.That(fout.Code, Is.EqualTo("aanbieder"));
        Assert.That(fout.Melding.Nl, Is.EqualTo(
            "Regel 2, kolom aanbieder_kvk: '90059902' is niet het KvK-nummer van de aanbieder van deze levering (90059901). Lever alleen regels van deze aanbieder aan."));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.Zero);
    }

    [Test]
    public async Task Regel_OtherBranch_IsRejected()
    {
        var centrum = await _omgeving.AanbiederAsync("Taalschool Noord Centrum", NoordKvk, keurmerk: true, vestigingsnummer: "000012345678");
        var dossierId = await _omgeving.DossierAsync(Bsn2);
        await _omgeving.AanmeldingAsync(dossierId, centrum);

        var uitkomst = await _omgeving.VerwerkAsync(
            _omgeving.Import(centrum),
            [Regel(2, Bsn2, vestigingsnummer: "000012345678"), Regel(3, Bsn2, van: "2026-10-01", tot: "2026-10-31", vestigingsnummer: "000087654321")]);

        var fout = uitkomst.Fouten.Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.DeelsVerwerkt));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(1));
        Assert.That(fout.Regelnummer, Is.EqualTo(3));
        Assert.That(fout.Kolom, Is.EqualTo("vestigingsnummer"));
        Assert.That(fout.Code, Is.EqualTo("vestiging"));
    }

    [Test]
    public async Task Regel_OtherLeveringId_IsRejected()
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn1, van: "2026-10-01", tot: "2026-10-31", leveringId: "2026-10")]);

        var fout = uitkomst.Fouten.Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.DeelsVerwerkt));
        Assert.That(fout.Regelnummer, Is.EqualTo(3));
        Assert.That(fout.Kolom, Is.EqualTo("levering_id"));
        Assert.That(fout.Waarde, Is.EqualTo("2026-10"));
        Assert.That(fout.Code, Is.EqualTo("levering-id"));
        Assert.That(fout.Melding.En, Is.EqualTo(
            "Line 3, column levering_id: '2026-10' is not the levering_id of this delivery ('2026-11'). Give every row of one delivery the same levering_id."));
    }

    [TestCase("", TestName = "Referentie_Empty_IsRefused")]
    [TestCase("   ", TestName = "Referentie_Blank_IsRefused")]
    public async Task Referentie_Missing_IsRefused(string referentie)
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: referentie), [Regel(2, Bsn1, leveringId: referentie)]);

        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.GeenReferentie));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }

    [Test]
    public async Task Referentie_101Characters_IsRefused()
    {
        var referentie = new string('x', 101);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: referentie), [Regel(2, Bsn1, leveringId: referentie)]);

        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.TeLangeReferentie));
    }

    [Test]
    public async Task Referentie_100Characters_IsAccepted()
    {
        var referentie = new string('x', 100);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: referentie), [Regel(2, Bsn1, leveringId: referentie)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
    }

    [Test]
    public async Task Levering_WithoutRows_IsRefused()
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), []);

        Assert.That(uitkomst.Geweigerd, Is.EqualTo(LeveringWeigeringen.GeenRegels));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
    }
}
