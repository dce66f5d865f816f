using Host.Abstractions;
using Inburgering.Plugin.Tests.Termijn;
using TestSupport;
using static Inburgering.Plugin.Tests.Termijn.TermijnScreenValues;

namespace Inburgering.Plugin.Tests.Handhaving;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class HandhavingActionTests(DatabaseProvider provider)
{
    private static readonly DataSubject s_subject = new("BSN", "999993653");

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Asielstatushouder_IntakeMissed_NoFineProposed()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), doelgroep: "Asielstatushouder");

        var result = await IntakeAsync(id);

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        var texts = Texts(screen, "Handhaving");
        Assert.That(result.Succeeded, Is.True);
        Assert.That(Rows(screen, "Handhaving", 0).Single().Values, Is.EqualTo(new object?[] { "NietDeelgenomenBredeIntake", new DateOnly(2026, 11, 2), null, "Uitnodigingen van 12-10-2026 en 02-11-2026" }));
        Assert.That(texts[1], Does.StartWith("Geen boete voorgesteld: sinds de uitspraak van de Raad van State van 9 juli 2025"));
        Assert.That(texts, Has.Count.EqualTo(2));
        Assert.That(screen.Actions, Does.Contain("inburgering.handhaving.uitzonderlijk-geval"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.handhaving", ProcessingOperation.Update, s_subject),
            new ProcessingRecord("inburgering.handhaving", ProcessingOperation.Read, s_subject),
        }));
    }

    [Test]
    public async Task Asielstatushouder_WithUitzonderlijkGeval_FineProposedAndDecided()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), doelgroep: "Asielstatushouder");
        await IntakeAsync(id);
        var refused = await BesluitAsync(id, "BoeteBredeIntake", "Opgelegd", "250");

        var uitzonderlijk = await _plugin.ExecuteVersionedAsync(
            "inburgering.handhaving.uitzonderlijk-geval", id, await _plugin.DossierVersionAsync(id),
            ("datum", "2026-11-20"), ("omschrijving", "Aangetoonde, aanhoudende onwil: drie uitnodigingen genegeerd"));
        var besluit = await BesluitAsync(id, "BoeteBredeIntake", "Opgelegd", "250");

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(refused.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "uitkomst" }));
        Assert.That(uitzonderlijk.Succeeded, Is.True);
        Assert.That(besluit.Succeeded, Is.True);
        Assert.That(Texts(screen, "Handhaving")[1], Does.StartWith("Voorstel: De persoon nam niet deel aan de brede intake."));
        Assert.That(Texts(screen, "Handhaving")[1], Does.Contain("vaste boete van € 250"));
        Assert.That(Rows(screen, "Handhaving", 1).Single().Values, Is.EqualTo(new object?[] { new DateOnly(2026, 12, 4), "BoeteBredeIntake", "Opgelegd", 250m, null }));
    }

    [Test]
    public async Task Gezinsmigrant_UitzonderlijkGeval_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.handhaving.uitzonderlijk-geval", id, await _plugin.DossierVersionAsync(id),
            ("datum", "2026-11-20"), ("omschrijving", "Onwil"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo(""));
    }

    [Test]
    public async Task Gezinsmigrant_PipBreached_ProposesAtMost800()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await PipAsync(id, "Leerroute");
        var tooHigh = await BesluitAsync(id, "BoetePip", "Opgelegd", "800,01");
        var decided = await BesluitAsync(id, "BoetePip", "Opgelegd", "800,00");

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(result.Succeeded, Is.True);
        Assert.That(Texts(screen, "Handhaving")[1], Does.Contain("ten hoogste € 800"));
        Assert.That(tooHigh.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bedrag" }));
        Assert.That(decided.Succeeded, Is.True);
    }

    [Test]
    public async Task Gezinsmigrant_ParticipatiewetPart_ProposesBijstandMeasure()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        await PipAsync(id, "ParticipatiewetOnderdeel");
        var fine = await BesluitAsync(id, "BoetePip", "Opgelegd", "100");

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(Texts(screen, "Handhaving")[1], Does.Contain("maatregel op de bijstand"));
        Assert.That(fine.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "maatregel" }));
    }

    [Test]
    public async Task IntakeFine_Not250_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));
        await IntakeAsync(id);

        var result = await BesluitAsync(id, "BoeteBredeIntake", "Opgelegd", "200");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bedrag" }));
    }

    [Test]
    public async Task Besluit_Afgezien_RecordsReason()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));
        await IntakeAsync(id);

        var withoutReason = await BesluitAsync(id, "BoeteBredeIntake", "Afgezien", null);
        var result = await BesluitAsync(id, "BoeteBredeIntake", "Afgezien", null, "Persoon lag in het ziekenhuis");

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(withoutReason.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "reden" }));
        Assert.That(result.Succeeded, Is.True);
        Assert.That(Rows(screen, "Handhaving", 1).Single().Values, Is.EqualTo(new object?[] { new DateOnly(2026, 12, 4), "BoeteBredeIntake", "Afgezien", null, "Persoon lag in het ziekenhuis" }));
    }

    [Test]
    public async Task PipFact_BeforeFirstPip_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28), status: Plugin.Dossiers.DossierStatus.BredeIntake);

        var result = await PipAsync(id, "Leerroute");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo(""));
    }

    [Test]
    public async Task PipFact_BeforeDagtekening_IsInvalid()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 28));

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.handhaving.pip-niet-nagekomen", id, await _plugin.DossierVersionAsync(id),
            ("datum", "2024-02-27"), ("verplichting", "Map"), ("omschrijving", "Niet verschenen"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "datum" }));
    }

    private async Task<ActionResult> IntakeAsync(string id) =>
        await _plugin.ExecuteVersionedAsync(
            "inburgering.handhaving.intake-niet-deelgenomen", id, await _plugin.DossierVersionAsync(id),
            ("datum", "02-11-2026"), ("omschrijving", "Uitnodigingen van 12-10-2026 en 02-11-2026"));

    private async Task<ActionResult> PipAsync(string id, string verplichting) =>
        await _plugin.ExecuteVersionedAsync(
            "inburgering.handhaving.pip-niet-nagekomen", id, await _plugin.DossierVersionAsync(id),
            ("datum", "2026-11-16"), ("verplichting", verplichting), ("omschrijving", "Vier weken niet naar de les gekomen zonder bericht"));

    private async Task<ActionResult> BesluitAsync(string id, string maatregel, string uitkomst, string? bedrag, string? reden = null) =>
        await _plugin.ExecuteVersionedAsync(
            "inburgering.handhaving.besluit", id, await _plugin.DossierVersionAsync(id),
            ("maatregel", maatregel), ("uitkomst", uitkomst), ("bedrag", bedrag), ("besluitdatum", "2026-12-04"), ("reden", reden));
}
