using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Tests.DuoSignalen;
using TestSupport;

namespace Inburgering.Plugin.Tests.Levensloop;

/// <summary>Correcting the wet regime of a dossier by hand, with the rule that the Wet inburgering 2021 starts on 1 January 2022.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class WetRegimeCorrigerenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [TestCase("2021-12-31", false)]
    [TestCase("2022-01-01", true)]
    [TestCase("2022-01-02", true)]
    public async Task Corrigeren_ToWi2021_NeedsKoppeldatumFrom2022(string koppeldatum, bool allowed)
    {
        var dossierId = await RegisterAsync(koppeldatum, "Wi2013");

        var result = await CorrectAsync(dossierId, "Wi2021", "DUO meldt de Wet inburgering 2021");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(allowed ? Array.Empty<string>() : new[] { "wetRegime" }));
        Assert.That((await _plugin.DossierAsync(dossierId)).WetRegime, Is.EqualTo(allowed ? WetRegime.Wi2021 : WetRegime.Wi2013));
    }

    [Test]
    public async Task Corrigeren_ToWi2013_RecordsCorrection()
    {
        var dossierId = await RegisterAsync("2024-02-29", "Wi2021");
        _plugin.ProcessingLog.Clear();

        var result = await CorrectAsync(dossierId, "Wi2013", "Al in 2021 inburgeringsplichtig geworden");

        var correctie = (await _plugin.AllCorrectionsAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That((await _plugin.DossierAsync(dossierId)).WetRegime, Is.EqualTo(WetRegime.Wi2013));
        Assert.That(correctie.DossierId, Is.EqualTo(Guid.Parse(dossierId)));
        Assert.That(correctie.Gegeven, Is.EqualTo(CorrectieGegeven.WetRegime));
        Assert.That(correctie.OudeWaarde, Is.EqualTo("Wi2021"));
        Assert.That(correctie.NieuweWaarde, Is.EqualTo("Wi2013"));
        Assert.That(correctie.Reden, Is.EqualTo("Al in 2021 inburgeringsplichtig geworden"));
        Assert.That(correctie.Door, Is.EqualTo("medewerker-17"));
        Assert.That(correctie.Op, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(correctie.DuoSignaalId, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Update, new DataSubject("BSN", "999993653")) }));
    }

    [Test]
    public async Task Corrigeren_SameRegime_IsRefused()
    {
        var dossierId = await RegisterAsync("2026-11-20", "Wi2021");

        var result = await CorrectAsync(dossierId, "Wi2021", "Controle");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "wetRegime" }));
        Assert.That(await _plugin.AllCorrectionsAsync(), Is.Empty);
    }

    [Test]
    public async Task Corrigeren_WithoutInputs_NamesBothFields()
    {
        var dossierId = await RegisterAsync("2026-11-20", "Wi2021");

        var result = await CorrectAsync(dossierId, null, " ");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "wetRegime", "correctieReden" }));
    }

    [Test]
    public async Task Corrigeren_StaleVersion_ReturnsConflict()
    {
        var dossierId = await RegisterAsync("2026-11-20", "Wi2021");

        var result = await _plugin.ExecuteVersionedAsync("inburgering.wet-regime-corrigeren", dossierId, Guid.NewGuid().ToString("N"), ("wetRegime", "Wi2013"), ("correctieReden", "Controle"));

        Assert.That(result.IsConflict, Is.True);
        Assert.That(await _plugin.AllCorrectionsAsync(), Is.Empty);
    }

    [Test]
    public async Task Corrigeren_RestrictedDossier_IsRefused()
    {
        var dossierId = await RegisterAsync("2026-11-20", "Wi2021");
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", dossierId, await _plugin.DossierVersionAsync(dossierId), ("beperkingReden", "Intrekking door DUO"));

        var result = await CorrectAsync(dossierId, "Wi2013", "Controle");

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt"));
        Assert.That((await _plugin.DossierAsync(dossierId)).WetRegime, Is.EqualTo(WetRegime.Wi2021));
    }

    [Test]
    public async Task DossierScreen_AfterCorrection_ShowsIt()
    {
        var dossierId = await RegisterAsync("2026-11-20", "Wi2021");
        await CorrectAsync(dossierId, "Wi2013", "Al in 2021 inburgeringsplichtig geworden");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", dossierId);

        var correcties = screen!.Sections.Single(s => s.Title.Nl == "Correcties").Elements.OfType<ListElement>().Single();
        Assert.That(correcties.Rows.Single().Values, Is.EqualTo(new object?[] { new DateOnly(2026, 12, 4), "WetRegime", "Wi2021", "Wi2013", "Al in 2021 inburgeringsplichtig geworden", "medewerker-17" }));
    }

    private async Task<string> RegisterAsync(string koppeldatum, string wetRegime)
    {
        var result = await _plugin.RegisterAsync("999993653", koppeldatum: koppeldatum, wetRegime: wetRegime);
        Assert.That(result.Errors, Is.Empty, "The registration in the arrangement must be valid.");
        return result.NavigateTo!.RecordId!;
    }

    private async Task<ActionResult> CorrectAsync(string dossierId, string? wetRegime, string? reden) =>
        await _plugin.ExecuteVersionedAsync("inburgering.wet-regime-corrigeren", dossierId, await _plugin.DossierVersionAsync(dossierId), ("wetRegime", wetRegime), ("correctieReden", reden));
}
