using Host.Abstractions;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Tests.TestDoubles;
using TestSupport;

namespace Inburgering.Plugin.Tests.Coa;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class CoaBijwerkenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Bijwerken_FirstForm_StoresVersionOne()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);

        var result = await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo("De informatie van het COA is vastgelegd als versie 1."));
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.coa", dossierId)));
        var versie = (await CoaTestSteps.VersiesAsync(_plugin)).Single();
        Assert.That(versie.Versie, Is.EqualTo(1));
        Assert.That(versie.Bron, Is.EqualTo(CoaBron.Handmatig));
        Assert.That(versie.GewijzigdDoor, Is.EqualTo(TestUser.Id));
        Assert.That(versie.GewijzigdOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(versie.Gemeente, Is.EqualTo("0599"));
        Assert.That(versie.RijbewijsUitgifteStaat, Is.EqualTo("Syrië"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.coa-informatie", ProcessingOperation.Update, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Bijwerken_ChangedPhone_AddsOneVersion()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        _plugin.Clock.Advance(TimeSpan.FromDays(3));

        var result = await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier(("coaAzcTelefoon", "06-87654321")));

        Assert.That(result.Message!.Nl, Is.EqualTo("De informatie van het COA is vastgelegd als versie 2."));
        var versies = await CoaTestSteps.VersiesAsync(_plugin);
        Assert.That(versies.Select(v => v.Versie), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(versies.Select(v => v.AzcTelefoon), Is.EqualTo(new[] { "06-12345678", "06-87654321" }));
        var huidig = (await CoaTestSteps.HuidigAsync(_plugin)).Single();
        Assert.That(huidig.Versie, Is.EqualTo(2));
        Assert.That(huidig.AzcTelefoon, Is.EqualTo("06-87654321"));
        Assert.That(huidig.GewijzigdOp, Is.EqualTo(PluginHarness.Now.AddDays(3)));
    }

    [Test]
    public async Task Bijwerken_SameValues_AddsNoVersion()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        var version = await _plugin.DossierVersionAsync(dossierId);
        _plugin.ProcessingLog.Clear();

        var result = await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier(("coaDigidAangevraagd", "ja")));

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo("Er is niets gewijzigd: de informatie van het COA had deze waarden al."));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Has.Count.EqualTo(1));
        Assert.That(await _plugin.DossierVersionAsync(dossierId), Is.EqualTo(version));
        Assert.That(_plugin.ProcessingLog.Records.Select(r => r.Operation), Is.EqualTo(new[] { ProcessingOperation.Read }));
    }

    [Test]
    public async Task Bijwerken_Gezinsmigrant_IsRejected()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin, "Gezinsmigrant");

        var result = await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        var screen = await _plugin.LoadScreenAsync("inburgering.coa", dossierId);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo(""));
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo(
            "Informatie van het COA geldt alleen voor asielstatushouders. Deze inburgeraar hoort bij de doelgroep gezinsmigrant; er is niets vastgelegd."));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Is.Empty);
        Assert.That(screen!.Actions, Is.Empty);
        Assert.That(((TextElement)screen.Sections.Single().Elements.Single()).Text.Nl, Is.EqualTo(
            "Het COA levert alleen informatie over asielstatushouders. Deze inburgeraar hoort bij de doelgroep gezinsmigrant."));
    }

    [Test]
    public async Task Bijwerken_StaleVersion_IsConflict()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        var opened = await _plugin.DossierVersionAsync(dossierId);
        var first = await _plugin.ExecuteVersionedAsync("inburgering.coa-bijwerken", dossierId, opened, CoaTestSteps.Formulier());

        var second = await _plugin.ExecuteVersionedAsync("inburgering.coa-bijwerken", dossierId, opened, CoaTestSteps.Formulier(("coaAzcTelefoon", "06-87654321")));

        Assert.That(first.Succeeded, Is.True);
        Assert.That(second.IsConflict, Is.True);
        Assert.That(second.Succeeded, Is.False);
        Assert.That((await CoaTestSteps.VersiesAsync(_plugin)).Select(v => v.AzcTelefoon), Is.EqualTo(new[] { "06-12345678" }));
    }

    [Test]
    public async Task Bijwerken_InvalidValues_NamesEachField()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);

        var result = await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier(
            ("coaFormulierdatum", "2026-12-05"),
            ("coaRegievoerderEmail", "regievoerder coa.nl"),
            ("coaAzcTelefoon", "1234"),
            ("coaDigidAangevraagd", "Nee"),
            ("coaRijbewijs", "Nee")));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[]
        {
            "coaFormulierdatum", "coaRegievoerderEmail", "coaAzcTelefoon", "coaDigidAangevraagdOp", "coaRijbewijsUitgifteStaat",
        }));
        Assert.That(result.Errors[0].Message.Nl, Is.EqualTo("'Datum informatieformulier' ligt in de toekomst. Vul een datum in op of vóór vandaag (04-12-2026)."));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Screen_AfterTwoVersions_ShowsValuesAndHistory()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        _plugin.Clock.Advance(TimeSpan.FromDays(1));
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier(("coaAzcTelefoon", "06-87654321"), ("coaHuisvestingsdatum", "29-2-2028")));
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.coa", dossierId);

        var values = CoaTestSteps.Values(screen!.Sections[0]);
        Assert.That(values["coaFormulierdatum"], Is.EqualTo(new DateOnly(2026, 11, 16)));
        Assert.That(values["coaAzcTelefoon"], Is.EqualTo("06-87654321"));
        Assert.That(values["coaHuisvestingsdatum"], Is.EqualTo(new DateOnly(2028, 2, 29)));
        Assert.That(values["coaRijbewijs"], Is.EqualTo("Ja"));
        Assert.That(values["coaStartScenario"], Is.EqualTo("StartVoorHuisvesting"));
        var history = screen.Sections[1].Elements.OfType<ListElement>().Single();
        Assert.That(history.Rows.Select(r => r.Values[0]), Is.EqualTo(new object[] { 2, 1 }));
        Assert.That(history.Rows[0].Values[1], Is.EqualTo(PluginHarness.Now.AddDays(1)));
        Assert.That(history.Rows[0].Values[3], Is.EqualTo("Handmatig"));
        Assert.That(history.Rows[0].Values[4], Is.EqualTo(new[] { "coaAzcTelefoon", "coaHuisvestingsdatum" }));
        Assert.That((IReadOnlyList<string>)history.Rows[1].Values[4]!, Has.Count.EqualTo(16));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.coa-bijwerken" }));
        Assert.That(screen.ActionValues["coaHuisvestingsdatum"], Is.EqualTo("2028-02-29"));
        Assert.That(screen.ActionValues["coaDigidAangevraagd"], Is.EqualTo("Ja"));
        Assert.That(screen.Version, Is.EqualTo(await _plugin.DossierVersionAsync(dossierId)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.coa-informatie", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Bijwerken_RestrictedDossier_IsRejected()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", dossierId, await _plugin.DossierVersionAsync(dossierId), ("beperkingReden", "Intrekking door DUO"));

        var result = await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        var screen = await _plugin.LoadScreenAsync("inburgering.coa", dossierId);

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt (AVG artikel 18)"));
        Assert.That(screen!.IsRefused, Is.True);
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Bijwerken_ClosedDossier_IsRejected()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await _plugin.ExecuteVersionedAsync("inburgering.sluit-af", dossierId, await _plugin.DossierVersionAsync(dossierId), ("afgeslotenOp", "2026-12-04"), ("afsluitReden", "VertrokkenNaarBuitenland"));

        var result = await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        var screen = await _plugin.LoadScreenAsync("inburgering.coa", dossierId);

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Dit dossier is afgesloten; de informatie van het COA kan niet meer worden gewijzigd."));
        Assert.That(screen!.Actions, Is.Empty);
    }

    [Test]
    public async Task Retention_AnonymisedDossier_DeletesCoaRows()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier(("coaAzcTelefoon", "06-87654321")));
        await _plugin.ExecuteVersionedAsync("inburgering.sluit-af", dossierId, await _plugin.DossierVersionAsync(dossierId), ("afgeslotenOp", "2026-12-04"), ("afsluitReden", "VertrokkenNaarBuitenland"));
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2031, 12, 4, 10, 0, 0, TimeSpan.Zero));

        await _plugin.RunJobAsync("inburgering.bewaartermijn");

        Assert.That((await _plugin.AllDossiersAsync()).Single().GeanonimiseerdOp, Is.EqualTo(new DateOnly(2031, 12, 4)));
        Assert.That(await CoaTestSteps.HuidigAsync(_plugin), Is.Empty);
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task DossierScreen_LinksToCoaScreen()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", dossierId);

        var links = screen!.Sections.SelectMany(s => s.Elements).OfType<ListElement>().SelectMany(l => l.Rows).Select(r => r.Link);
        Assert.That(links, Does.Contain(new ScreenLink("inburgering.coa", dossierId)));
    }
}
