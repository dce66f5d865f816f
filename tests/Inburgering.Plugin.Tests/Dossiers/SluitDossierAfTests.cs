using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using TestSupport;

namespace Inburgering.Plugin.Tests.Dossiers;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class SluitDossierAfTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-11-20");
        _dossierId = registered.NavigateTo!.RecordId!;
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task SluitAf_WithCurrentVersion_ClosesDossier()
    {
        var version = await _plugin.DossierVersionAsync(_dossierId);

        var result = await CloseAsync(version, "03-12-2026", "Ontheffing");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Ontheffing));
        Assert.That(dossier.AfgeslotenOp, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(dossier.AfsluitReden, Is.EqualTo(AfsluitReden.Ontheffing));
        Assert.That(screen!.Actions, Does.Not.Contain("inburgering.sluit-af"));
        Assert.That(screen.Version, Is.EqualTo(DossierEdit.VersionOf(dossier)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Update, new DataSubject("BSN", "999993653")),
            new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task SluitAf_WithStaleVersion_ReturnsConflict()
    {
        var seen = await _plugin.DossierVersionAsync(_dossierId);
        await CloseAsync(seen, "03-12-2026", "Ontheffing");

        var stale = await CloseAsync(seen, "01-12-2026", "Overleden");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(stale.IsConflict, Is.True);
        Assert.That(dossier.AfsluitReden, Is.EqualTo(AfsluitReden.Ontheffing));
        Assert.That(dossier.AfgeslotenOp, Is.EqualTo(new DateOnly(2026, 12, 3)));
    }

    [Test]
    public async Task SluitAf_WithoutVersion_ReturnsConflict()
    {
        var result = await CloseAsync(null, "03-12-2026", "Ontheffing");

        Assert.That(result.IsConflict, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.Gekoppeld));
    }

    [TestCase("05-12-2026", TestName = "SluitAf_DateAfterToday_IsInvalid")]
    [TestCase("19-11-2026", TestName = "SluitAf_DateBeforeKoppeldatum_IsInvalid")]
    [TestCase("31-02-2026", TestName = "SluitAf_DateThatDoesNotExist_IsInvalid")]
    public async Task SluitAf_InvalidDate_IsInvalid(string date)
    {
        var result = await CloseAsync(await _plugin.DossierVersionAsync(_dossierId), date, "Ontheffing");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "afgeslotenOp" }));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.Gekoppeld));
    }

    [Test]
    public async Task SluitAf_UnknownReason_IsInvalid()
    {
        var result = await CloseAsync(await _plugin.DossierVersionAsync(_dossierId), "03-12-2026", "Verhuisd");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "afsluitReden" }));
    }

    [Test]
    public async Task SluitAf_ClosedDossier_IsInvalid()
    {
        await CloseAsync(await _plugin.DossierVersionAsync(_dossierId), "03-12-2026", "Ontheffing");

        var again = await CloseAsync(await _plugin.DossierVersionAsync(_dossierId), "04-12-2026", "Overleden");

        Assert.That(again.Succeeded, Is.False);
        Assert.That(again.IsConflict, Is.False);
        Assert.That((await _plugin.AllDossiersAsync()).Single().AfsluitReden, Is.EqualTo(AfsluitReden.Ontheffing));
    }

    [Test]
    public async Task DossierScreen_OpenDossier_OffersClosing()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.vertrokken", "inburgering.sluit-af", "inburgering.overdracht-voorbereiden", "inburgering.overdracht-exporteren", "inburgering.wet-regime-corrigeren", "inburgering.beperk", "inburgering.verhuizing-controleren" }));
    }

    private Task<ActionResult> CloseAsync(string? version, string date, string reden) =>
        _plugin.ExecuteVersionedAsync("inburgering.sluit-af", _dossierId, version, ("afgeslotenOp", date), ("afsluitReden", reden));
}
