using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Tests.DuoSignalen;
using TestSupport;

namespace Inburgering.Plugin.Tests.Levensloop;

/// <summary>
/// The lifecycle actions "Traject gestart" and "Vertrokken" and their refusals; today is Friday 4 December 2026 and the
/// dossier was registered with koppeldatum 20 November 2026.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LevensloopTests(DatabaseProvider provider)
{
    private static readonly ProcessingRecord s_dossierbeheerUpdate =
        new("inburgering.dossierbeheer", ProcessingOperation.Update, new DataSubject("BSN", "999993653"));

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = (await _plugin.RegisterAsync("999993653", koppeldatum: "2026-11-20")).NavigateTo!.RecordId!;
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task TrajectGestart_PipVastgesteld_MovesToInTraject()
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 27), DossierStatus.BredeIntake, DossierStatus.PipVastgesteld);

        var result = await StartTrajectAsync("2-12-2026");

        var dossier = await _plugin.DossierAsync(_dossierId);
        var wijziging = (await _plugin.AllStatusChangesAsync())[^1];
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.InTraject));
        Assert.That(dossier.StatusSinds, Is.EqualTo(new DateOnly(2026, 12, 2)));
        Assert.That(dossier.AfgeslotenOp, Is.Null);
        Assert.That((wijziging.VorigeStatus, wijziging.NieuweStatus, wijziging.Op, wijziging.Door), Is.EqualTo((DossierStatus.PipVastgesteld, DossierStatus.InTraject, new DateOnly(2026, 12, 2), "medewerker-17")));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { s_dossierbeheerUpdate }));
    }

    [TestCase("2026-11-26", false)]
    [TestCase("2026-11-27", true)]
    [TestCase("2026-12-04", true)]
    [TestCase("2026-12-05", false)]
    public async Task TrajectGestart_Date_FromStatusSindsUntilToday(string datum, bool allowed)
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 27), DossierStatus.BredeIntake, DossierStatus.PipVastgesteld);

        var result = await StartTrajectAsync(datum);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(allowed ? Array.Empty<string>() : new[] { "trajectGestartOp" }));
        Assert.That((await _plugin.DossierAsync(_dossierId)).Status, Is.EqualTo(allowed ? DossierStatus.InTraject : DossierStatus.PipVastgesteld));
    }

    [TestCase("Gekoppeld")]
    [TestCase("BredeIntake")]
    [TestCase("InTraject")]
    public async Task TrajectGestart_OtherStatus_IsRefused(string statusName)
    {
        var status = Enum.Parse<DossierStatus>(statusName);
        DossierStatus[] path = status switch
        {
            DossierStatus.BredeIntake => [DossierStatus.BredeIntake],
            DossierStatus.InTraject => [DossierStatus.BredeIntake, DossierStatus.PipVastgesteld, DossierStatus.InTraject],
            _ => [],
        };
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 27), path);

        var result = await StartTrajectAsync("2026-12-02");

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Een traject start pas als het PIP is vastgesteld"));
        Assert.That((await _plugin.DossierAsync(_dossierId)).Status, Is.EqualTo(status));
    }

    [Test]
    public async Task TrajectGestart_StaleVersion_ReturnsConflict()
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 27), DossierStatus.BredeIntake, DossierStatus.PipVastgesteld);

        var result = await _plugin.ExecuteVersionedAsync("inburgering.traject-gestart", _dossierId, Guid.NewGuid().ToString("N"), ("trajectGestartOp", "2026-12-02"));

        Assert.That(result.IsConflict, Is.True);
        Assert.That((await _plugin.DossierAsync(_dossierId)).Status, Is.EqualTo(DossierStatus.PipVastgesteld));
    }

    [Test]
    public async Task Vertrokken_Abroad_ClosesDossier()
    {
        var result = await LeaveAsync("2026-12-01", "Buitenland", "Vertrek volgens de BRP");

        var dossier = await _plugin.DossierAsync(_dossierId);
        var wijziging = (await _plugin.AllStatusChangesAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Vertrokken));
        Assert.That(dossier.AfgeslotenOp, Is.EqualTo(new DateOnly(2026, 12, 1)));
        Assert.That(dossier.AfsluitReden, Is.EqualTo(AfsluitReden.VertrokkenNaarBuitenland));
        Assert.That(wijziging.Reden, Is.EqualTo("Buitenland: Vertrek volgens de BRP"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { s_dossierbeheerUpdate }));
    }

    [Test]
    public async Task Vertrokken_ToAnotherGemeente_ClosesWithoutAfsluitReden()
    {
        var result = await LeaveAsync("2026-12-01", "AndereGemeente", "Verhuisd; de nieuwe gemeente neemt het over");

        var dossier = await _plugin.DossierAsync(_dossierId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Vertrokken));
        Assert.That(dossier.AfsluitReden, Is.Null);
        Assert.That((await _plugin.AllStatusChangesAsync()).Single().Reden, Is.EqualTo("Andere gemeente: Verhuisd; de nieuwe gemeente neemt het over"));
    }

    [TestCase("2026-11-19", false)]
    [TestCase("2026-11-20", true)]
    [TestCase("2026-12-04", true)]
    [TestCase("2026-12-05", false)]
    public async Task Vertrokken_Date_FromStatusSindsUntilToday(string datum, bool allowed)
    {
        var result = await LeaveAsync(datum, "Buitenland", "Vertrek volgens de BRP");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(allowed ? Array.Empty<string>() : new[] { "vertrokkenOp" }));
    }

    [Test]
    public async Task Vertrokken_WithoutInputs_NamesEveryField()
    {
        var result = await LeaveAsync(null, null, null);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "vertrokkenOp", "bestemming", "vertrekReden" }));
    }

    [Test]
    public async Task Vertrokken_ClosedDossier_IsRefused()
    {
        await LeaveAsync("2026-12-01", "Buitenland", "Vertrek volgens de BRP");

        var result = await LeaveAsync("2026-12-02", "AndereGemeente", "Nogmaals");

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Dit dossier is al afgesloten."));
        Assert.That(await _plugin.AllStatusChangesAsync(), Has.Count.EqualTo(1));
    }

    [TestCase("inburgering.vertrokken")]
    [TestCase("inburgering.traject-gestart")]
    public async Task Action_RestrictedDossier_IsRefused(string actionId)
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 27), DossierStatus.BredeIntake, DossierStatus.PipVastgesteld);
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("beperkingReden", "Intrekking door DUO"));

        var result = await _plugin.ExecuteVersionedAsync(
            actionId, _dossierId, await _plugin.DossierVersionAsync(_dossierId),
            ("trajectGestartOp", "2026-12-02"), ("vertrokkenOp", "2026-12-02"), ("bestemming", "Buitenland"), ("vertrekReden", "BRP"));

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt"));
        Assert.That((await _plugin.DossierAsync(_dossierId)).Status, Is.EqualTo(DossierStatus.PipVastgesteld));
    }

    [Test]
    public async Task DossierScreen_Verloop_ShowsEveryTransition()
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 25), DossierStatus.BredeIntake);
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 27), DossierStatus.PipVastgesteld);
        await StartTrajectAsync("2026-12-02");
        await LeaveAsync("2026-12-03", "Buitenland", "Vertrek volgens de BRP");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        var verloop = screen!.Sections.Single(s => s.Title.Nl == "Verloop").Elements.OfType<ListElement>().Single();
        Assert.That(verloop.Rows.Select(r => (r.Values[0], r.Values[1], r.Values[2])), Is.EqualTo(new[]
        {
            ((object?)new DateOnly(2026, 11, 25), (object?)"Gekoppeld", (object?)"BredeIntake"),
            (new DateOnly(2026, 11, 27), "BredeIntake", "PipVastgesteld"),
            (new DateOnly(2026, 12, 2), "PipVastgesteld", "InTraject"),
            (new DateOnly(2026, 12, 3), "InTraject", "Vertrokken"),
        }));
    }

    [Test]
    public async Task DossierScreen_PipVastgesteld_OffersLifecycleActions()
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 11, 27), DossierStatus.BredeIntake, DossierStatus.PipVastgesteld);

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.traject-gestart", "inburgering.vertrokken", "inburgering.sluit-af", "inburgering.overdracht-voorbereiden", "inburgering.overdracht-exporteren", "inburgering.wet-regime-corrigeren", "inburgering.beperk", "inburgering.verhuizing-controleren" }));
    }

    [Test]
    public async Task DossierScreen_Closed_OffersOnlyCorrectionAndRestriction()
    {
        await LeaveAsync("2026-12-01", "Buitenland", "Vertrek volgens de BRP");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.wet-regime-corrigeren", "inburgering.beperk" }));
    }

    private async Task<ActionResult> StartTrajectAsync(string datum) =>
        await _plugin.ExecuteVersionedAsync("inburgering.traject-gestart", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("trajectGestartOp", datum));

    private async Task<ActionResult> LeaveAsync(string? datum, string? bestemming, string? reden) =>
        await _plugin.ExecuteVersionedAsync(
            "inburgering.vertrokken", _dossierId, await _plugin.DossierVersionAsync(_dossierId),
            ("vertrokkenOp", datum), ("bestemming", bestemming), ("vertrekReden", reden));
}
