using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Aanbieders;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanbiederBeheerTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Registreer_ValidInput_StoresAanbieder()
    {
        var result = await RegistreerAsync("Taalschool De Brug", "90059901", "000012345678", "true");

        var aanbieder = (await AanbiederSteps.AllAanbiedersAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.aanbieder", aanbieder.Id.ToString())));
        Assert.That(result.Message, Is.EqualTo(new LocalizedText("Aanbieder Taalschool De Brug is geregistreerd.", "Course provider Taalschool De Brug was registered.")));
        Assert.That(aanbieder.Gemeente, Is.EqualTo("0599"));
        Assert.That(aanbieder.Naam, Is.EqualTo("Taalschool De Brug"));
        Assert.That(aanbieder.KvkNummer, Is.EqualTo("90059901"));
        Assert.That(aanbieder.Vestigingsnummer, Is.EqualTo("000012345678"));
        Assert.That(aanbieder.Keurmerk, Is.True);
        Assert.That(aanbieder.Actief, Is.True);
        Assert.That(aanbieder.GeregistreerdDoor, Is.EqualTo("medewerker-17"));
        Assert.That(aanbieder.GeregistreerdOp, Is.EqualTo(PluginHarness.Now));
    }

    [Test]
    public async Task Registreer_WithoutVestiging_StoresNull()
    {
        await RegistreerAsync("Leerhuis Noord", "90059902", null, "false");

        var aanbieder = (await AanbiederSteps.AllAanbiedersAsync(_plugin)).Single();
        Assert.That(aanbieder.Vestigingsnummer, Is.Null);
        Assert.That(aanbieder.Keurmerk, Is.False);
    }

    [Test]
    public async Task Registreer_InvalidKvk_NamesField()
    {
        var result = await RegistreerAsync("Leerhuis Noord", "9005990", null, "false");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("kvkNummer", new LocalizedText(
                "Het KvK-nummer '9005990' is ongeldig: vul acht cijfers in, zonder spaties of punten, bijvoorbeeld 90059901.",
                "The Chamber of Commerce number '9005990' is invalid: enter eight digits, without spaces or dots, for example 90059901.")),
        }));
        Assert.That(await AanbiederSteps.AllAanbiedersAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Registreer_MissingNaamAndKvk_NamesBothFields()
    {
        var result = await RegistreerAsync(null, null, null, "false");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "naam", "kvkNummer" }));
        Assert.That(result.Errors[0].Message.Nl, Is.EqualTo("Vul de naam van de aanbieder in; dit veld is verplicht."));
        Assert.That(result.Errors[1].Message.Nl, Is.EqualTo("Vul het KvK-nummer in; dit veld is verplicht. Het KvK-nummer heeft acht cijfers, bijvoorbeeld 90059901."));
    }

    [Test]
    public async Task Registreer_InvalidVestiging_NamesField()
    {
        var result = await RegistreerAsync("Leerhuis Noord", "90059902", "12345", "false");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("vestigingsnummer", new LocalizedText(
                "Het vestigingsnummer '12345' is ongeldig: vul twaalf cijfers in, of laat het veld leeg voor de hele organisatie.",
                "The branch number '12345' is invalid: enter twelve digits, or leave the field empty for the whole organisation.")),
        }));
    }

    [Test]
    public async Task Registreer_DuplicateKvkWithoutVestiging_NamesKvk()
    {
        await RegistreerAsync("Leerhuis Noord", "90059902", null, "false");

        var result = await RegistreerAsync("Leerhuis Noord BV", "90059902", null, "true");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("kvkNummer", new LocalizedText(
                "Er is al een aanbieder met KvK-nummer 90059902 zonder vestigingsnummer in deze gemeente. Wijzig die aanbieder, of vul een vestigingsnummer in.",
                "A course provider with Chamber of Commerce number 90059902 and no branch number already exists in this municipality. Change that provider, or enter a branch number.")),
        }));
        Assert.That(await AanbiederSteps.AllAanbiedersAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Registreer_DuplicateVestiging_NamesVestiging()
    {
        await RegistreerAsync("Taalschool De Brug", "90059901", "000012345678", "true");

        var result = await RegistreerAsync("Taalschool De Brug Zuid", "90059901", "000012345678", "true");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("vestigingsnummer", new LocalizedText(
                "Er is al een aanbieder met KvK-nummer 90059901 en vestigingsnummer 000012345678 in deze gemeente. Wijzig die aanbieder, of vul een ander vestigingsnummer in.",
                "A course provider with Chamber of Commerce number 90059901 and branch number 000012345678 already exists in this municipality. Change that provider, or enter another branch number.")),
        }));
    }

    [Test]
    public async Task Registreer_OtherVestigingOrGemeente_IsAllowed()
    {
        await RegistreerAsync("Taalschool De Brug", "90059901", "000012345678", "true");

        var otherVestiging = await RegistreerAsync("Taalschool De Brug Zuid", "90059901", "000087654321", "true");
        var withoutVestiging = await RegistreerAsync("Taalschool De Brug Holding", "90059901", null, "true");
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var otherGemeente = await RegistreerAsync("Taalschool De Brug", "90059901", "000012345678", "true");

        Assert.That(otherVestiging.Succeeded, Is.True);
        Assert.That(withoutVestiging.Succeeded, Is.True);
        Assert.That(otherGemeente.Succeeded, Is.True);
        Assert.That((await AanbiederSteps.AllAanbiedersAsync(_plugin)).Count(a => a.Gemeente == "0518"), Is.EqualTo(1));
    }

    [Test]
    public async Task Wijzig_CurrentVersion_ChangesAanbieder()
    {
        var aanbieder = await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90059902", keurmerk: false);

        var result = await WijzigAsync(aanbieder.Id, "0", "Leerhuis Noord BV", "true", "false");

        var stored = (await AanbiederSteps.AllAanbiedersAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.aanbieder", aanbieder.Id.ToString())));
        Assert.That(result.Message, Is.EqualTo(new LocalizedText("Aanbieder Leerhuis Noord BV is gewijzigd.", "Course provider Leerhuis Noord BV was changed.")));
        Assert.That(stored.Naam, Is.EqualTo("Leerhuis Noord BV"));
        Assert.That(stored.Keurmerk, Is.True);
        Assert.That(stored.Actief, Is.False);
        Assert.That(stored.Version, Is.EqualTo(1));
        Assert.That(stored.KvkNummer, Is.EqualTo("90059902"));
    }

    [Test]
    public async Task Wijzig_StaleVersion_ReturnsConflict()
    {
        var aanbieder = await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90059902");
        await WijzigAsync(aanbieder.Id, "0", "Leerhuis Noord BV", "false", "true");

        var stale = await WijzigAsync(aanbieder.Id, "0", "Leerhuis Zuid", "false", "true");

        Assert.That(stale.IsConflict, Is.True);
        Assert.That(stale.Message!.Nl, Is.EqualTo(
            "Iemand anders heeft deze aanbieder intussen gewijzigd; er is niets opgeslagen. Open de aanbieder opnieuw en voer de wijziging nog eens door."));
        Assert.That((await AanbiederSteps.AllAanbiedersAsync(_plugin)).Single().Naam, Is.EqualTo("Leerhuis Noord BV"));
    }

    [Test]
    public async Task Wijzig_OtherGemeente_IsNotFound()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var aanbieder = await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90051802");
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        var result = await WijzigAsync(aanbieder.Id, "0", "Overgenomen", "false", "true");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("", new LocalizedText(
                "Deze aanbieder bestaat niet in deze gemeente. Open de aanbieder opnieuw vanuit de lijst met aanbieders.",
                "This course provider does not exist in this municipality. Open the provider again from the list of course providers.")),
        }));
        Assert.That((await AanbiederSteps.AllAanbiedersAsync(_plugin)).Single().Naam, Is.EqualTo("Leerhuis Noord"));
    }

    [Test]
    public async Task Wijzig_EmptyNaam_NamesField()
    {
        var aanbieder = await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90059902");

        var result = await WijzigAsync(aanbieder.Id, "0", " ", "false", "true");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("naam"));
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Vul de naam van de aanbieder in; dit veld is verplicht."));
    }

    [Test]
    public async Task AanbiedersScreen_ListsOwnGemeenteWithRunningCount()
    {
        var brug = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901", "000012345678");
        var noord = await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90059902", keurmerk: false, actief: false);
        var dossierId = Guid.Parse(await Voortgang.VoortgangHarness.RegisterAsync(_plugin));
        await AanbiederSteps.AddAanmeldingAsync(_plugin, dossierId, brug.Id, Inburgering.Plugin.Leveringen.Cursusonderdeel.Taal);
        await AanbiederSteps.AddAanmeldingAsync(_plugin, dossierId, brug.Id, Inburgering.Plugin.Leveringen.Cursusonderdeel.Knm);
        await AanbiederSteps.AddAanmeldingAsync(_plugin, dossierId, brug.Id, Inburgering.Plugin.Leveringen.Cursusonderdeel.Map, einddatum: new DateOnly(2026, 12, 1));
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90051801");
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        var screen = await _plugin.LoadScreenAsync("inburgering.aanbieders", null);

        var list = screen!.Sections.Single().Elements.OfType<ListElement>().Single();
        Assert.That(list.Columns.Select(c => c.Key), Is.EqualTo(new[] { "naam", "kvkNummer", "vestigingsnummer", "keurmerk", "actief", "lopendeAanmeldingen" }));
        Assert.That(list.Rows.Select(r => r.Values), Is.EqualTo(new[]
        {
            new object?[] { "Leerhuis Noord", "90059902", null, false, false, 0 },
            new object?[] { "Taalschool De Brug", "90059901", "000012345678", true, true, 2 },
        }));
        Assert.That(list.Rows.Select(r => r.Link), Is.EqualTo(new[]
        {
            new ScreenLink("inburgering.aanbieder", noord.Id.ToString()),
            new ScreenLink("inburgering.aanbieder", brug.Id.ToString()),
        }));
        Assert.That(list.NextPage, Is.Null);
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.aanbieder-registreren" }));
    }

    [Test]
    public async Task AanbiedersScreen_PagesByName()
    {
        for (var i = 0; i < AanbiedersScreen.PageSize + 2; i++)
        {
            await AanbiederSteps.AddAanbiederAsync(_plugin, $"Aanbieder {i:D2}", $"900{i:D5}");
        }

        var first = await _plugin.LoadScreenAsync("inburgering.aanbieders", null);
        var firstList = first!.Sections.Single().Elements.OfType<ListElement>().Single();
        var second = await _plugin.LoadScreenAsync("inburgering.aanbieders", null, ListQuery.Default with { After = firstList.NextPage });
        var secondList = second!.Sections.Single().Elements.OfType<ListElement>().Single();

        Assert.That(firstList.Rows, Has.Count.EqualTo(50));
        Assert.That(firstList.Rows[^1].Values[0], Is.EqualTo("Aanbieder 49"));
        Assert.That(secondList.Rows.Select(r => r.Values[0]), Is.EqualTo(new[] { "Aanbieder 50", "Aanbieder 51" }));
        Assert.That(secondList.NextPage, Is.Null);
    }

    [Test]
    public async Task AanbiederScreen_ShowsDetailsAndAanmeldingen()
    {
        var aanbieder = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        var dossierId = Guid.Parse(await Voortgang.VoortgangHarness.RegisterAsync(_plugin));
        await AanbiederSteps.AddAanmeldingAsync(_plugin, dossierId, aanbieder.Id, Inburgering.Plugin.Leveringen.Cursusonderdeel.Knm, new DateOnly(2026, 11, 30));
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.aanbieder", aanbieder.Id.ToString());

        var list = screen!.Sections[1].Elements.OfType<ListElement>().Single();
        Assert.That(screen.Heading, Is.EqualTo("Taalschool De Brug"));
        Assert.That(screen.Version, Is.EqualTo("0"));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.aanbieder-wijzigen" }));
        Assert.That(screen.ActionValues, Is.EqualTo(new Dictionary<string, string?> { ["naam"] = "Taalschool De Brug", ["keurmerk"] = "true", ["actief"] = "true" }));
        Assert.That(list.Rows.Single().Values, Is.EqualTo(new object?[] { "Suzanne Moulin", "KNM", new DateOnly(2026, 11, 30), null }));
        Assert.That(list.Rows.Single().Link, Is.EqualTo(new ScreenLink("inburgering.dossier", dossierId.ToString())));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.aanmelding", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task AanbiederScreen_OtherGemeente_ReturnsNull()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var aanbieder = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90051801");
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        var screen = await _plugin.LoadScreenAsync("inburgering.aanbieder", aanbieder.Id.ToString());

        Assert.That(screen, Is.Null);
    }

    [TestCase("inburgering.aanbieder-registreren", "inburgering.aanbieders.beheer")]
    [TestCase("inburgering.aanbieder-wijzigen", "inburgering.aanbieders.beheer")]
    [TestCase("inburgering.aanmelden", "inburgering.aanmelding.edit")]
    [TestCase("inburgering.aanmelding-beeindigen", "inburgering.aanmelding.edit")]
    [TestCase("inburgering.aanwezigheid-leveren", "inburgering.aanleveren")]
    public async Task Action_NeedsItsPermission(string actionId, string permission)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var action = scope.ServiceProvider.GetServices<IActionHandler>().Single(a => a.Definition.Id == actionId);
        _plugin.User.Granted = new HashSet<string> { "inburgering.aanbieders.view", "inburgering.dossier.view" };

        Assert.That(action.Definition.Permission, Is.EqualTo(permission));
        Assert.That(_plugin.User.HasPermission(action.Definition.Permission), Is.False, "a consulent with view rights only may not run it");
    }

    [TestCase("inburgering.aanbieders", "inburgering.aanbieders.view")]
    [TestCase("inburgering.aanbieder", "inburgering.aanbieders.view")]
    [TestCase("inburgering.aanmeldingen", "inburgering.voortgang.view")]
    [TestCase("inburgering.mijn-cursisten", "inburgering.aanleveren")]
    [TestCase("inburgering.cursist", "inburgering.aanleveren")]
    public async Task Screen_NeedsItsPermission(string screenId, string permission)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var screen = scope.ServiceProvider.GetServices<IScreen>().Single(s => s.Definition.Id == screenId);

        Assert.That(screen.Definition.ViewPermission, Is.EqualTo(permission));
    }

    private Task<ActionResult> RegistreerAsync(string? naam, string? kvk, string? vestigingsnummer, string keurmerk) =>
        _plugin.ExecuteAsync(
            "inburgering.aanbieder-registreren",
            null,
            ("naam", naam),
            ("kvkNummer", kvk),
            ("vestigingsnummer", vestigingsnummer),
            ("keurmerk", keurmerk));

    private Task<ActionResult> WijzigAsync(Guid aanbiederId, string version, string naam, string keurmerk, string actief) =>
        _plugin.ExecuteVersionedAsync(
            "inburgering.aanbieder-wijzigen",
            aanbiederId.ToString(),
            version,
            ("naam", naam),
            ("keurmerk", keurmerk),
            ("actief", actief));
}
