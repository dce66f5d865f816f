using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>What a delivery writes: the delivery, its report, the rows and their hours, corrections and the processing log.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringOpslagTests(DatabaseProvider provider)
{
    private LeveringOmgeving _omgeving = null!;
    private Guid _dossier1;
    private Guid _dossier2;

    [SetUp]
    public async Task StartAsync()
    {
        _omgeving = await LeveringOmgeving.StartAsync(provider);
        _dossier1 = await _omgeving.CursistAsync(Bsn1, Cursusonderdeel.Taal, Cursusonderdeel.Knm);
        _dossier2 = await _omgeving.CursistAsync(Bsn2);
    }

    [TearDown]
    public async Task StopAsync() => await _omgeving.DisposeAsync();

    [Test]
    public async Task AllesOfNiets_WithError_StoresOnlyReport()
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(modus: LeveringModus.AllesOfNiets), [Regel(2, Bsn1), Regel(3, Bsn3)]);

        var levering = (await _omgeving.AlleAsync<Levering>()).Single();
        var fout = (await _omgeving.AlleAsync<LeveringFout>()).Single();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(uitkomst.LeveringId, Is.EqualTo(levering.Id));
        Assert.That(uitkomst.AantalRegels, Is.EqualTo(2));
        Assert.That(uitkomst.AantalVerwerkt, Is.Zero);
        Assert.That(levering.Status, Is.EqualTo(LeveringStatus.Geweigerd));
        Assert.That(levering.Modus, Is.EqualTo(LeveringModus.AllesOfNiets));
        Assert.That(levering.AantalRegels, Is.EqualTo(2));
        Assert.That(levering.AantalVerwerkt, Is.Zero);
        Assert.That(levering.AantalGeweigerd, Is.EqualTo(1));
        Assert.That(fout.LeveringId, Is.EqualTo(levering.Id));
        Assert.That(fout.Regelnummer, Is.EqualTo(3));
        Assert.That(fout.Kolom, Is.EqualTo("bsn"));
        Assert.That(fout.Code, Is.EqualTo("geen-aanmelding"));
        Assert.That(fout.MeldingNl, Does.StartWith("Regel 3, kolom bsn: "));
        Assert.That(fout.Gemeente, Is.EqualTo("0599"));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.Zero);
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.Zero);
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Is.Empty);
        Assert.That(_omgeving.Signalering.Meldingen, Is.Empty);
    }

    [Test]
    public async Task AllesOfNiets_AfterFix_SameReferenceIsImported()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(modus: LeveringModus.AllesOfNiets), [Regel(2, Bsn1), Regel(3, Bsn3)]);

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(modus: LeveringModus.AllesOfNiets), [Regel(2, Bsn1), Regel(3, Bsn2)]);

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.Herhaald, Is.False);
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(2));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(2));
    }

    [Test]
    public async Task GeldigeRegels_WithError_ImportsValidRows()
    {
        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn3), Regel(4, Bsn2)]);

        var levering = (await _omgeving.AlleAsync<Levering>()).Single();
        var meldingen = await _omgeving.AlleAsync<Voortgangsmelding>();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.DeelsVerwerkt));
        Assert.That(uitkomst.AantalRegels, Is.EqualTo(3));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(2));
        Assert.That(uitkomst.Fouten.Single().Regelnummer, Is.EqualTo(3));
        Assert.That(levering.Status, Is.EqualTo(LeveringStatus.DeelsVerwerkt));
        Assert.That(levering.AantalVerwerkt, Is.EqualTo(2));
        Assert.That(levering.AantalGeweigerd, Is.EqualTo(1));
        Assert.That(await _omgeving.AantalAsync<LeveringFout>(), Is.EqualTo(1));
        Assert.That(meldingen.Select(m => m.Regelnummer).Order(), Is.EqualTo(new[] { 2, 4 }));
    }

    [Test]
    public async Task Regel_Taal_StoresMeldingWithAllValues()
    {
        var regel = Regel(
            2,
            Bsn1,
            extra:
            [
                (LeveringKolommen.TrajectRef, "T-17"),
                (LeveringKolommen.NiveauLezen, "A2"),
                (LeveringKolommen.Opmerking, "Goed bezig"),
            ]);

        await _omgeving.VerwerkAsync(_omgeving.Import(), [regel]);

        var melding = (await _omgeving.AlleAsync<Voortgangsmelding>()).Single();
        var levering = (await _omgeving.AlleAsync<Levering>()).Single();
        Assert.That(melding.LeveringId, Is.EqualTo(levering.Id));
        Assert.That(melding.DossierId, Is.EqualTo(_dossier1));
        Assert.That(melding.AanbiederId, Is.EqualTo(_omgeving.Noord.Id));
        Assert.That(melding.Gemeente, Is.EqualTo("0599"));
        Assert.That(melding.Regelnummer, Is.EqualTo(2));
        Assert.That(melding.Onderdeel, Is.EqualTo(Cursusonderdeel.Taal));
        Assert.That(melding.TrajectReferentie, Is.EqualTo("T-17"));
        Assert.That(melding.PeriodeVan, Is.EqualTo(new DateOnly(2026, 11, 1)));
        Assert.That(melding.PeriodeTot, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(melding.UrenAangeboden, Is.EqualTo(40m));
        Assert.That(melding.UrenGevolgdFysiek, Is.EqualTo(30m));
        Assert.That(melding.UrenGevolgdOnline, Is.EqualTo(6m));
        Assert.That(melding.UrenGeoorloofdVerzuim, Is.EqualTo(2m));
        Assert.That(melding.UrenOngeoorloofdVerzuim, Is.EqualTo(2m));
        Assert.That(melding.NiveauLezen, Is.EqualTo(Vaardigheidsniveau.A2));
        Assert.That(melding.Opmerking, Is.EqualTo("Goed bezig"));
        Assert.That(melding.VervangenDoorId, Is.Null);
        Assert.That(melding.OntvangenOp, Is.EqualTo(PluginHarness.Now));
    }

    [Test]
    public async Task Regel_Taal_WritesInPersonAndOnlineHours()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        var melding = (await _omgeving.AlleAsync<Voortgangsmelding>()).Single();
        var uren = (await _omgeving.AlleAsync<Urenregel>()).OrderBy(r => r.Soort).ToList();
        Assert.That(uren.Select(r => (r.Soort, r.Uren)), Is.EqualTo(new[] { (UrenSoort.Nt2Fysiek, 30m), (UrenSoort.Nt2Online, 6m) }));
        Assert.That(uren.Select(r => r.VoortgangsmeldingId), Is.All.EqualTo(melding.Id));
        Assert.That(uren.Select(r => r.DossierId), Is.All.EqualTo(_dossier1));
        Assert.That(uren.Select(r => r.MetKeurmerk), Is.All.True);
        Assert.That(uren.Select(r => r.Aanbieder), Is.All.EqualTo("Taalschool Noord"));
        Assert.That(uren.Select(r => r.PeriodeVan), Is.All.EqualTo(new DateOnly(2026, 11, 1)));
        Assert.That(uren.Select(r => r.PeriodeTot), Is.All.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(uren.Select(r => r.GeregistreerdDoor), Is.All.EqualTo(LeveringGebruiker.Id));
    }

    [Test]
    public async Task Regel_Knm_WritesOneKindWithBothHours()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, onderdeel: "KNM", aangeboden: "10", fysiek: "4", online: "3,5", geoorloofd: "0", ongeoorloofd: "0")]);

        var uren = (await _omgeving.AlleAsync<Urenregel>()).Single();
        Assert.That(uren.Soort, Is.EqualTo(UrenSoort.Knm));
        Assert.That(uren.Uren, Is.EqualTo(7.5m));
    }

    [Test]
    public async Task Regel_ZeroOnline_SkipsOnlineHours()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, online: "0")]);

        var uren = (await _omgeving.AlleAsync<Urenregel>()).Single();
        Assert.That(uren.Soort, Is.EqualTo(UrenSoort.Nt2Fysiek));
        Assert.That(uren.Uren, Is.EqualTo(30m));
    }

    [Test]
    public async Task Regel_NoHoursFollowed_WritesMeldingWithoutHours()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1, fysiek: "0", online: "0", geoorloofd: "10", ongeoorloofd: "30")]);

        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(1));
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.Zero);
    }

    [Test]
    public async Task Regel_AanbiederWithoutKeurmerk_WritesHoursWithoutKeurmerk()
    {
        var dossierId = await _omgeving.DossierAsync(Bsn3);
        await _omgeving.AanmeldingAsync(dossierId, _omgeving.Zuid);

        await _omgeving.VerwerkAsync(_omgeving.Import(_omgeving.Zuid), [Regel(2, Bsn3, kvk: ZuidKvk)]);

        var uren = await _omgeving.AlleAsync<Urenregel>();
        Assert.That(uren, Has.Count.EqualTo(2));
        Assert.That(uren.Select(r => r.MetKeurmerk), Is.All.False);
        Assert.That(uren.Select(r => r.Aanbieder), Is.All.EqualTo("Taalhuis Zuid"));
    }

    [Test]
    public async Task Correctie_OtherReference_ReplacesEarlierRow()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);
        var eerste = (await _omgeving.AlleAsync<Voortgangsmelding>()).Single();

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-correctie"), [Regel(7, Bsn1, fysiek: "32", online: "4", leveringId: "2026-11-correctie")]);

        var meldingen = await _omgeving.AlleAsync<Voortgangsmelding>();
        var tweede = meldingen.Single(m => m.Id != eerste.Id);
        var uren = (await _omgeving.AlleAsync<Urenregel>()).OrderBy(r => r.Soort).ToList();
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(meldingen.Single(m => m.Id == eerste.Id).VervangenDoorId, Is.EqualTo(tweede.Id));
        Assert.That(tweede.VervangenDoorId, Is.Null);
        Assert.That(uren.Select(r => (r.Soort, r.Uren)), Is.EqualTo(new[] { (UrenSoort.Nt2Fysiek, 32m), (UrenSoort.Nt2Online, 4m) }));
        Assert.That(uren.Select(r => r.VoortgangsmeldingId), Is.All.EqualTo(tweede.Id));
    }

    [Test]
    public async Task Correctie_SamePeriodTwice_CountsOnce()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-opnieuw"), [Regel(2, Bsn1, leveringId: "2026-11-opnieuw")]);

        var uren = await _omgeving.AlleAsync<Urenregel>();
        Assert.That(uren.Sum(r => r.Uren), Is.EqualTo(36m));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(2));
        Assert.That((await _omgeving.AlleAsync<Voortgangsmelding>()).Count(m => m.VervangenDoorId is null), Is.EqualTo(1));
    }

    [Test]
    public async Task Correctie_KeepsHoursEnteredByConsulent()
    {
        await VoegHandmatigeUrenToeAsync();
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);

        await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-opnieuw"), [Regel(2, Bsn1, fysiek: "10", leveringId: "2026-11-opnieuw")]);

        var uren = await _omgeving.AlleAsync<Urenregel>();
        Assert.That(uren.Single(r => r.VoortgangsmeldingId is null).Uren, Is.EqualTo(5m));
        Assert.That(uren.Where(r => r.VoortgangsmeldingId is not null).Sum(r => r.Uren), Is.EqualTo(16m));
    }

    [Test]
    public async Task ConsulentAndAanbieder_SameRows_GiveSameTotals()
    {
        await using var andere = await LeveringOmgeving.StartAsync(provider);
        await andere.CursistAsync(Bsn1, Cursusonderdeel.Taal, Cursusonderdeel.Knm);
        await andere.CursistAsync(Bsn2);
        andere.AlsMedewerkerVan(andere.Noord);
        LeveringRegel[] regels = [Regel(2, Bsn1), Regel(3, Bsn1, onderdeel: "KNM", fysiek: "8", online: "0"), Regel(4, Bsn2, online: "1,25")];

        var doorConsulent = await _omgeving.VerwerkAsync(_omgeving.Import(), regels);
        var doorAanbieder = await andere.VerwerkAsync(Eigen(), regels);

        Assert.That(doorAanbieder.AantalVerwerkt, Is.EqualTo(doorConsulent.AantalVerwerkt));
        Assert.That(Totalen(await andere.AlleAsync<Urenregel>()), Is.EqualTo(Totalen(await _omgeving.AlleAsync<Urenregel>())));
        Assert.That(Totalen(await _omgeving.AlleAsync<Urenregel>()), Is.EqualTo(new[] { "Knm=8", "Nt2Fysiek=60", "Nt2Online=7.25" }));
    }

    [Test]
    public async Task ProcessingLog_OneRecordPerDossier()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn1, onderdeel: "KNM"), Regel(4, Bsn1, van: "2026-10-01", tot: "2026-10-31"), Regel(5, Bsn2)]);

        var records = _omgeving.Plugin.ProcessingLog.Records;
        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(records.Select(r => r.Subject.Id).Order(), Is.EqualTo(new[] { Bsn1, Bsn2 }.Order()));
        Assert.That(records.Select(r => r.Subject.IdType), Is.All.EqualTo(DataSubjectIdTypes.Bsn));
        Assert.That(records.Select(r => r.ActivityId), Is.All.EqualTo("inburgering.aanlevering"));
        Assert.That(records.Select(r => r.Operation), Is.All.EqualTo(ProcessingOperation.Create));
        Assert.That(records.Select(r => r.OnBehalfOf), Is.All.EqualTo(NoordKvk));
    }

    [Test]
    public async Task ProcessingLog_Correction_IsUpdate()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1)]);
        _omgeving.Plugin.ProcessingLog.Clear();

        await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11b"), [Regel(2, Bsn1, fysiek: "1", leveringId: "2026-11b"), Regel(3, Bsn2, leveringId: "2026-11b")]);

        var records = _omgeving.Plugin.ProcessingLog.Records;
        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(records.Single(r => r.Subject.Id == Bsn1).Operation, Is.EqualTo(ProcessingOperation.Update));
        Assert.That(records.Single(r => r.Subject.Id == Bsn2).Operation, Is.EqualTo(ProcessingOperation.Create));
    }

    [Test]
    public async Task ProcessingLog_AanbiederUser_HasNoOnBehalfOf()
    {
        _omgeving.AlsMedewerkerVan(_omgeving.Noord);

        await _omgeving.VerwerkAsync(Eigen(), [Regel(2, Bsn1)]);

        var record = _omgeving.Plugin.ProcessingLog.Records.Single();
        Assert.That(record.OnBehalfOf, Is.Null);
        Assert.That(record.ActivityId, Is.EqualTo("inburgering.aanlevering"));
    }

    [Test]
    public async Task Signalering_GetsNewRows()
    {
        await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn2)]);

        var meldingen = await _omgeving.AlleAsync<Voortgangsmelding>();
        Assert.That(_omgeving.Signalering.Meldingen.Select(m => m.Id).Order(), Is.EqualTo(meldingen.Select(m => m.Id).Order()));
    }

    [Test]
    public async Task Signalering_AbsenceAboveThreshold_OpensTaskAndCorrectionClosesIt()
    {
        await using var omgeving = await LeveringOmgeving.StartAsync(provider, echteSignalering: true);
        await omgeving.CursistAsync(Bsn1);

        await omgeving.VerwerkAsync(omgeving.Import(), [Regel(2, Bsn1, fysiek: "30", online: "2", geoorloofd: "1,75", ongeoorloofd: "6,25")]);
        var melding = (await omgeving.AlleAsync<Voortgangsmelding>()).Single();
        var geopend = omgeving.Plugin.WorkTasks.Open.Select(t => t.Key).ToList();
        await omgeving.VerwerkAsync(omgeving.Import(referentie: "2026-11b"), [Regel(2, Bsn1, fysiek: "30", online: "2", geoorloofd: "2", ongeoorloofd: "6", leveringId: "2026-11b")]);

        Assert.That(geopend, Is.EqualTo(new[] { $"inburgering.ongeoorloofd-verzuim:{melding.Id}" }));
        Assert.That(omgeving.Plugin.WorkTasks.Open, Is.Empty);
        Assert.That(omgeving.Plugin.ProcessingLog.Records.Count(r => r.ActivityId == "inburgering.aanlevering"), Is.EqualTo(2));
    }

    [Test]
    public async Task Fouten_Over1000_ReturnsFirst1000AndStoresAll()
    {
        var regels = Enumerable.Range(0, 1_001).Select(i => Regel(i + 2, Bsn3, van: "2026-11-01", tot: "2026-11-30")).ToList();

        var uitkomst = await _omgeving.VerwerkAsync(_omgeving.Import(), regels);

        Assert.That(uitkomst.Fouten, Has.Count.EqualTo(1_000));
        Assert.That(uitkomst.Fouten[0].Regelnummer, Is.EqualTo(2));
        Assert.That(uitkomst.Fouten[^1].Regelnummer, Is.EqualTo(1_001));
        Assert.That(await _omgeving.AantalAsync<LeveringFout>(), Is.EqualTo(1_001));
        Assert.That((await _omgeving.AlleAsync<Levering>()).Single().AantalGeweigerd, Is.EqualTo(1_001));
    }

    [Test]
    public async Task Cancellation_DuringImport_WritesNothing()
    {
        using var annulering = new CancellationTokenSource();
        var bsns = new List<string>();
        for (var i = 10; i < 18; i++)
        {
            bsns.Add(TestBsn.Maak(i));
            await _omgeving.CursistAsync(bsns[^1]);
        }

        var regels = GroteLevering.Dagen(bsns, dagen: 300).ToList();
        var aanroepen = 0;

        Assert.That(
            async () => await _omgeving.VerwerkAsync(
                _omgeving.Import(referentie: GroteLevering.Referentie),
                () => ++aanroepen == 2 ? StroomTotAnnulering(regels, annulering) : Stroom(regels),
                annulering.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(aanroepen, Is.EqualTo(2));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.Zero);
        Assert.That(await _omgeving.AantalAsync<LeveringFout>(), Is.Zero);
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.Zero);
        Assert.That(await _omgeving.AantalAsync<Urenregel>(), Is.Zero);
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Is.Empty);
        Assert.That(_omgeving.Plugin.Logs.Lines, Has.Some.Contains("was cancelled; nothing was written"));
    }

    /// <summary>Streams <paramref name="regels"/> and cancels after 1,500 rows, when the first batch of 1,000 is saved.</summary>
    private static async IAsyncEnumerable<LeveringRegel> StroomTotAnnulering(List<LeveringRegel> regels, CancellationTokenSource annulering)
    {
        for (var i = 0; i < regels.Count; i++)
        {
            if (i == 1_500)
            {
                await annulering.CancelAsync();
            }

            await Task.Yield();
            yield return regels[i];
        }
    }

    private async Task VoegHandmatigeUrenToeAsync()
    {
        await using var scope = _omgeving.Plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        db.Urenregels.Add(new Urenregel
        {
            Id = Guid.NewGuid(),
            DossierId = _dossier1,
            Gemeente = "0599",
            Soort = UrenSoort.Nt2Fysiek,
            PeriodeVan = new DateOnly(2026, 11, 1),
            PeriodeTot = new DateOnly(2026, 11, 30),
            Uren = 5m,
            GeregistreerdDoor = "medewerker-1",
        });
        await db.SaveChangesAsync();
    }

    private static string[] Totalen(IEnumerable<Urenregel> uren) =>
        [.. uren.GroupBy(r => r.Soort).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => $"{g.Key}={g.Sum(r => r.Uren).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}")];
}
