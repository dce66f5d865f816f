using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>A delivery that arrives again, a reference used for other rows, and two requests that race with one reference.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringHerhalingTests(DatabaseProvider provider)
{
    private LeveringOmgeving _omgeving = null!;
    private Guid _dossier1;

    [SetUp]
    public async Task StartAsync()
    {
        _omgeving = await LeveringOmgeving.StartAsync(provider);
        _dossier1 = await _omgeving.CursistAsync(Bsn1);
        await _omgeving.CursistAsync(Bsn2);
    }

    [TearDown]
    public async Task StopAsync() => await _omgeving.DisposeAsync();

    [Test]
    public async Task Herhaald_SameDelivery_WritesNothing()
    {
        var eerste = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn2)]);
        _omgeving.Plugin.ProcessingLog.Clear();
        _omgeving.Signalering.Meldingen.Clear();

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn2)]);

        Assert.That(tweede.Herhaald, Is.True);
        Assert.That(eerste.Herhaald, Is.False);
        Assert.That(tweede.LeveringId, Is.EqualTo(eerste.LeveringId));
        Assert.That(tweede.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(tweede.AantalRegels, Is.EqualTo(2));
        Assert.That(tweede.AantalVerwerkt, Is.EqualTo(2));
        Assert.That(tweede.Geweigerd, Is.Null);
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(1));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(2));
        Assert.That((await _omgeving.AlleAsync<Urenregel>()).Sum(r => r.Uren), Is.EqualTo(72m));
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Is.Empty);
        Assert.That(_omgeving.Signalering.Meldingen, Is.Empty);
        Assert.That(_omgeving.Plugin.Logs.Lines, Has.Some.Contains($"Delivery {eerste.LeveringId} of aanbieder {_omgeving.Noord.Id} arrived again with the same rows"));
    }

    [Test]
    public async Task Herhaald_PartlyImported_ReturnsStoredErrors()
    {
        var eerste = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn3), Regel(4, Bsn2, kvk: ZuidKvk)]);

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn3), Regel(4, Bsn2, kvk: ZuidKvk)]);

        Assert.That(tweede.Herhaald, Is.True);
        Assert.That(tweede.Status, Is.EqualTo(LeveringStatus.DeelsVerwerkt));
        Assert.That(tweede.AantalVerwerkt, Is.EqualTo(1));
        Assert.That(tweede.Fouten.Select(f => (f.Regelnummer, f.Kolom, f.Code)), Is.EqualTo(eerste.Fouten.Select(f => (f.Regelnummer, f.Kolom, f.Code))));
        Assert.That(tweede.Fouten.Select(f => f.Melding), Is.EqualTo(eerste.Fouten.Select(f => f.Melding)));
        Assert.That(await _omgeving.AantalAsync<LeveringFout>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Herhaald_OtherNotationOfSameHours_IsRepeat()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, online: "6")]);

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, online: "6,00")]);

        Assert.That(tweede.Herhaald, Is.True);
    }

    [Test]
    public async Task Herhaald_OtherChannelSameRows_IsRepeat()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        var tweede = await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        Assert.That(tweede.Herhaald, Is.True);
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Referentie_UsedForOtherRows_IsRefused()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, fysiek: "29")]);

        Assert.That(tweede.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(tweede.Herhaald, Is.False);
        Assert.That(tweede.LeveringId, Is.EqualTo(Guid.Empty));
        Assert.That(tweede.Geweigerd!.Nl, Is.EqualTo("levering_id 2026-11 is al gebruikt voor een andere levering op 04-12-2026; gebruik een nieuwe levering_id."));
        Assert.That(tweede.Geweigerd.En, Is.EqualTo("levering_id 2026-11 was already used for another delivery on 2026-12-04; use a new levering_id."));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(1));
        Assert.That((await _omgeving.AlleAsync<Urenregel>()).Sum(r => r.Uren), Is.EqualTo(36m));
    }

    [TestCase("2026-12-04T22:59:59Z", "04-12-2026", TestName = "Referentie_ReceivedJustBeforeMidnightAmsterdam_NamesThatDay")]
    [TestCase("2026-12-04T23:00:00Z", "05-12-2026", TestName = "Referentie_ReceivedAtMidnightAmsterdam_NamesNextDay")]
    public async Task Referentie_UsedBefore_NamesDayInAmsterdam(string ontvangen, string datum)
    {
        _omgeving.Plugin.Clock.SetUtcNow(DateTimeOffset.Parse(ontvangen, System.Globalization.CultureInfo.InvariantCulture));
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn2)]);

        Assert.That(tweede.Geweigerd!.Nl, Does.Contain($"op {datum};"));
    }

    [Test]
    public async Task Referentie_OfOtherAanbieder_IsImported()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn3);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Zuid);
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(_omgeving.Zuid), [Regel(2, Bsn3, kvk: ZuidKvk)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.Herhaald, Is.False);
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Gelijktijdig_SameRows_AnswersAsRepeat()
    {
        LeveringRegel[] regels = [Regel(2, Bsn1), Regel(3, Bsn2)];

        var (eerste, tweede) = await RaceAsync(regels, regels);

        Assert.That(tweede.Herhaald, Is.True);
        Assert.That(tweede.LeveringId, Is.EqualTo(eerste.LeveringId));
        Assert.That(tweede.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(1));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(2));
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.EqualTo(4));
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Has.Count.EqualTo(2));
        Assert.That(_omgeving.Plugin.Logs.Lines, Has.Some.Contains("saved a delivery with the same reference first"));
    }

    [Test]
    public async Task Gelijktijdig_OtherRows_IsRefused()
    {
        var (_, tweede) = await RaceAsync([Regel(2, Bsn1)], [Regel(2, Bsn2)]);

        Assert.That(tweede.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(tweede.Geweigerd!.Nl, Does.StartWith("levering_id 2026-11 is al gebruikt voor een andere levering op 04-12-2026"));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(1));
        Assert.That((await _omgeving.AlleAsync<Voortgangsmelding>()).Single().DossierId, Is.EqualTo(_dossier1));
    }

    /// <summary>
    /// Runs delivery <paramref name="tweedeRegels"/>, and completes delivery <paramref name="eersteRegels"/> with the same
    /// reference between its check and its import, as a concurrent request would; returns both outcomes.
    /// </summary>
    private async Task<(LeveringUitkomst Eerste, LeveringUitkomst Tweede)> RaceAsync(LeveringRegel[] eersteRegels, LeveringRegel[] tweedeRegels)
    {
        LeveringUitkomst? eerste = null;
        var aanroepen = 0;

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(), () =>
        {
            if (++aanroepen == 2)
            {
                // The other request runs while this one has checked its rows and not yet opened its transaction.
                eerste = Task.Run(() => _omgeving.VerwerkAsync(_omgeving.Import(), eersteRegels)).GetAwaiter().GetResult();
            }

            return Stroom(tweedeRegels);
        });

        Assert.That(aanroepen, Is.EqualTo(2));
        return (eerste!, tweede);
    }
}
