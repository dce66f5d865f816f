using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using TestSupport;
using static Inburgering.Plugin.Tests.Pip.PipTestSteps;

namespace Inburgering.Plugin.Tests.Pip;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PipPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Pip_VersionsAndVerlenging_RoundTrip()
    {
        var dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 10, 1));
        await RunAsync(_plugin, "inburgering.pip-verlenging", dossierId, ("derde", "COA"), ("wachtSinds", "01-12-2026"));
        await RunAsync(_plugin, "inburgering.pip-informatie-ontvangen", dossierId, ("informatieOntvangenOp", "03-12-2026"));
        await EerstePipAsync(_plugin, dossierId, "2026-12-04", "ZRoute", "A2");
        await RunAsync(_plugin, "inburgering.pip-wijzigen", dossierId, ("soort", "Verhuizing"), ("wijzigingsreden", "Verhuisd binnen de regio"));

        var versies = await VersiesAsync(_plugin);
        var screen = await _plugin.LoadScreenAsync("inburgering.pip", dossierId);

        Assert.That(versies, Has.Count.EqualTo(2));
        Assert.That(versies[0].Status, Is.EqualTo(PipStatus.Vastgesteld));
        Assert.That(versies[0].Leerroute, Is.EqualTo(Leerroute.ZRoute));
        Assert.That(versies[0].Niveau, Is.EqualTo(PipNiveau.A2));
        Assert.That(versies[0].Dagtekening, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(versies[0].Ontzorgen, Is.True);
        Assert.That(versies[0].ContactpersoonEmail, Is.EqualTo("inburgering@gemeente.example"));
        Assert.That(versies[1].Soort, Is.EqualTo(PipSoort.Verhuizing));
        Assert.That(versies[1].Status, Is.EqualTo(PipStatus.Concept));
        Assert.That(versies[1].Gemeente, Is.EqualTo("0599"));
        Assert.That(PipActionTests.Value(screen!, "derde"), Is.EqualTo("COA"));
        Assert.That(PipActionTests.Value(screen!, "informatieOntvangenOp"), Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(PipActionTests.Value(screen!, "uitersteDatum"), Is.EqualTo(new DateOnly(2026, 12, 17)));
    }
}
