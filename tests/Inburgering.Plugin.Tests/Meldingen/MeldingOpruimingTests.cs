using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using TestSupport;
using static Inburgering.Plugin.Tests.Meldingen.MeldingenSteps;

namespace Inburgering.Plugin.Tests.Meldingen;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class MeldingOpruimingTests(DatabaseProvider provider)
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
    public async Task RuimOp_DeliveredThirtyDaysAgo_KeepsNotification()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, Guid.NewGuid().ToString());
        await BezorgAsync(_plugin);

        _plugin.Clock.Advance(TimeSpan.FromDays(MeldingOpruiming.Bewaardagen));
        await BezorgAsync(_plugin);

        Assert.That(await MeldingenAsync(_plugin), Has.Count.EqualTo(1));
        Assert.That(await AfleveringenAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RuimOp_DeliveredLongerAgo_RemovesBoth()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, Guid.NewGuid().ToString());
        await BezorgAsync(_plugin);

        _plugin.Clock.Advance(TimeSpan.FromDays(MeldingOpruiming.Bewaardagen) + TimeSpan.FromMinutes(1));
        var result = await BezorgAsync(_plugin);

        Assert.That(await MeldingenAsync(_plugin), Is.Empty);
        Assert.That(await AfleveringenAsync(_plugin), Is.Empty);
        Assert.That(result.Summary, Is.EqualTo("0 deliveries created, 0 delivered, 0 attempts failed and 1 old notifications removed."));
    }

    [Test]
    public async Task RuimOp_ReceiverStillDown_KeepsOldDelivery()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, Guid.NewGuid().ToString());
        await BezorgAsync(_plugin);

        _plugin.Clock.Advance(TimeSpan.FromDays(MeldingOpruiming.Bewaardagen + 10));
        await BezorgAsync(_plugin);

        Assert.That(await MeldingenAsync(_plugin), Has.Count.EqualTo(1));
        Assert.That((await AfleveringenAsync(_plugin)).Single().Status, Is.Not.EqualTo(AfleveringStatus.Afgeleverd));
    }
}
