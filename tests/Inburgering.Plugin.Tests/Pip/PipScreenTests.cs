using Host.Abstractions;
using TestSupport;
using static Inburgering.Plugin.Tests.Pip.PipActionTests;
using static Inburgering.Plugin.Tests.Pip.PipTestSteps;

namespace Inburgering.Plugin.Tests.Pip;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PipScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 10, 1));
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Screen_NoPip_ShowsDeadlineFromDuo()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.pip-concept", "inburgering.pip-duo-kennisgeving", "inburgering.pip-verlenging" }));
        Assert.That(Value(screen, "stand"), Is.EqualTo("Lopend"));
        Assert.That(Value(screen, "basis"), Is.EqualTo("DuoKennisgeving"));
        Assert.That(Value(screen, "basisdatum"), Is.EqualTo(new DateOnly(2026, 10, 1)));
        Assert.That(Value(screen, "uitersteDatum"), Is.EqualTo(new DateOnly(2026, 12, 10)));
        Assert.That(Value(screen, "brpInschrijving"), Is.EqualTo(new DateOnly(2013, 11, 5)));
        Assert.That(screen.Version, Is.EqualTo(await _plugin.DossierVersionAsync(_dossierId)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.pip", ProcessingOperation.Read, new DataSubject("BSN", TestBsn)),
        }));
    }

    [Test]
    public async Task Screen_BrpLaterThanDuo_CountsFromBrp()
    {
        await UpdateDossierAsync(_plugin, _dossierId, d => d.DatumInschrijvingGemeente = "20261015");

        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        Assert.That(Value(screen!, "basis"), Is.EqualTo("BrpInschrijving"));
        Assert.That(Value(screen!, "uitersteDatum"), Is.EqualTo(new DateOnly(2026, 12, 24)));
    }

    [Test]
    public async Task Screen_DuoUnknown_IsNogNietTeBepalen()
    {
        await UpdateDossierAsync(_plugin, _dossierId, d => d.DuoKennisgevingOp = null);

        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        Assert.That(Value(screen!, "stand"), Is.EqualTo("NogNietTeBepalen"));
        Assert.That(Value(screen!, "uitersteDatum"), Is.Null);
        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.pip-concept", "inburgering.pip-duo-kennisgeving" }));
    }

    [Test]
    public async Task Screen_AfterFirstPip_ShowsTermijnAndVersions()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-12-03");

        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        var versies = screen!.Sections.Single(s => s.Title.Nl == "Versies").Elements.OfType<ListElement>().Single();
        var versieId = (await VersiesAsync(_plugin)).Single().Id.ToString();
        Assert.That(Value(screen, "termijnStart"), Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(Value(screen, "termijnLaatsteDag"), Is.EqualTo(new DateOnly(2029, 12, 3)));
        Assert.That(Value(screen, "laatsteSchakeldag"), Is.EqualTo(new DateOnly(2028, 6, 3)));
        Assert.That(Value(screen, "dagtekening"), Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(versies.Rows.Single().Link, Is.EqualTo(new ScreenLink("inburgering.pip-beschikking", versieId)));
        Assert.That(screen.Actions, Is.EqualTo(new[]
        {
            "inburgering.pip-wijzigen", "inburgering.pip-schakelen", "inburgering.pip-afschalen", "inburgering.pip-duo-kennisgeving",
        }));
        Assert.That(screen.ActionValues["leerroute"], Is.EqualTo("B1Route"));
    }

    [Test]
    public async Task Screen_OpenConcept_OffersVaststellen()
    {
        await ConceptAsync(_plugin, _dossierId);

        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        Assert.That(screen!.Actions, Is.EqualTo(new[]
        {
            "inburgering.pip-concept", "inburgering.pip-vaststellen", "inburgering.pip-duo-kennisgeving", "inburgering.pip-verlenging",
        }));
        Assert.That(screen.Sections.Select(s => s.Title.Nl), Does.Contain("Concept (versie 1, nog niet vastgesteld)"));
    }

    [Test]
    public async Task Screen_Restricted_IsRefused()
    {
        await UpdateDossierAsync(_plugin, _dossierId, d => d.BeperktOp = new DateOnly(2026, 12, 1));

        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        Assert.That(screen!.IsRefused, Is.True);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Screen_OtherGemeente_IsNotFound()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        Assert.That(screen, Is.Null);
    }
}
