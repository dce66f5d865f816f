using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Levensloop;
using TestSupport;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>Each kind of DUO signal from entry to processing, on SQLite; the clock is at Friday 4 December 2026.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoSignaalVerwerkingTests(DatabaseProvider provider)
{
    private static readonly DataSubject s_suzanne = new("BSN", "999993653");

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task NieuwePlichtige_WithoutDossier_RegistersDossier()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        var result = await _plugin.ProcessAsync(signaalId);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var signaal = (await _plugin.AllSignalsAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.duo-signaal", signaalId)));
        Assert.That(dossier.Bsn, Is.EqualTo("999993653"));
        Assert.That(dossier.Naam, Is.EqualTo("Suzanne Moulin"));
        Assert.That(dossier.Doelgroep, Is.EqualTo(Doelgroep.Gezinsmigrant));
        Assert.That(dossier.WetRegime, Is.EqualTo(WetRegime.Wi2021));
        Assert.That(dossier.Koppeldatum, Is.EqualTo(new DateOnly(2026, 10, 1)));
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Gekoppeld));
        Assert.That(signaal.Status, Is.EqualTo(DuoSignaalStatus.Verwerkt));
        Assert.That(signaal.DossierId, Is.EqualTo(dossier.Id));
        Assert.That(signaal.VerwerktOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(signaal.VerwerktDoor, Is.EqualTo("medewerker-17"));
    }

    [Test]
    public async Task NieuwePlichtige_LateSignal_KeepsLegalDate()
    {
        // DUO dated the signal 1 October; it arrives and is entered on 4 December, 9 weeks later.
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        await _plugin.ProcessAsync(signaalId);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var signaal = (await _plugin.AllSignalsAsync()).Single();
        Assert.That(dossier.DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 10, 1)));
        Assert.That(signaal.OntvangenOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
    }

    [Test]
    public async Task NieuwePlichtige_WithKoppeldatum_RegistersOnIt()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021", koppeldatum: "28-9-2026");

        await _plugin.ProcessAsync(signaalId);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(dossier.Koppeldatum, Is.EqualTo(new DateOnly(2026, 9, 28)));
        Assert.That(dossier.DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 10, 1)));
    }

    [Test]
    public async Task NieuwePlichtige_OnVNummer_RegistersAsielstatushouder()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-02", bsn: null, vnummer: "12.34.56.7890", doelgroep: "Asielstatushouder", wetRegime: "Wi2021");

        var result = await _plugin.ProcessAsync(signaalId);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Bsn, Is.Null);
        Assert.That(dossier.VNummer, Is.EqualTo("1234567890"));
        Assert.That(dossier.DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 11, 2)));
        Assert.That(_plugin.ProcessingLog.Records[^1], Is.EqualTo(new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Update, new DataSubject("V-nummer", "1234567890"))));
    }

    [Test]
    public async Task NieuwePlichtige_ExistingDossier_LinksAndSetsKennisgeving()
    {
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-11-20");
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-18", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        await _plugin.ProcessAsync(signaalId);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(dossier.Id.ToString(), Is.EqualTo(registered.NavigateTo!.RecordId));
        Assert.That(dossier.Koppeldatum, Is.EqualTo(new DateOnly(2026, 11, 20)));
        Assert.That(dossier.DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 11, 18)));
        Assert.That((await _plugin.AllSignalsAsync()).Single().DossierId, Is.EqualTo(dossier.Id));
    }

    [Test]
    public async Task NieuwePlichtige_EarlierLegalDate_ReplacesLaterOne()
    {
        await _plugin.ProcessAsync(await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021"));

        await _plugin.ProcessAsync(await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-31", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021"));

        Assert.That((await _plugin.AllDossiersAsync()).Single().DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 10, 31)));
    }

    [Test]
    public async Task NieuwePlichtige_LaterLegalDate_KeepsEarlierOne()
    {
        await _plugin.ProcessAsync(await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021"));

        var result = await _plugin.ProcessAsync(await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-02", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021"));

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 11, 1)));
    }

    [Test]
    public async Task NieuwePlichtige_BsnUnknownToBrp_StaysNew()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-02", bsn: "111222333", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bsn" }));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
        Assert.That((await _plugin.AllSignalsAsync()).Single().Status, Is.EqualTo(DuoSignaalStatus.Nieuw));
    }

    [Test]
    public async Task NieuwePlichtige_NewDossier_RecordsProcessingExactly()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        await _plugin.LoadScreenAsync("inburgering.duo-signaal", signaalId);

        await _plugin.ProcessAsync(signaalId);

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Create, s_suzanne),
            new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Read, s_suzanne),
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Retrieve, s_suzanne),
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Create, s_suzanne),
            new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Update, s_suzanne),
        }));
    }

    [Test]
    public async Task Correctie_BothValues_RecordsOldAndNew()
    {
        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant", koppeldatum: "2022-03-01", wetRegime: "Wi2013");
        var signaalId = await _plugin.EnterValidSignalAsync("Correctie", "2026-11-30", doelgroep: "OverigeMigrant", wetRegime: "Wi2021");
        _plugin.ProcessingLog.Clear();

        var result = await _plugin.ProcessAsync(signaalId);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var correcties = await _plugin.AllCorrectionsAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.WetRegime, Is.EqualTo(WetRegime.Wi2021));
        Assert.That(dossier.Doelgroep, Is.EqualTo(Doelgroep.OverigeMigrant));
        Assert.That(correcties.Select(c => (c.Gegeven, c.OudeWaarde, c.NieuweWaarde)), Is.EquivalentTo(new[]
        {
            (CorrectieGegeven.WetRegime, "Wi2013", "Wi2021"),
            (CorrectieGegeven.Doelgroep, "Gezinsmigrant", "OverigeMigrant"),
        }));
        Assert.That(correcties.Select(c => c.Reden), Has.All.EqualTo("Correctie door DUO"));
        Assert.That(correcties.Select(c => c.DuoSignaalId), Has.All.EqualTo(Guid.Parse(signaalId)));
        Assert.That(correcties.Select(c => c.Op), Has.All.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Update, s_suzanne) }));
    }

    [TestCase("2021-12-31", false)]
    [TestCase("2022-01-01", true)]
    [TestCase("2022-01-02", true)]
    public async Task Correctie_ToWi2021_NeedsKoppeldatumFrom2022(string koppeldatum, bool allowed)
    {
        await _plugin.RegisterAsync("999993653", koppeldatum: koppeldatum, wetRegime: "Wi2013");
        var signaalId = await _plugin.EnterValidSignalAsync("Correctie", "2026-11-30", wetRegime: "Wi2021");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Succeeded, Is.EqualTo(allowed));
        Assert.That((await _plugin.AllDossiersAsync()).Single().WetRegime, Is.EqualTo(allowed ? WetRegime.Wi2021 : WetRegime.Wi2013));
        Assert.That((await _plugin.AllSignalsAsync()).Single().Status, Is.EqualTo(allowed ? DuoSignaalStatus.Verwerkt : DuoSignaalStatus.Nieuw));
        Assert.That(await _plugin.AllCorrectionsAsync(), Has.Count.EqualTo(allowed ? 1 : 0));
    }

    [Test]
    public async Task Correctie_WithoutDossier_IsRefused()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("Correctie", "2026-11-30", doelgroep: "OverigeMigrant");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Deze gemeente heeft geen dossier voor de persoon in dit signaal."));
        Assert.That((await _plugin.AllSignalsAsync()).Single().Status, Is.EqualTo(DuoSignaalStatus.Nieuw));
    }

    [Test]
    public async Task Correctie_ThatChangesNothing_IsRefused()
    {
        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant");
        var signaalId = await _plugin.EnterValidSignalAsync("Correctie", "2026-11-30", doelgroep: "Gezinsmigrant");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "doelgroep" }));
        Assert.That(await _plugin.AllCorrectionsAsync(), Is.Empty);
    }

    [Test]
    public async Task Correctie_VNummerDossierToGezinsmigrant_IsRefused()
    {
        await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");
        var signaalId = await _plugin.EnterValidSignalAsync("Correctie", "2026-11-30", bsn: null, vnummer: "1234567890", doelgroep: "Gezinsmigrant");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "doelgroep" }));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Doelgroep, Is.EqualTo(Doelgroep.Asielstatushouder));
    }

    [Test]
    public async Task Intrekking_RestrictsAndClosesOpenTasks()
    {
        var dossierId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!;
        var otherId = (await _plugin.RegisterAsync("999992806")).NavigateTo!.RecordId!;
        await EnsureTaskAsync($"inburgering.brede-intake-plannen:{dossierId}", "inburgering.brede-intake-plannen", dossierId);
        await EnsureTaskAsync($"inburgering.pip-te-laat:{dossierId}", "inburgering.pip-te-laat", dossierId);
        await EnsureTaskAsync($"inburgering.pip-te-laat:{otherId}", "inburgering.pip-te-laat", otherId);
        await EnsureTaskAsync($"bijstand.herbeoordeling:{dossierId}", "bijstand.herbeoordeling", dossierId);
        var signaalId = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");

        var result = await _plugin.ProcessAsync(signaalId);

        var dossier = await _plugin.DossierAsync(dossierId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.BeperktOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(dossier.BeperkingReden, Is.EqualTo("Intrekking door DUO"));
        Assert.That(dossier.BeperktDoor, Is.EqualTo("medewerker-17"));
        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { $"inburgering.pip-te-laat:{otherId}", $"bijstand.herbeoordeling:{dossierId}" }));
        Assert.That(_plugin.WorkTasks.All.Where(e => e.ClosedReason is not null).Select(e => e.ClosedReason!.Nl), Has.All.StartWith("Gesloten: DUO heeft de melding ingetrokken"));
        Assert.That((await _plugin.DossierAsync(otherId)).IsBeperkt, Is.False);
    }

    [Test]
    public async Task Intrekking_AlreadyRestricted_KeepsRestriction()
    {
        var dossierId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!;
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", dossierId, await _plugin.DossierVersionAsync(dossierId), ("beperkingReden", "Verzoek van de betrokkene"));
        await EnsureTaskAsync($"inburgering.pip-te-laat:{dossierId}", "inburgering.pip-te-laat", dossierId);
        var signaalId = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await _plugin.DossierAsync(dossierId)).BeperkingReden, Is.EqualTo("Verzoek van de betrokkene"));
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [Test]
    public async Task Intrekking_WithoutDossier_IsRefused()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Succeeded, Is.False);
        Assert.That((await _plugin.AllSignalsAsync()).Single().Status, Is.EqualTo(DuoSignaalStatus.Nieuw));
    }

    [Test]
    public async Task NieuwePlichtige_RestrictedDossier_IsRefused()
    {
        var dossierId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!;
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", dossierId, await _plugin.DossierVersionAsync(dossierId), ("beperkingReden", "Intrekking door DUO"));
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-18", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt"));
        Assert.That((await _plugin.DossierAsync(dossierId)).DuoKennisgevingOp, Is.Null);
    }

    [Test]
    public async Task Invoeren_SameSignalTwice_IsRefusedAsDuplicate()
    {
        await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-18", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        var result = await _plugin.EnterSignalAsync("NieuwePlichtige", "18-11-2026", bsn: "9999.93.653", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "soort" }));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit signaal staat al in de inbox"));
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(1));
    }

    [TestCase("Correctie", "2026-11-18", "999993653")]
    [TestCase("NieuwePlichtige", "2026-11-19", "999993653")]
    [TestCase("NieuwePlichtige", "2026-11-18", "999992806")]
    public async Task Invoeren_DifferentKindDateOrPerson_IsAccepted(string soort, string datum, string bsn)
    {
        await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-11-18", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        var result = await _plugin.EnterSignalAsync(soort, datum, bsn: bsn, doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Invoeren_SameSignalAfterRejection_IsStillDuplicate()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");
        await _plugin.ExecuteAsync("inburgering.duo-signaal-afwijzen", signaalId, ("afwijsReden", "Per vergissing ingevoerd"));

        var result = await _plugin.EnterSignalAsync("Intrekking", "2026-12-01");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "soort" }));
    }

    [Test]
    public async Task Verwerken_Twice_IsRefused()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        await _plugin.ProcessAsync(signaalId);
        _plugin.ProcessingLog.Clear();
        _plugin.Clock.Advance(TimeSpan.FromHours(1));

        var result = await _plugin.ProcessAsync(signaalId);

        var signaal = (await _plugin.AllSignalsAsync()).Single();
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit signaal is al verwerkt of afgewezen"));
        Assert.That(signaal.VerwerktOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(await _plugin.AllDossiersAsync(), Has.Count.EqualTo(1));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Afwijzen_WithReason_RejectsWithoutDossier()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        _plugin.ProcessingLog.Clear();

        var result = await _plugin.ExecuteAsync("inburgering.duo-signaal-afwijzen", signaalId, ("afwijsReden", "Woont niet in deze gemeente"));

        var signaal = (await _plugin.AllSignalsAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(signaal.Status, Is.EqualTo(DuoSignaalStatus.Afgewezen));
        Assert.That(signaal.AfwijsReden, Is.EqualTo("Woont niet in deze gemeente"));
        Assert.That(signaal.VerwerktDoor, Is.EqualTo("medewerker-17"));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Update, s_suzanne) }));
    }

    [Test]
    public async Task Afwijzen_WithoutReason_IsInvalid()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");

        var result = await _plugin.ExecuteAsync("inburgering.duo-signaal-afwijzen", signaalId, ("afwijsReden", " "));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "afwijsReden" }));
        Assert.That((await _plugin.AllSignalsAsync()).Single().Status, Is.EqualTo(DuoSignaalStatus.Nieuw));
    }

    [Test]
    public async Task Verwerken_AfterRejection_IsRefused()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        await _plugin.ExecuteAsync("inburgering.duo-signaal-afwijzen", signaalId, ("afwijsReden", "Woont niet in deze gemeente"));

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
    }

    [Test]
    public async Task Verwerken_OtherGemeentesSignal_IsNotFound()
    {
        var signaalId = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.ProcessAsync(signaalId);

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit signaal bestaat niet in deze gemeente."));
    }

    [Test]
    public async Task Invoeren_RecordsCreateExactly()
    {
        await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01", bsn: null, vnummer: "1234567890");

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Create, new DataSubject("V-nummer", "1234567890")) }));
    }

    private Task<bool> EnsureTaskAsync(string key, string kind, string recordId) =>
        _plugin.WorkTasks.EnsureAsync(new WorkTask(key, kind, recordId, new LocalizedText("Taak", "Task"), new DateOnly(2026, 12, 10)), CancellationToken.None);
}
