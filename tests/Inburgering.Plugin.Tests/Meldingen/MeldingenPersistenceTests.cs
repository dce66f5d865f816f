using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using TestSupport;
using static Inburgering.Plugin.Tests.Meldingen.MeldingenSteps;

namespace Inburgering.Plugin.Tests.Meldingen;

/// <summary>The outbox, subscriptions and deliveries on each database provider, with the gemeente filter in place.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class MeldingenPersistenceTests(DatabaseProvider provider)
{
    [Test]
    public async Task Bezorg_RoundTrip_StoresEveryColumn()
    {
        await using var plugin = await PluginHarness.StartAsync(provider);
        using var ontvanger = new WebhookOntvanger { Antwoord = _ => 503 };
        var abonnementId = await VoegAbonnementToeAsync(plugin, ontvanger, MeldingTypen.DossierGeregistreerd);
        ontvanger.Start();
        var id = await PubliceerAsync(plugin, MeldingTypen.DossierGeregistreerd, "d1", new Dictionary<string, string?> { ["status"] = "Gekoppeld" });

        await BezorgAsync(plugin);
        ontvanger.Antwoord = _ => 200;
        plugin.Clock.Advance(TimeSpan.FromMinutes(2));
        await BezorgAsync(plugin);

        var melding = (await MeldingenAsync(plugin)).Single();
        var aflevering = (await AfleveringenAsync(plugin)).Single();
        var abonnement = await AbonnementAsync(plugin, abonnementId);
        Assert.That(melding.Id, Is.EqualTo(id));
        Assert.That(melding.Tijd, Is.EqualTo(PluginHarness.Now));
        Assert.That(melding.Data, Is.EqualTo("{\"status\":\"Gekoppeld\"}"));
        Assert.That(melding.Uitgewaaierd, Is.True);
        Assert.That(abonnement.Typen, Is.EqualTo(MeldingTypen.DossierGeregistreerd));
        Assert.That(abonnement.Geheim, Is.EqualTo(ontvanger.Geheim));
        Assert.That(aflevering.MeldingId, Is.EqualTo(id));
        Assert.That(aflevering.AbonnementId, Is.EqualTo(abonnementId));
        Assert.That(aflevering.Tijd, Is.EqualTo(PluginHarness.Now));
        Assert.That(aflevering.Status, Is.EqualTo(AfleveringStatus.Afgeleverd));
        Assert.That(aflevering.Pogingen, Is.EqualTo(2));
        Assert.That(aflevering.LaatsteHttpStatus, Is.EqualTo(200));
        Assert.That(aflevering.LaatsteFout, Is.Null);
        Assert.That(aflevering.AfgeleverdOp, Is.EqualTo(PluginHarness.Now + TimeSpan.FromMinutes(2)));
        Assert.That(ontvanger.Verzoeken.Select(v => v.Id), Is.EqualTo(new[] { id.ToString(), id.ToString() }));
    }

    [Test]
    public async Task Abonnementen_OtherGemeente_AreHidden()
    {
        await using var plugin = await PluginHarness.StartAsync(provider);
        using var ontvanger = new WebhookOntvanger();
        await VoegAbonnementToeAsync(plugin, ontvanger);
        await PubliceerAsync(plugin, MeldingTypen.DossierGeregistreerd, "d1");
        plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await BezorgAsync(plugin);
        var list = (ListElement)(await plugin.LoadScreenAsync(AbonnementenScreen.ScreenId, null))!.Sections[0].Elements[0];

        Assert.That(result.Summary, Is.EqualTo("0 deliveries created, 0 delivered, 0 attempts failed and 0 old notifications removed."));
        Assert.That(list.Rows, Is.Empty);
        Assert.That((await MeldingenAsync(plugin)).Single().Uitgewaaierd, Is.False);
    }
}
