using Host.Abstractions;
using Inburgering.Plugin.Coa;
using TestSupport;

namespace Inburgering.Plugin.Tests.Coa;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class CoaPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task EntryAndImport_RoundTrip_KeepEveryValue()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier(("coaHuisvestingsdatum", "2028-02-29"), ("coaToestemmingVoorinburgering", "Nee")));
        _plugin.Clock.Advance(TimeSpan.FromHours(1));
        await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv("bsn;formulierdatum;digid_aangevraagd;digid_aangevraagd_op;start_scenario", "999993653;2026-11-30;onbekend;;IntakeEnPipInAzc"));

        var versies = await CoaTestSteps.VersiesAsync(_plugin);
        var huidig = (await CoaTestSteps.HuidigAsync(_plugin)).Single();

        Assert.That(versies.Select(v => (v.Versie, v.Bron)), Is.EqualTo(new[] { (1, CoaBron.Handmatig), (2, CoaBron.Import) }));
        Assert.That(versies[0].Gegevens(), Is.EqualTo(new CoaGegevens
        {
            Formulierdatum = new DateOnly(2026, 11, 16),
            RegievoerderNaam = "Regievoerder COA",
            RegievoerderTelefoon = "088-7152000",
            RegievoerderEmail = "regievoerder@coa.example",
            AzcNaam = "AZC Budel-Cranendonck",
            AzcAdres = "Voorbeeldweg 1, 1234 AB Voorbeeld",
            AzcTelefoon = "06-12345678",
            AzcEmail = "bewoner@example.nl",
            DigidAangevraagd = JaNeeOnbekend.Ja,
            DigidAangevraagdOp = new DateOnly(2026, 11, 10),
            Rijbewijs = true,
            RijbewijsUitgifteStaat = "Syrië",
            ToestemmingVoorinburgering = false,
            ToestemmingVoorinburgeringOp = new DateOnly(2026, 10, 1),
            Huisvestingsdatum = new DateOnly(2028, 2, 29),
            StartScenario = StartScenario.StartVoorHuisvesting,
            Bijzonderheden = "Tolk Arabisch nodig bij gesprekken.",
        }));
        Assert.That(huidig.Gegevens(), Is.EqualTo(versies[0].Gegevens() with
        {
            Formulierdatum = new DateOnly(2026, 11, 30),
            DigidAangevraagd = JaNeeOnbekend.Onbekend,
            DigidAangevraagdOp = null,
            StartScenario = StartScenario.IntakeEnPipInAzc,
        }));
        Assert.That(huidig.Versie, Is.EqualTo(2));
        Assert.That(huidig.GewijzigdOp, Is.EqualTo(PluginHarness.Now.AddHours(1)));
        Assert.That(versies[1].Gegevens(), Is.EqualTo(huidig.Gegevens()));
    }

    [Test]
    public async Task OtherGemeente_SeesNoCoaInformation()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var screen = await _plugin.LoadScreenAsync("inburgering.coa", dossierId);
        var list = await _plugin.LoadScreenAsync("inburgering.coa-import", null);
        var result = await _plugin.ExecuteVersionedAsync("inburgering.coa-bijwerken", dossierId, null, CoaTestSteps.Formulier());

        Assert.That(screen, Is.Null);
        Assert.That(list!.Sections[0].Elements.OfType<ListElement>().Single().Rows, Is.Empty);
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo(
            "Dit dossier bestaat niet in deze gemeente. Open het dossier opnieuw vanuit de lijst met inburgeraars."));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Has.Count.EqualTo(1));
    }
}
