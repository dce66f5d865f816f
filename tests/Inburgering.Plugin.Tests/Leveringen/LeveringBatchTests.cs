using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>
/// A delivery of 2,500 rows, which the processing writes in three batches (a COPY on PostgreSQL, SaveChanges on
/// SQLite), with wrong rows in the first and the last batch.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringBatchTests(DatabaseProvider provider)
{
    private const int Cursisten = 25;
    private const int Dagen = 100;

    /// <summary>The positions (from 0) of the wrong rows: the first batch, and the last row of the last batch.</summary>
    private static readonly HashSet<int> s_fout = [10, 2_499];

    private LeveringOmgeving _omgeving = null!;
    private List<string> _bsns = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _omgeving = await LeveringOmgeving.StartAsync(provider, stil: true);
        _bsns = TestBsn.Reeks(100, Cursisten);
        await _omgeving.CursistenAsync(_bsns);
    }

    [TearDown]
    public async Task StopAsync() => await _omgeving.DisposeAsync();

    [Test]
    public async Task AllesOfNiets_ErrorInLastBatch_WritesNothing()
    {
        var uitkomst = await _omgeving.VerwerkAsync(
            _omgeving.Import(referentie: GroteLevering.Referentie, modus: LeveringModus.AllesOfNiets),
            () => Stroom(MetFouten(GroteLevering.Dagen(_bsns, Dagen))));

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(uitkomst.AantalRegels, Is.EqualTo(2_500));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(0));
        Assert.That(uitkomst.Fouten.Select(f => f.Regelnummer), Is.EqualTo(new[] { 12, 2_501 }));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(0));
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.EqualTo(0));
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task GeldigeRegels_ErrorsInTwoBatches_KeepsValidRows()
    {
        var uitkomst = await _omgeving.VerwerkAsync(
            _omgeving.Import(referentie: GroteLevering.Referentie, modus: LeveringModus.GeldigeRegels),
            () => Stroom(MetFouten(GroteLevering.Dagen(_bsns, Dagen))));

        var meldingen = await _omgeving.AlleAsync<Voortgangsmelding>();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.DeelsVerwerkt));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(2_498));
        Assert.That(uitkomst.Fouten.Select(f => (f.Regelnummer, f.Kolom)), Is.EqualTo(new[] { (12, LeveringKolommen.AanbiederKvk), (2_501, LeveringKolommen.AanbiederKvk) }));
        Assert.That(meldingen, Has.Count.EqualTo(2_498));
        Assert.That(meldingen.Select(m => m.Regelnummer), Does.Not.Contain(12));
        Assert.That(meldingen.Select(m => m.Regelnummer), Does.Not.Contain(2_501));
        Assert.That(meldingen.Select(m => m.Regelnummer).Distinct().Count(), Is.EqualTo(2_498));
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.EqualTo(4_996));
        Assert.That((await _omgeving.AlleAsync<Urenregel>()).Sum(r => r.Uren), Is.EqualTo(7_494m));
        Assert.That(await _omgeving.AantalAsync<LeveringFout>(), Is.EqualTo(2));
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Has.Count.EqualTo(Cursisten));
    }

    [Test]
    public async Task Herhaald_FileOfThreeBatches_AddsNothing()
    {
        var eerste = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: GroteLevering.Referentie), () => Stroom(GroteLevering.Dagen(_bsns, Dagen)));
        _omgeving.Plugin.ProcessingLog.Clear();

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: GroteLevering.Referentie), () => Stroom(GroteLevering.Dagen(_bsns, Dagen)));

        Assert.That(eerste.AantalVerwerkt, Is.EqualTo(2_500));
        Assert.That(tweede.Herhaald, Is.True);
        Assert.That(tweede.LeveringId, Is.EqualTo(eerste.LeveringId));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(1));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(2_500));
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.EqualTo(5_000));
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Is.Empty);
    }

    /// <summary>Gives the rows at <see cref="s_fout"/> the KvK number of another aanbieder.</summary>
    private static IEnumerable<LeveringRegel> MetFouten(IEnumerable<LeveringRegel> regels) =>
        regels.Select((regel, positie) => s_fout.Contains(positie)
            ? Regel(
                regel.Regelnummer,
                regel.Waarde(LeveringKolommen.Bsn)!,
                van: regel.Waarde(LeveringKolommen.PeriodeVan)!,
                tot: regel.Waarde(LeveringKolommen.PeriodeTot)!,
                aangeboden: "4",
                fysiek: "2",
                online: "1",
                geoorloofd: "0,5",
                ongeoorloofd: "0,5",
                leveringId: GroteLevering.Referentie,
                kvk: ZuidKvk)
            : regel);
}
