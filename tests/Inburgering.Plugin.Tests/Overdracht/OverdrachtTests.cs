using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Overdracht.OverdrachtSteps;
using static Inburgering.Plugin.Tests.Pip.PipTestSteps;

namespace Inburgering.Plugin.Tests.Overdracht;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OverdrachtTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task RoundTrip_RotterdamToDenHaag_KeepsLeerrouteTermijnAndHours()
    {
        var oudId = await DossierMetPipAsync(_plugin);
        var oud = (await _plugin.AllDossiersAsync()).Single(d => d.Id == Guid.Parse(oudId));
        var overdrachtId = await VerzondenAsync(_plugin, oudId);

        var accepted = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);

        var nieuwId = Guid.Parse(accepted.NavigateTo!.RecordId!);
        var dossiers = await _plugin.AllDossiersAsync();
        var nieuw = dossiers.Single(d => d.Id == nieuwId);
        var oudNa = dossiers.Single(d => d.Id == Guid.Parse(oudId));
        var versies = await VersiesAsync(_plugin);
        var uren = await WithDbAsync(_plugin, db => db.Urenregels.Where(u => u.DossierId == nieuwId).ToListAsync());
        var examens = await WithDbAsync(_plugin, db => db.Examenresultaten.Where(e => e.DossierId == nieuwId).ToListAsync());
        var leerroute = await WithDbAsync(_plugin, db => new PipLeerrouteVanDossier(db).LeesAsync(nieuwId, CancellationToken.None));
        Assert.That(accepted.Errors, Is.Empty);
        Assert.That(nieuw.Gemeente, Is.EqualTo("0518"));
        Assert.That(nieuw.Bsn, Is.EqualTo(TestBsn));
        Assert.That(nieuw.ClientId, Is.Not.Null);
        Assert.That(nieuw.Status, Is.EqualTo(DossierStatus.PipVastgesteld));
        Assert.That(nieuw.Koppeldatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(nieuw.DagtekeningEerstePip, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(nieuw.Termijn!.LaatsteDag, Is.EqualTo(oud.Termijn!.LaatsteDag));
        Assert.That(nieuw.Termijn!.LaatsteDag, Is.EqualTo(new DateOnly(2029, 12, 3)));
        Assert.That(leerroute!.Leerroute, Is.EqualTo(Leerroute.B1Route));
        Assert.That(versies.Where(v => v.DossierId == nieuwId).Select(v => v.OvergenomenVan), Is.EqualTo(new[] { "0599" }));
        Assert.That(uren.Sum(u => u.Uren), Is.EqualTo(160m));
        Assert.That(uren.Single(u => u.Uren == 120m).MetKeurmerk, Is.True);
        Assert.That(examens.Single().Score, Is.EqualTo(7.5m));
        Assert.That(oudNa.Status, Is.EqualTo(DossierStatus.Vertrokken));
        Assert.That(oudNa.AfgeslotenOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(_plugin.WorkTasks.Open.Select(t => t.Key), Is.EqualTo(new[] { $"inburgering.nieuw-pip-na-verhuizing:{nieuwId}" }));
        Assert.That(_plugin.WorkTasks.Open.Single().DueDate, Is.EqualTo(new DateOnly(2027, 2, 12)));
    }

    [Test]
    public async Task RoundTrip_BothSides_RecordedInProcessingLogAndOutbox()
    {
        var oudId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, oudId);

        var accepted = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);

        var records = _plugin.ProcessingLog.Records.Where(r => r.ActivityId == InburgeringProcessingActivities.Overdracht).Select(r => r.Operation).ToList();
        var meldingen = await WithDbAsync(_plugin, db => db.Meldingen.IgnoreQueryFilters().OrderBy(m => m.Tijd).ThenBy(m => m.Type).ToListAsync());
        Assert.That(records, Does.Contain(ProcessingOperation.Read));
        Assert.That(records.Count(o => o == ProcessingOperation.Update), Is.EqualTo(1));
        Assert.That(records.Count(o => o == ProcessingOperation.Create), Is.EqualTo(1));
        Assert.That(meldingen.Single(m => m.Type == MeldingTypen.OverdrachtVerzonden).Subject, Is.EqualTo(oudId));
        Assert.That(meldingen.Single(m => m.Type == MeldingTypen.OverdrachtVerzonden).Gemeente, Is.EqualTo("0599"));
        Assert.That(meldingen.Single(m => m.Type == MeldingTypen.OverdrachtGeaccepteerd).Subject, Is.EqualTo(accepted.NavigateTo!.RecordId));
        Assert.That(meldingen.Single(m => m.Type == MeldingTypen.OverdrachtGeaccepteerd).Gemeente, Is.EqualTo("0518"));
        Assert.That(meldingen.Count(m => m.Type == MeldingTypen.DossierStatusGewijzigd && m.Gemeente == "0599" && m.Data!.Contains("Vertrokken", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task Pakket_WithoutReason_LeavesHealthOut()
    {
        var dossierId = await DossierMetPipAsync(_plugin);

        var voorbereid = await VoorbereidenAsync(_plugin, dossierId);

        var overdracht = (await AllOverdrachtenAsync(_plugin)).Single();
        var pakket = OverdrachtPakketJson.Lees(overdracht.PakketJson);
        Assert.That(voorbereid.Errors, Is.Empty);
        Assert.That(pakket.Gezondheid, Is.Null);
        Assert.That(overdracht.PakketJson, Does.Not.Contain("Rugklachten"));
        Assert.That(overdracht.GezondheidReden, Is.Null);
        Assert.That(pakket.Intake!.AfgerondOp, Is.EqualTo(new DateOnly(2026, 11, 20)));
    }

    [Test]
    public async Task Pakket_WithReason_CarriesHealthAndReason()
    {
        var dossierId = await DossierMetPipAsync(_plugin);

        var voorbereid = await VoorbereidenAsync(_plugin, dossierId, gezondheidReden: "Aangepast lesrooster nodig");

        var overdracht = (await AllOverdrachtenAsync(_plugin)).Single();
        var pakket = OverdrachtPakketJson.Lees(overdracht.PakketJson);
        Assert.That(voorbereid.Errors, Is.Empty);
        Assert.That(pakket.Gezondheid!.Reden, Is.EqualTo("Aangepast lesrooster nodig"));
        Assert.That(pakket.Gezondheid.Lichamelijk, Is.EqualTo("Rugklachten bij lang staan"));
        Assert.That(pakket.Gezondheid.Psychisch, Is.EqualTo("Slaapt slecht"));
        Assert.That(overdracht.GezondheidReden, Is.EqualTo("Aangepast lesrooster nodig"));
    }

    [Test]
    public async Task Voorbereiden_HealthWithoutReason_NamesReasonField()
    {
        var dossierId = await DossierMetPipAsync(_plugin);

        var result = await VoorbereidenAsync(_plugin, dossierId, gezondheidReden: "");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "gezondheidReden" }));
        Assert.That(await AllOverdrachtenAsync(_plugin), Is.Empty);
    }

    [TestCase("518", TestName = "Voorbereiden_ThreeDigitCode_NamesGemeenteField")]
    [TestCase("0599", TestName = "Voorbereiden_OwnGemeente_NamesGemeenteField")]
    [TestCase("", TestName = "Voorbereiden_NoGemeente_NamesGemeenteField")]
    public async Task Voorbereiden_InvalidGemeente_NamesGemeenteField(string code)
    {
        var dossierId = await DossierMetPipAsync(_plugin);

        var result = await VoorbereidenAsync(_plugin, dossierId, ontvanger: code);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "ontvangerGemeente" }));
    }

    [TestCase("19-11-2026", false, TestName = "Verhuisdatum_DayBeforeKoppeldatum_IsRejected")]
    [TestCase("20-11-2026", true, TestName = "Verhuisdatum_OnKoppeldatum_IsAccepted")]
    [TestCase("2026-12-04", true, TestName = "Verhuisdatum_Today_IsAccepted")]
    [TestCase("05-12-2026", false, TestName = "Verhuisdatum_Tomorrow_IsRejected")]
    [TestCase("4 december 2026", false, TestName = "Verhuisdatum_Words_IsRejected")]
    public async Task Verhuisdatum_Bounds(string verhuisdatum, bool accepted)
    {
        var dossierId = await DossierMetPipAsync(_plugin);

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.overdracht-voorbereiden",
            dossierId,
            await _plugin.DossierVersionAsync(dossierId),
            ("ontvangerGemeente", "0518"),
            ("verhuisdatum", verhuisdatum));

        Assert.That(result.Succeeded, Is.EqualTo(accepted));
        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(accepted ? Array.Empty<string>() : new[] { "verhuisdatum" }));
    }

    [Test]
    public async Task Voorbereiden_KeepsOldDossierOpenUntilSent()
    {
        var dossierId = await DossierMetPipAsync(_plugin);

        await VoorbereidenAsync(_plugin, dossierId);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.PipVastgesteld));
    }

    [Test]
    public async Task Voorbereid_NotVisibleToReceiver()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = (await VoorbereidenAsync(_plugin, dossierId)).NavigateTo!.RecordId!;

        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var screen = await _plugin.LoadScreenAsync("inburgering.overdracht", overdrachtId);
        var list = await _plugin.LoadScreenAsync("inburgering.overdrachten", null);
        var accept = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);

        Assert.That(screen, Is.Null);
        Assert.That(list!.Sections[0].Elements.OfType<ListElement>().Single().Rows, Is.Empty);
        Assert.That(accept.Succeeded, Is.False);
    }

    [Test]
    public async Task ThirdGemeente_CannotSeeOrAccept()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);

        _plugin.Tenant.Current = Utrecht;
        var screen = await _plugin.LoadScreenAsync("inburgering.overdracht", overdrachtId);
        var list = await _plugin.LoadScreenAsync("inburgering.overdrachten", null);
        var accept = await _plugin.ExecuteVersionedAsync("inburgering.overdracht-accepteren", overdrachtId, await VersionAsync(_plugin, overdrachtId));

        Assert.That(screen, Is.Null);
        Assert.That(list!.Sections[0].Elements.OfType<ListElement>().Single().Rows, Is.Empty);
        Assert.That(accept.Succeeded, Is.False);
        Assert.That((await _plugin.AllDossiersAsync()).Select(d => d.Gemeente), Is.EqualTo(new[] { "0599" }));
    }

    [Test]
    public async Task Sender_CannotAcceptOwnOverdracht()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);

        var accept = await RunAsync(_plugin, PluginHarness.Rotterdam, "inburgering.overdracht-accepteren", overdrachtId);

        Assert.That(accept.Succeeded, Is.False);
        Assert.That((await AllOverdrachtenAsync(_plugin)).Single().Status, Is.EqualTo(OverdrachtStatus.Verzonden));
    }

    [Test]
    public async Task Accept_Twice_CreatesOneDossier()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);
        var pakket = OverdrachtPakketJson.Lees((await AllOverdrachtenAsync(_plugin)).Single().PakketJson);

        var first = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);
        var second = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);
        var direct = await WithOntvangstAsync(ontvangst => ontvangst.NeemOverAsync(pakket, CancellationToken.None));

        Assert.That(first.Succeeded, Is.True);
        Assert.That(second.Succeeded, Is.False);
        Assert.That(direct.AlOvergenomen, Is.True);
        Assert.That(direct.DossierId.ToString(), Is.EqualTo(first.NavigateTo!.RecordId));
        Assert.That((await _plugin.AllDossiersAsync()).Count(d => d.Gemeente == "0518"), Is.EqualTo(1));
    }

    [Test]
    public async Task Withdraw_ThenAccept_IsRefused()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);

        var withdrawn = await RunAsync(_plugin, PluginHarness.Rotterdam, "inburgering.overdracht-intrekken", overdrachtId, ("reden", "Verkeerde gemeente gekozen"));
        var accept = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);

        var overdracht = (await AllOverdrachtenAsync(_plugin)).Single();
        Assert.That(withdrawn.Succeeded, Is.True);
        Assert.That(accept.Succeeded, Is.False);
        Assert.That(overdracht.Status, Is.EqualTo(OverdrachtStatus.Ingetrokken));
        Assert.That(overdracht.Reden, Is.EqualTo("Verkeerde gemeente gekozen"));
        Assert.That((await _plugin.AllDossiersAsync()).Select(d => d.Gemeente), Is.EqualTo(new[] { "0599" }));
    }

    [Test]
    public async Task Withdraw_AfterAccept_IsRefused()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);
        await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);

        var withdrawn = await RunAsync(_plugin, PluginHarness.Rotterdam, "inburgering.overdracht-intrekken", overdrachtId, ("reden", "Te laat"));

        Assert.That(withdrawn.Succeeded, Is.False);
        Assert.That((await AllOverdrachtenAsync(_plugin)).Single().Status, Is.EqualTo(OverdrachtStatus.Geaccepteerd));
    }

    [Test]
    public async Task Refuse_WithoutReason_NamesReasonField()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);

        var refused = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-weigeren", overdrachtId, ("reden", " "));

        Assert.That(refused.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "reden" }));
    }

    [Test]
    public async Task Refuse_ThenPrepareAgain_SendsToOtherGemeente()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);
        var refused = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-weigeren", overdrachtId, ("reden", "Woont niet in deze gemeente"));

        var again = await VoorbereidenAsync(_plugin, dossierId, ontvanger: "0344");

        var overdrachten = await AllOverdrachtenAsync(_plugin);
        Assert.That(refused.Succeeded, Is.True);
        Assert.That(again.Errors, Is.Empty);
        Assert.That(overdrachten.Select(o => (o.OntvangerGemeente, o.Status)), Is.EquivalentTo(new[] { ("0518", OverdrachtStatus.Geweigerd), ("0344", OverdrachtStatus.Voorbereid) }));
    }

    [Test]
    public async Task Voorbereiden_WhileSent_IsRefused()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        await VerzondenAsync(_plugin, dossierId);

        var again = await VoorbereidenAsync(_plugin, dossierId, ontvanger: "0344");

        Assert.That(again.Succeeded, Is.False);
        Assert.That(await AllOverdrachtenAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Voorbereiden_AfterMoveAbroad_IsRefused()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        await RunAsync(_plugin, "inburgering.vertrokken", dossierId, ("vertrokkenOp", "2026-12-04"), ("bestemming", "Buitenland"), ("vertrekReden", "Vertrek volgens de BRP"));

        var result = await VoorbereidenAsync(_plugin, dossierId);
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", dossierId);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.Contain("vertrok naar een andere gemeente"));
        Assert.That(screen!.Actions, Does.Not.Contain("inburgering.overdracht-voorbereiden"));
    }

    [Test]
    public async Task DossierScreen_AfterRefusal_OffersVoorbereiden()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);
        await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-weigeren", overdrachtId, ("reden", "Woont niet in deze gemeente"));

        _plugin.Tenant.Current = PluginHarness.Rotterdam;
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", dossierId);

        Assert.That(screen!.Actions, Does.Contain("inburgering.overdracht-voorbereiden"));
    }

    [Test]
    public async Task NewPip_WithOtherLeerroute_IsRefused()
    {
        var nieuwId = await AcceptedDossierAsync();
        var wijzigen = await RunAsync(_plugin, "inburgering.pip-wijzigen", nieuwId, ("soort", "Verhuizing"), ("wijzigingsreden", "Nieuw PIP na verhuizing"));

        var concept = await ConceptAsync(_plugin, nieuwId, ConceptForm("ZRoute", "A2"));

        Assert.That(wijzigen.Errors, Is.Empty);
        Assert.That(concept.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "leerroute" }));
    }

    [Test]
    public async Task NewPip_WithSameLeerroute_ClosesTaskAndKeepsTermijn()
    {
        var nieuwId = await AcceptedDossierAsync();
        await RunAsync(_plugin, "inburgering.pip-wijzigen", nieuwId, ("soort", "Verhuizing"), ("wijzigingsreden", "Nieuw PIP na verhuizing"));
        var concept = await ConceptAsync(_plugin, nieuwId);
        var vastgesteld = await VaststellenAsync(_plugin, nieuwId, "2026-12-04");

        await _plugin.RunDeadlineScanAsync(NieuwPipNaVerhuizingRegel.TaskKind);

        var nieuw = (await _plugin.AllDossiersAsync()).Single(d => d.Id == Guid.Parse(nieuwId));
        Assert.That(concept.Errors, Is.Empty);
        Assert.That(vastgesteld.Errors, Is.Empty);
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
        Assert.That(nieuw.DagtekeningEerstePip, Is.EqualTo(new DateOnly(2026, 12, 3)));
    }

    [Test]
    public async Task DeadlineScan_BeforeNewPip_KeepsTaskOpen()
    {
        var nieuwId = await AcceptedDossierAsync();
        _plugin.Clock.Advance(TimeSpan.FromDays(80));

        await _plugin.RunDeadlineScanAsync(NieuwPipNaVerhuizingRegel.TaskKind);

        Assert.That(_plugin.WorkTasks.Open.Select(t => t.RecordId), Is.EqualTo(new[] { nieuwId }));
        Assert.That(_plugin.WorkTasks.Open.Single().DueDate, Is.EqualTo(new DateOnly(2027, 2, 12)));
    }

    [Test]
    public async Task OverdrachtScreen_Receiver_ShowsPersonAndRecordsRead()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, dossierId);
        _plugin.ProcessingLog.Clear();

        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var screen = await _plugin.LoadScreenAsync("inburgering.overdracht", overdrachtId);

        Assert.That(Field(screen!, "bsn"), Is.EqualTo(TestBsn));
        Assert.That(Field(screen!, "leerroute"), Is.EqualTo("B1Route"));
        Assert.That(Field(screen!, "laatsteDagTermijn"), Is.EqualTo(new DateOnly(2029, 12, 3)));
        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.overdracht-accepteren", "inburgering.overdracht-weigeren" }));
        Assert.That(_plugin.ProcessingLog.Records.Single().Operation, Is.EqualTo(ProcessingOperation.Read));
        Assert.That(_plugin.ProcessingLog.Records.Single().ActivityId, Is.EqualTo(InburgeringProcessingActivities.Overdracht));
    }

    [Test]
    public async Task OverdrachtenScreen_ShowsNoPersonalData()
    {
        var dossierId = await DossierMetPipAsync(_plugin);
        await VerzondenAsync(_plugin, dossierId);
        _plugin.ProcessingLog.Clear();

        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var list = (await _plugin.LoadScreenAsync("inburgering.overdrachten", null))!.Sections[0].Elements.OfType<ListElement>().Single();

        Assert.That(list.Rows.Single().Values.Take(2), Is.EqualTo(new object?[] { "Inkomend", "0599" }));
        Assert.That(list.Rows.Single().Values[3], Is.EqualTo("Verzonden"));
        Assert.That(list.Rows.Single().Values, Has.None.EqualTo(TestBsn));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    /// <summary>Runs the whole handover and returns the receiver's dossier id, with 0518 as the current gemeente.</summary>
    private async Task<string> AcceptedDossierAsync()
    {
        var oudId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, oudId);
        var accepted = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);
        Assert.That(accepted.Errors, Is.Empty);
        return accepted.NavigateTo!.RecordId!;
    }

    private async Task<T> WithOntvangstAsync<T>(Func<IOverdrachtOntvangst, Task<T>> work)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IOverdrachtOntvangst>());
    }
}
