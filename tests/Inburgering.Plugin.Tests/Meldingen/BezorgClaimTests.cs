using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Inburgering.Plugin.Tests.Meldingen.MeldingenSteps;

namespace Inburgering.Plugin.Tests.Meldingen;

/// <summary>The claim a delivery run takes on a subscription, so overlapping runs never send one delivery twice.</summary>
[TestFixtureSource(typeof(TestSupport.TestDatabases), nameof(TestSupport.TestDatabases.Providers))]
public sealed class BezorgClaimTests(DatabaseProvider provider)
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
    public async Task Bezorg_TwoRunsAtOnce_SendEachOnce()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Vertraging = TimeSpan.FromMilliseconds(100);
        _ontvanger.Start();
        var gepubliceerd = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            gepubliceerd.Add(await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, $"d{i}"));
            _plugin.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var runs = await Task.WhenAll(BezorgAsync(_plugin), BezorgAsync(_plugin));

        var ontvangen = _ontvanger.Verzoeken.Select(v => Guid.Parse(v.Id)).ToList();
        Assert.That(ontvangen, Is.EqualTo(gepubliceerd), "every event once, oldest first");
        Assert.That(runs.Sum(r => r.Count), Is.EqualTo(5));
        Assert.That(runs.Select(r => r.Count), Does.Contain(0), "one run found the subscription claimed");
        Assert.That((await AfleveringenAsync(_plugin)).Select(a => a.Status), Has.All.EqualTo(AfleveringStatus.Afgeleverd));
    }

    [Test]
    public async Task Bezorg_ClaimOfCrashedRun_WaitsUntilItExpires()
    {
        var abonnementId = await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");
        var gecrasht = Guid.NewGuid();
        await ClaimAsync(abonnementId, gecrasht, _plugin.Clock.GetUtcNow() + BezorgClaim.Duur);

        _plugin.Clock.Advance(BezorgClaim.Duur - TimeSpan.FromSeconds(1));
        var terwijlGeclaimd = await BezorgAsync(_plugin);
        var claimTerwijlGeclaimd = (await AbonnementAsync(_plugin, abonnementId)).BezorgRun;
        _plugin.Clock.Advance(TimeSpan.FromSeconds(1));
        var naVerlopen = await BezorgAsync(_plugin);

        var abonnement = await AbonnementAsync(_plugin, abonnementId);
        Assert.That(terwijlGeclaimd.Count, Is.Zero);
        Assert.That(claimTerwijlGeclaimd, Is.EqualTo(gecrasht), "a run leaves another run's claim alone");
        Assert.That(naVerlopen.Count, Is.EqualTo(1));
        Assert.That(_ontvanger.Verzoeken, Has.Count.EqualTo(1));
        Assert.That(abonnement.BezorgRun, Is.Null, "the run released its claim");
        Assert.That(abonnement.BezorgClaimTot, Is.Null);
        Assert.That(_plugin.Logs.Lines.Count(l => l.StartsWith($"Skipped subscription {abonnementId}", StringComparison.Ordinal)), Is.EqualTo(1), "one skip logged");
    }

    private async Task ClaimAsync(Guid abonnementId, Guid run, DateTimeOffset tot)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        await db.Abonnementen
            .Where(a => a.Id == abonnementId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.BezorgRun, run).SetProperty(a => a.BezorgClaimTot, tot));
    }
}
