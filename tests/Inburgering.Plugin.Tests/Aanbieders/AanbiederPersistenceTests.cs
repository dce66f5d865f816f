using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Tests.Voortgang;
using TestSupport;

namespace Inburgering.Plugin.Tests.Aanbieders;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanbiederPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task RoundTrip_RegisterReferEndAndDeliver()
    {
        var registered = await _plugin.ExecuteAsync(
            "inburgering.aanbieder-registreren", null, ("naam", "Taalschool De Brug"), ("kvkNummer", "90059901"), ("vestigingsnummer", "000012345678"), ("keurmerk", "true"));
        var aanbiederId = registered.NavigateTo!.RecordId!;
        var duplicate = await _plugin.ExecuteAsync(
            "inburgering.aanbieder-registreren", null, ("naam", "Taalschool De Brug"), ("kvkNummer", "90059901"), ("vestigingsnummer", "000012345678"), ("keurmerk", "true"));
        var dossierId = await VoortgangHarness.RegisterAsync(_plugin);
        var aangemeld = await VoortgangHarness.ExecuteAsync(
            _plugin, "inburgering.aanmelden", dossierId, ("aanbieder", aanbiederId), ("onderdeel", "PARTICIPATIE"), ("startdatum", "2026-11-23"));
        var aanmelding = (await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single();
        var beeindigd = await VoortgangHarness.ExecuteAsync(
            _plugin, "inburgering.aanmelding-beeindigen", dossierId, ("aanmelding", AanmeldingNummer.Van(aanmelding)), ("einddatum", "2026-12-04"));
        _plugin.User.Organisation = "90059901/000012345678";
        var cursist = await _plugin.LoadScreenAsync("inburgering.cursist", aanmelding.Id.ToString());
        var aanbieder = await _plugin.LoadScreenAsync("inburgering.aanbieder", aanbiederId);
        var mijnCursisten = await _plugin.LoadScreenAsync("inburgering.mijn-cursisten", null);
        var aanbieders = await _plugin.LoadScreenAsync("inburgering.aanbieders", null, ListQuery.Default with { After = Guid.Empty.ToString("N") });

        var stored = (await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single();
        Assert.That(registered.Succeeded, Is.True);
        Assert.That(duplicate.Errors.Single().FieldKey, Is.EqualTo("vestigingsnummer"));
        Assert.That(aangemeld.Succeeded, Is.True);
        Assert.That(beeindigd.Succeeded, Is.True);
        Assert.That(stored.Onderdeel, Is.EqualTo(Cursusonderdeel.Participatie));
        Assert.That(stored.Startdatum, Is.EqualTo(new DateOnly(2026, 11, 23)));
        Assert.That(stored.Einddatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(stored.Version, Is.EqualTo(1));
        Assert.That(cursist!.Heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(mijnCursisten!.Sections.Single().Elements.OfType<ListElement>().Single().Rows.Single().Values[0], Is.EqualTo("Suzanne Moulin"));
        Assert.That(aanbieders!.Sections.Single().Elements.OfType<ListElement>().Single().Rows.Single().Values[5], Is.EqualTo(0));
        Assert.That(aanbieder!.Sections[1].Elements.OfType<ListElement>().Single().Rows.Single().Values[1], Is.EqualTo("PARTICIPATIE"));
    }

    [Test]
    public async Task AanbiedersScreen_PagesByNameAndId()
    {
        for (var i = 0; i < AanbiedersScreen.PageSize; i++)
        {
            await AanbiederSteps.AddAanbiederAsync(_plugin, $"Aanbieder {i:D2}", $"900{i:D5}");
        }

        var tweeling = await AanbiederSteps.AddAanbiederAsync(_plugin, "Aanbieder 49", "90099999");

        var first = await _plugin.LoadScreenAsync("inburgering.aanbieders", null);
        var firstList = first!.Sections.Single().Elements.OfType<ListElement>().Single();
        var second = await _plugin.LoadScreenAsync("inburgering.aanbieders", null, ListQuery.Default with { After = firstList.NextPage });
        var secondList = second!.Sections.Single().Elements.OfType<ListElement>().Single();

        Assert.That(firstList.Rows, Has.Count.EqualTo(50));
        Assert.That(firstList.Rows[^1].Values[1], Is.EqualTo("90000049"));
        Assert.That(secondList.Rows.Select(r => r.Link), Is.EqualTo(new[] { new ScreenLink("inburgering.aanbieder", tweeling.Id.ToString()) }));
        Assert.That(secondList.NextPage, Is.Null);
    }
}
