using Host.Abstractions;
using Inburgering.Plugin.Tests.DuoSignalen;
using Inburgering.Plugin.Verhuizing;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Verhuizing;

/// <summary>
/// The dossier actions "BRP controleren op verhuizing" and "Geen verhuizing", and the hand-over mark for the overdracht.
/// Suzanne Moulin (999993653) has a dossier in Rotterdam (0599); today is Friday 4 December 2026.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VerhuizingActionTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!;
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Controleren_Moved_RecordsVerhuizing()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);

        var result = await ControleerAsync();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Does.StartWith("Verhuizing naar gemeente 0518 gesignaleerd."));
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.dossier", _dossierId)));
        Assert.That((await _plugin.AllVerhuizingenAsync()).Single().Bron, Is.EqualTo(VerhuizingBron.Brp));
    }

    [Test]
    public async Task Controleren_NotMoved_SaysNoMove()
    {
        var result = await ControleerAsync();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Does.StartWith("Geen verhuizing naar een andere gemeente"));
        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
    }

    [Test]
    public async Task Controleren_AlreadyDetected_SaysSo()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);
        await ControleerAsync();

        var result = await ControleerAsync();

        Assert.That(result.Message!.Nl, Does.StartWith("De BRP schrijft de persoon nog steeds in bij gemeente 0518; dat is geen nieuwe verhuizing."));
        Assert.That(await _plugin.AllVerhuizingenAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Controleren_DismissedSameMove_SaysHandled()
    {
        await DetectAsync();
        await DismissAsync("Adres in het klantsysteem was fout.");
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag with { DatumInschrijvingInGemeente = PartialDate.FromDate(new DateOnly(2026, 12, 4)) });

        var result = await ControleerAsync();

        Assert.That(result.Message!.Nl, Does.StartWith("De BRP schrijft de persoon in een andere gemeente in; die verhuizing was al gesignaleerd of afgehandeld."));
        Assert.That(await _plugin.AllVerhuizingenAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Controleren_BrpFails_ReturnsError()
    {
        _plugin.Brp.FailureProblem = "timed out";

        var result = await ControleerAsync();

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De BRP is niet bereikbaar"));
    }

    [Test]
    public async Task Controleren_StaleVersion_ReturnsConflict()
    {
        var result = await _plugin.ExecuteVersionedAsync("inburgering.verhuizing-controleren", _dossierId, Guid.NewGuid().ToString("N"));

        Assert.That(result.IsConflict, Is.True);
        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(1), "only the registration's lookup");
    }

    [Test]
    public async Task Controleren_WithoutBsn_ReturnsError()
    {
        var vnummerDossier = (await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890")).NavigateTo!.RecordId!;

        var result = await _plugin.ExecuteVersionedAsync("inburgering.verhuizing-controleren", vnummerDossier, await _plugin.DossierVersionAsync(vnummerDossier));

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit dossier heeft nog geen BSN"));
    }

    [Test]
    public async Task Controleren_OtherGemeentesDossier_IsNotFound()
    {
        var version = await _plugin.DossierVersionAsync(_dossierId);
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.ExecuteVersionedAsync("inburgering.verhuizing-controleren", _dossierId, version);

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit dossier bestaat niet in deze gemeente"));
        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(1), "only the registration's lookup");
    }

    [Test]
    public async Task GeenVerhuizing_WithReason_ClosesVerhuizingAndTask()
    {
        await DetectAsync();

        var result = await DismissAsync("De BRP-inschrijving wordt gecorrigeerd.");

        var verhuizing = (await _plugin.AllVerhuizingenAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(verhuizing.Status, Is.EqualTo(VerhuizingStatus.GeenVerhuizing));
        Assert.That(verhuizing.Reden, Is.EqualTo("De BRP-inschrijving wordt gecorrigeerd."));
        Assert.That(verhuizing.AfgehandeldDoor, Is.EqualTo("medewerker-17"));
        Assert.That(verhuizing.AfgehandeldOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
        Assert.That(_plugin.WorkTasks.All.Single().ClosedReason!.Nl, Is.EqualTo("Afgehandeld: geen verhuizing naar een andere gemeente."));
        Assert.That(_plugin.ProcessingLog.Records[^1], Is.EqualTo(new ProcessingRecord("inburgering.verhuizing", ProcessingOperation.Update, new DataSubject("BSN", "999993653"))));
    }

    [TestCase(null)]
    [TestCase("   ")]
    public async Task GeenVerhuizing_WithoutReason_ReturnsFieldError(string? reden)
    {
        await DetectAsync();

        var result = await DismissAsync(reden);

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("reden"));
        Assert.That((await _plugin.AllVerhuizingenAsync()).Single().Status, Is.EqualTo(VerhuizingStatus.Gesignaleerd));
    }

    [Test]
    public async Task GeenVerhuizing_ReasonTooLong_ReturnsFieldError()
    {
        await DetectAsync();

        var result = await DismissAsync(new string('x', 501));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("reden"));
    }

    [Test]
    public async Task GeenVerhuizing_NoOpenVerhuizing_ReturnsError()
    {
        var result = await DismissAsync("Geen verhuizing.");

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit dossier heeft geen openstaande verhuizing"));
    }

    [Test]
    public async Task MarkeerOvergedragen_OpenVerhuizing_ClosesIt()
    {
        await DetectAsync();

        var marked = await MarkeerOvergedragenAsync();

        var verhuizing = (await _plugin.AllVerhuizingenAsync()).Single();
        Assert.That(marked, Is.True);
        Assert.That(verhuizing.Status, Is.EqualTo(VerhuizingStatus.Overgedragen));
        Assert.That(verhuizing.AfgehandeldDoor, Is.EqualTo("medewerker-17"));
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [Test]
    public async Task MarkeerOvergedragen_Twice_SecondReturnsFalse()
    {
        await DetectAsync();
        await MarkeerOvergedragenAsync();

        var second = await MarkeerOvergedragenAsync();

        Assert.That(second, Is.False);
        Assert.That((await _plugin.AllVerhuizingenAsync()).Single().Status, Is.EqualTo(VerhuizingStatus.Overgedragen));
    }

    [Test]
    public async Task DossierScreen_OpenVerhuizing_ShowsSectionAndActions()
    {
        await DetectAsync();

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        var section = screen!.Sections.Single(s => s.Title.Nl == "Verhuizing naar andere gemeente");
        var values = section.Elements.OfType<FieldElement>().ToDictionary(e => e.Field.Key, e => e.Value);
        Assert.That(values["nieuweGemeente"], Is.EqualTo("0518"));
        Assert.That(values["verhuisdatum"], Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(values["bron"], Is.EqualTo("Host"));
        Assert.That(screen.Actions, Does.Contain("inburgering.verhuizing-controleren"));
        Assert.That(screen.Actions, Does.Contain("inburgering.geen-verhuizing"));
    }

    [Test]
    public async Task DossierScreen_NoVerhuizing_OffersOnlyTheCheck()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        Assert.That(screen!.Sections.Select(s => s.Title.Nl), Does.Not.Contain("Verhuizing naar andere gemeente"));
        Assert.That(screen.Actions, Does.Contain("inburgering.verhuizing-controleren"));
        Assert.That(screen.Actions, Does.Not.Contain("inburgering.geen-verhuizing"));
    }

    [Test]
    public async Task VerhuizingenScreen_OpenVerhuizing_ListsRowWithDossierLink()
    {
        await DetectAsync();

        var screen = await _plugin.LoadScreenAsync("inburgering.verhuizingen", null);

        var row = screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows.Single();
        Assert.That(row.Values, Is.EqualTo(new object?[] { "0518", new DateOnly(2026, 12, 4), "Host", PluginHarness.Now }));
        Assert.That(row.Link, Is.EqualTo(new ScreenLink("inburgering.dossier", _dossierId)));
    }

    [Test]
    public async Task VerhuizingenScreen_OtherGemeente_ListsNothing()
    {
        await DetectAsync();
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var screen = await _plugin.LoadScreenAsync("inburgering.verhuizingen", null);

        Assert.That(screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows, Is.Empty);
    }

    [Test]
    public async Task VerhuizingenScreen_Dismissed_ListsNothing()
    {
        await DetectAsync();
        await DismissAsync("Geen verhuizing.");

        var screen = await _plugin.LoadScreenAsync("inburgering.verhuizingen", null);

        Assert.That(screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows, Is.Empty);
    }

    private async Task<ActionResult> ControleerAsync() =>
        await _plugin.ExecuteVersionedAsync("inburgering.verhuizing-controleren", _dossierId, await _plugin.DossierVersionAsync(_dossierId));

    private async Task<ActionResult> DismissAsync(string? reden) =>
        await _plugin.ExecuteVersionedAsync("inburgering.geen-verhuizing", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("reden", reden));

    private async Task DetectAsync()
    {
        var clientId = (await _plugin.DossierAsync(_dossierId)).ClientId!;
        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, clientId, PluginHarness.DenHaag));
    }

    private async Task<bool> MarkeerOvergedragenAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IVerhuizingen>().MarkeerOvergedragenAsync(Guid.Parse(_dossierId), CancellationToken.None);
    }
}
