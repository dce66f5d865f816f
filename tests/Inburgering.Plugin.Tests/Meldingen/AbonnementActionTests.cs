using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using TestSupport;
using static Inburgering.Plugin.Tests.Meldingen.MeldingenSteps;

namespace Inburgering.Plugin.Tests.Meldingen;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AbonnementActionTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private WebhookOntvanger _ontvanger = null!;

    [SetUp]
    public async Task SetUp()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _ontvanger = new WebhookOntvanger();
    }

    [TearDown]
    public async Task TearDown()
    {
        _ontvanger.Dispose();
        await _plugin.DisposeAsync();
    }

    [Test]
    public async Task Toevoegen_Valid_ShowsSecretOnceAndStoresIt()
    {
        var result = await _plugin.ExecuteAsync(
            AbonnementToevoegenAction.ActionId, null, ("naam", "Zaaksysteem"), ("url", "https://zaaksysteem.example.nl/hook"), ("typen", null));
        var id = Guid.Parse(result.NavigateTo!.RecordId!);
        var abonnement = await AbonnementAsync(_plugin, id);
        var screen = await _plugin.LoadScreenAsync(AbonnementScreen.ScreenId, id.ToString());

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Does.Contain(abonnement.Geheim));
        Assert.That(result.Message.En, Does.Contain(abonnement.Geheim));
        Assert.That(abonnement.Geheim, Does.StartWith("whsec_"));
        Assert.That(abonnement.Actief, Is.True);
        Assert.That(abonnement.Typen, Is.Null);
        Assert.That(abonnement.Gemeente, Is.EqualTo("0599"));
        Assert.That(abonnement.AangemaaktOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(ScreenText(screen!), Does.Not.Contain(abonnement.Geheim["whsec_".Length..]));
        Assert.That(_plugin.Logs.Lines, Has.None.Contains(abonnement.Geheim["whsec_".Length..]));
    }

    [TestCase("", "https://zaaksysteem.example.nl/hook", null, new[] { "naam" })]
    [TestCase("Zaaksysteem", "http://zaaksysteem.example.nl/hook", null, new[] { "url" })]
    [TestCase("Zaaksysteem", "https://beheer:wachtwoord@zaaksysteem.example.nl/hook", null, new[] { "url" })]
    [TestCase("Zaaksysteem", "https://zaaksysteem.example.nl/hook", "nl.inburgering.onbekend", new[] { "typen" })]
    [TestCase("", "zaaksysteem", "nl.inburgering.onbekend", new[] { "naam", "url", "typen" })]
    public async Task Toevoegen_Invalid_NamesEachWrongField(string naam, string url, string? typen, string[] velden)
    {
        var result = await _plugin.ExecuteAsync(AbonnementToevoegenAction.ActionId, null, ("naam", naam), ("url", url), ("typen", typen));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(velden));
    }

    [Test]
    public async Task Toevoegen_ChosenTypes_StoredInChoiceOrder()
    {
        var result = await _plugin.ExecuteAsync(
            AbonnementToevoegenAction.ActionId, null, ("naam", "Zaaksysteem"), ("url", _ontvanger.Url),
            ("typen", $"{MeldingTypen.LeveringVerwerkt},{MeldingTypen.DossierGeregistreerd}"));

        var abonnement = await AbonnementAsync(_plugin, Guid.Parse(result.NavigateTo!.RecordId!));
        Assert.That(abonnement.Typen, Is.EqualTo($"{MeldingTypen.DossierGeregistreerd},{MeldingTypen.LeveringVerwerkt}"));
    }

    [Test]
    public async Task Wijzigen_StaleVersion_IsConflict()
    {
        var id = (await VoegAbonnementToeAsync(_plugin, _ontvanger)).ToString();
        var screen = await _plugin.LoadScreenAsync(AbonnementScreen.ScreenId, id);
        await _plugin.ExecuteVersionedAsync(AbonnementDeactiverenAction.ActionId, id, screen!.Version);

        var result = await _plugin.ExecuteVersionedAsync(
            AbonnementWijzigenAction.ActionId, id, screen.Version, ("naam", "Ander systeem"), ("url", _ontvanger.Url), ("actief", "true"));

        Assert.That(result.IsConflict, Is.True);
        Assert.That((await AbonnementAsync(_plugin, Guid.Parse(id))).Naam, Is.EqualTo("Zaaksysteem"));
    }

    [Test]
    public async Task Wijzigen_Reactivate_SendsWaitingDeliveries()
    {
        var id = (await VoegAbonnementToeAsync(_plugin, _ontvanger)).ToString();
        _ontvanger.Antwoord = _ => 503;
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");
        await BezorgAsync(_plugin);
        var screen = await _plugin.LoadScreenAsync(AbonnementScreen.ScreenId, id);
        await _plugin.ExecuteVersionedAsync(AbonnementDeactiverenAction.ActionId, id, screen!.Version);
        _ontvanger.Antwoord = _ => 204;
        _plugin.Clock.Advance(TimeSpan.FromHours(2));
        await BezorgAsync(_plugin);
        var tijdensInactief = _ontvanger.Verzoeken.Count;
        screen = await _plugin.LoadScreenAsync(AbonnementScreen.ScreenId, id);

        var result = await _plugin.ExecuteVersionedAsync(
            AbonnementWijzigenAction.ActionId, id, screen!.Version, ("naam", "Zaaksysteem"), ("url", _ontvanger.Url), ("actief", "true"));
        await BezorgAsync(_plugin);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(tijdensInactief, Is.EqualTo(1), "an inactive subscription sends nothing");
        Assert.That(_ontvanger.Aangenomen, Has.Count.EqualTo(1));
        Assert.That((await AfleveringenAsync(_plugin)).Single().Status, Is.EqualTo(AfleveringStatus.Afgeleverd));
    }

    [Test]
    public async Task OpnieuwProberen_Failing_MakesDeliveryDueNow()
    {
        var id = (await VoegAbonnementToeAsync(_plugin, _ontvanger)).ToString();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");
        await BezorgAsync(_plugin);
        _plugin.Clock.Advance(TimeSpan.FromSeconds(30));
        _ontvanger.Start();

        var result = await _plugin.ExecuteAsync(AbonnementOpnieuwProberenAction.ActionId, id);
        var due = (await AfleveringenAsync(_plugin)).Single().VolgendePogingOp;
        await BezorgAsync(_plugin);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.En, Is.EqualTo("1 notifications are sent again within a minute."));
        Assert.That(due, Is.EqualTo(PluginHarness.Now + TimeSpan.FromSeconds(30)));
        Assert.That(_ontvanger.Aangenomen, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Deactiveren_OtherGemeente_IsNotFound()
    {
        var id = (await VoegAbonnementToeAsync(_plugin, _ontvanger)).ToString();
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.ExecuteAsync(AbonnementDeactiverenAction.ActionId, id);
        var screen = await _plugin.LoadScreenAsync(AbonnementScreen.ScreenId, id);
        var list = await _plugin.LoadScreenAsync(AbonnementenScreen.ScreenId, null);

        Assert.That(result.Errors.Single().Message.En, Is.EqualTo("The subscription was not found. Open it again from the list of subscriptions."));
        Assert.That(screen, Is.Null);
        Assert.That(((ListElement)list!.Sections[0].Elements[0]).Rows, Is.Empty);
        Assert.That((await AbonnementAsync(_plugin, Guid.Parse(id))).Actief, Is.True);
    }

    [Test]
    public async Task Lijst_AfterDeliveries_CountsPerStatusWithLastError()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");
        await BezorgAsync(_plugin);
        _ontvanger.Antwoord = _ => 500;
        _plugin.Clock.Advance(TimeSpan.FromSeconds(1));
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d2");
        _plugin.Clock.Advance(TimeSpan.FromSeconds(1));
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d3");
        await BezorgAsync(_plugin);

        var list = (ListElement)(await _plugin.LoadScreenAsync(AbonnementenScreen.ScreenId, null))!.Sections[0].Elements[0];

        Assert.That(list.Rows, Has.Count.EqualTo(1));
        Assert.That(list.Rows[0].Values, Is.EqualTo(new object?[]
        {
            "Zaaksysteem", _ontvanger.Url, true, 1, 2, 0, "The receiver answered HTTP 500 InternalServerError.",
        }));
    }

    private static string ScreenText(ScreenContent content) =>
        string.Join("\n", content.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().Select(f => f.Value?.ToString()))
        + string.Join("\n", content.ActionValues.Values);
}
