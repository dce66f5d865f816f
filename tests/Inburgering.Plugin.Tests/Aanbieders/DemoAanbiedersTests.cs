using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Tests.Demo;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Aanbieders;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DemoAanbiedersTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        foreach (var persoon in DemoBrpPersons.All)
        {
            _plugin.Brp.Add(persoon);
        }
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Seed_AddsAanbiedersPerGemeente()
    {
        await SeedAsync();
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await SeedAsync();

        var aanbieders = await AanbiederSteps.AllAanbiedersAsync(_plugin);
        Assert.That(
            aanbieders.Select(a => (a.Gemeente, a.Naam, a.KvkNummer, a.Vestigingsnummer, a.Keurmerk, a.Actief)).OrderBy(a => a.KvkNummer),
            Is.EqualTo(new (string, string, string, string?, bool, bool)[]
            {
                ("0518", "Taalschool De Brug", "90051801", null, true, true),
                ("0518", "Leerhuis Noord", "90051802", null, false, true),
                ("0599", "Taalschool De Brug", "90059901", null, true, true),
                ("0599", "Leerhuis Noord", "90059902", null, false, true),
            }));
    }

    [Test]
    public async Task Seed_RefersOpenDossiersWithPip()
    {
        await SeedAsync();

        var dossiers = (await _plugin.AllDossiersAsync()).ToDictionary(d => d.Id);
        var aanmeldingen = await AanbiederSteps.AllAanmeldingenAsync(_plugin);
        var aanbieders = (await AanbiederSteps.AllAanbiedersAsync(_plugin)).ToDictionary(a => a.Id, a => a.KvkNummer);
        Assert.That(
            aanmeldingen.Select(m => (dossiers[m.DossierId].Bsn, m.Onderdeel, aanbieders[m.AanbiederId])).OrderBy(m => m.Bsn).ThenBy(m => m.Onderdeel),
            Is.EqualTo(new (string?, Cursusonderdeel, string)[]
            {
                ("999990172", Cursusonderdeel.Taal, "90059901"),
                ("999990172", Cursusonderdeel.Knm, "90059901"),
                ("999991838", Cursusonderdeel.Taal, "90059901"),
                ("999991838", Cursusonderdeel.Knm, "90059902"),
                ("999992466", Cursusonderdeel.Taal, "90059901"),
                ("999992466", Cursusonderdeel.Knm, "90059901"),
                ("999992806", Cursusonderdeel.Taal, "90059901"),
                ("999992806", Cursusonderdeel.Knm, "90059902"),
                ("999995017", Cursusonderdeel.Taal, "90059901"),
                ("999995017", Cursusonderdeel.Knm, "90059901"),
            }));
        Assert.That(aanmeldingen.Select(m => m.Einddatum), Is.All.Null);
        Assert.That(aanmeldingen.Select(m => m.Startdatum), Is.All.LessThanOrEqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(
            _plugin.ProcessingLog.Records.Count(r => r.ActivityId == "inburgering.aanmelding" && r.Operation == ProcessingOperation.Create),
            Is.EqualTo(5));
    }

    [Test]
    public async Task Seed_DemoAanbiederUser_SeesStudents()
    {
        await SeedAsync();
        _plugin.User.Organisation = "90059901";

        var screen = await _plugin.LoadScreenAsync("inburgering.mijn-cursisten", null);

        var rows = screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows;
        Assert.That(rows, Has.Count.EqualTo(8));
    }

    [Test]
    public async Task Seed_Twice_AddsNoAanmeldingen()
    {
        await SeedAsync();
        var first = (await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Select(m => m.Id).ToList();
        _plugin.ProcessingLog.Clear();

        await SeedAsync();

        Assert.That((await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Select(m => m.Id), Is.EquivalentTo(first));
        Assert.That(await AanbiederSteps.AllAanbiedersAsync(_plugin), Has.Count.EqualTo(2));
        Assert.That(_plugin.ProcessingLog.Records.Where(r => r.ActivityId == "inburgering.aanmelding"), Is.Empty);
    }

    private async Task SeedAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDemoDataSeeder>().SeedAsync(CancellationToken.None);
    }
}
