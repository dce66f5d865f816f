using Host.Abstractions;
using TestSupport;

namespace Inburgering.Plugin.Tests.Aanbieders;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanbiederToegangTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task EigenAanbieders_Staff_IsEmpty()
    {
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");

        var eigen = await AanbiederSteps.EigenAanbiedersAsync(_plugin);

        Assert.That(eigen, Is.Empty);
    }

    [Test]
    public async Task EigenAanbieders_KvkLogin_AllActiveVestigingen()
    {
        var hoofd = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        var zuid = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug Zuid", "90059901", "000012345678");
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug Oud", "90059901", "000087654321", actief: false);
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90059902");
        _plugin.User.Organisation = "90059901";

        var eigen = await AanbiederSteps.EigenAanbiedersAsync(_plugin);

        Assert.That(eigen.Select(a => a.Id), Is.EqualTo(new[] { hoofd.Id, zuid.Id }));
    }

    [Test]
    public async Task EigenAanbieders_VestigingLogin_SkipsOtherVestiging()
    {
        var hoofd = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        var zuid = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug Zuid", "90059901", "000012345678");
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug West", "90059901", "000087654321");
        _plugin.User.Organisation = "90059901/000012345678";

        var eigen = await AanbiederSteps.EigenAanbiedersAsync(_plugin);

        Assert.That(eigen.Select(a => a.Id), Is.EqualTo(new[] { hoofd.Id, zuid.Id }));
    }

    [Test]
    public async Task EigenAanbieders_OtherGemeente_IsEmpty()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        _plugin.Tenant.Current = PluginHarness.Rotterdam;
        _plugin.User.Organisation = "90059901";

        var eigen = await AanbiederSteps.EigenAanbiedersAsync(_plugin);

        Assert.That(eigen, Is.Empty);
    }

    [Test]
    public async Task EigenAanbieders_InvalidOrganisation_IsEmpty()
    {
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        _plugin.User.Organisation = "90059901/12";

        var eigen = await AanbiederSteps.EigenAanbiedersAsync(_plugin);

        Assert.That(eigen, Is.Empty);
        Assert.That(_plugin.Logs.Lines.Count(l => l.StartsWith("The organisation of user medewerker-17 is not a KvK number", StringComparison.Ordinal)), Is.EqualTo(1));
    }
}
