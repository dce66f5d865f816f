using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Meldingen.MeldingenSteps;

namespace Inburgering.Plugin.Tests.Meldingen;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class MeldingenBezorgenTests(DatabaseProvider provider)
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
    public async Task Bezorg_ReceiverDownThenBack_ReceivesEveryEventInOrder()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        var gepubliceerd = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            gepubliceerd.Add(await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, Guid.NewGuid().ToString()));
            _plugin.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Down: nothing listens on the port, so the connection is refused.
        var eersteRun = await BezorgAsync(_plugin);
        _ontvanger.Antwoord = _ => 503;
        _ontvanger.Start();
        for (var run = 0; run < 3; run++)
        {
            _plugin.Clock.Advance(TimeSpan.FromHours(1));
            await BezorgAsync(_plugin);
        }

        _ontvanger.Antwoord = _ => 204;
        for (var run = 0; run < 10 && _ontvanger.Aangenomen.Count < gepubliceerd.Count; run++)
        {
            _plugin.Clock.Advance(TimeSpan.FromHours(1));
            await BezorgAsync(_plugin);
        }

        var aangenomen = _ontvanger.Aangenomen.Select(v => Guid.Parse(v.Id)).ToList();
        Assert.That(eersteRun.Count, Is.Zero);
        Assert.That(_ontvanger.Verzoeken.Count(v => v.Status == 503), Is.EqualTo(3));
        Assert.That(aangenomen, Is.EqualTo(gepubliceerd), "every event, oldest first");
        Assert.That(aangenomen.Count - aangenomen.Distinct().Count(), Is.Zero, "duplicates");
        Assert.That(_ontvanger.Verzoeken.Select(v => v.SignatureValid), Has.All.True);
        Assert.That(_ontvanger.Verzoeken.Select(v => v.ContentType), Has.All.EqualTo("application/cloudevents+json; charset=utf-8"));
        Assert.That((await AfleveringenAsync(_plugin)).Select(a => a.Status), Has.All.EqualTo(AfleveringStatus.Afgeleverd));
    }

    [Test]
    public async Task Bezorg_RequestBody_IsTheCloudEventWithItsId()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();
        var subject = Guid.NewGuid().ToString();
        var id = await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, subject);

        await BezorgAsync(_plugin);

        var verzoek = _ontvanger.Verzoeken.Single();
        Assert.That(verzoek.Id, Is.EqualTo(id.ToString()));
        Assert.That(verzoek.Body, Is.EqualTo(
            $"{{\"specversion\":\"1.0\",\"id\":\"{id}\",\"source\":\"urn:nld:gemeente:0599:inburgering\"," +
            $"\"type\":\"nl.inburgering.dossier.geregistreerd\",\"subject\":\"{subject}\",\"time\":\"2026-12-04T10:00:00Z\"," +
            "\"datacontenttype\":\"application/json\"}"));
    }

    [Test]
    public async Task Bezorg_Failing_FollowsBackoffScheduleExactly()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Antwoord = _ => 503;
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");

        await BezorgAsync(_plugin);
        for (var poging = 1; poging <= 9; poging++)
        {
            var aflevering = (await AfleveringenAsync(_plugin)).Single();
            var verwacht = _plugin.Clock.GetUtcNow() + AfleveringSchema.Wachttijd(poging) + AfleveringSchema.Jitter(aflevering.Id, poging);
            Assert.That(aflevering.Pogingen, Is.EqualTo(poging));
            Assert.That(aflevering.VolgendePogingOp, Is.EqualTo(verwacht), $"after attempt {poging}");
            Assert.That(aflevering.Status, Is.EqualTo(poging < 8 ? AfleveringStatus.Wachtend : AfleveringStatus.Mislukt), $"after attempt {poging}");
            Assert.That(aflevering.LaatsteHttpStatus, Is.EqualTo(503));
            Assert.That(aflevering.LaatsteFout, Is.EqualTo("The receiver answered HTTP 503 ServiceUnavailable."));

            _plugin.Clock.SetUtcNow(verwacht - TimeSpan.FromSeconds(1));
            await BezorgAsync(_plugin);
            Assert.That(_ontvanger.Verzoeken, Has.Count.EqualTo(poging), $"one second before attempt {poging + 1}");

            _plugin.Clock.SetUtcNow(verwacht);
            await BezorgAsync(_plugin);
            Assert.That(_ontvanger.Verzoeken, Has.Count.EqualTo(poging + 1), $"at attempt {poging + 1}");
        }
    }

    [Test]
    public async Task Bezorg_ReceiverTooSlow_CountsAsTimeout()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Vertraging = TimeSpan.FromSeconds(12);
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");

        var result = await BezorgAsync(_plugin);

        var aflevering = (await AfleveringenAsync(_plugin)).Single();
        Assert.That(result.Summary, Is.EqualTo("1 deliveries created, 0 delivered, 1 attempts failed and 0 old notifications removed."));
        Assert.That(aflevering.Status, Is.EqualTo(AfleveringStatus.Wachtend));
        Assert.That(aflevering.Pogingen, Is.EqualTo(1));
        Assert.That(aflevering.LaatsteHttpStatus, Is.Null);
        Assert.That(aflevering.LaatsteFout, Is.EqualTo("Timed out after 10 seconds."));
    }

    [Test]
    public async Task Bezorg_OneEventAlwaysRejected_StepsAsideAfterEightAttempts()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();
        var afgewezen = await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");
        _plugin.Clock.Advance(TimeSpan.FromSeconds(1));
        var volgende = await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d2");
        _ontvanger.Antwoord = id => id == afgewezen.ToString() ? 400 : 204;

        for (var run = 0; run < 9; run++)
        {
            await BezorgAsync(_plugin);
            _plugin.Clock.Advance(TimeSpan.FromHours(2));
        }

        var afleveringen = await AfleveringenAsync(_plugin);
        Assert.That(_ontvanger.Aangenomen.Select(v => v.Id), Is.EqualTo(new[] { volgende.ToString() }));
        Assert.That(afleveringen[0].Status, Is.EqualTo(AfleveringStatus.Mislukt));
        Assert.That(afleveringen[0].Pogingen, Is.EqualTo(9), "a failed delivery is still retried");
        Assert.That(afleveringen[1].Status, Is.EqualTo(AfleveringStatus.Afgeleverd));
    }

    [Test]
    public async Task Bezorg_DeliveredButNotSaved_SendsAgainWithSameId()
    {
        var verzender = new EersteKeerVastlopendeVerzender(new WebhookVerzender(TimeProvider.System));
        await using var plugin = await PluginHarness.StartAsync(
            provider, replaceServices: services => services.AddSingleton<IWebhookVerzender>(verzender));
        await VoegAbonnementToeAsync(plugin, _ontvanger);
        _ontvanger.Start();
        var id = await PubliceerAsync(plugin, MeldingTypen.DossierGeregistreerd, "d1");

        Assert.That(() => BezorgAsync(plugin), Throws.InvalidOperationException);
        await BezorgAsync(plugin);

        var aflevering = (await AfleveringenAsync(plugin)).Single();
        Assert.That(_ontvanger.Aangenomen.Select(v => v.Id), Is.EqualTo(new[] { id.ToString(), id.ToString() }));
        Assert.That(aflevering.Status, Is.EqualTo(AfleveringStatus.Afgeleverd));
        Assert.That(aflevering.Pogingen, Is.EqualTo(1), "the lost attempt was never recorded");
    }

    [Test]
    public async Task Bezorg_Gone_DeactivatesSubscriptionAndKeepsDelivery()
    {
        var abonnementId = await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Antwoord = _ => 410;
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");

        await BezorgAsync(_plugin);
        _plugin.Clock.Advance(TimeSpan.FromHours(2));
        await BezorgAsync(_plugin);

        var aflevering = (await AfleveringenAsync(_plugin)).Single();
        Assert.That((await AbonnementAsync(_plugin, abonnementId)).Actief, Is.False);
        Assert.That(_ontvanger.Verzoeken, Has.Count.EqualTo(1));
        Assert.That(aflevering.Status, Is.EqualTo(AfleveringStatus.Wachtend));
        Assert.That(aflevering.LaatsteHttpStatus, Is.EqualTo(410));
    }

    [Test]
    public async Task Bezorg_TypeNotChosen_MakesNoDelivery()
    {
        await VoegAbonnementToeAsync(_plugin, _ontvanger, MeldingTypen.PipVastgesteld);
        _ontvanger.Start();
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");
        var pip = await PubliceerAsync(_plugin, MeldingTypen.PipVastgesteld, "d1");

        await BezorgAsync(_plugin);

        Assert.That(_ontvanger.Aangenomen.Select(v => v.Id), Is.EqualTo(new[] { pip.ToString() }));
        Assert.That(await AfleveringenAsync(_plugin), Has.Count.EqualTo(1));
        Assert.That((await MeldingenAsync(_plugin)).Select(m => m.Uitgewaaierd), Has.All.True);
    }

    [Test]
    public async Task Bezorg_PublishedBeforeSubscription_IsNotDelivered()
    {
        await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");
        _plugin.Clock.Advance(TimeSpan.FromSeconds(1));
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();

        await BezorgAsync(_plugin);

        Assert.That(_ontvanger.Verzoeken, Is.Empty);
        Assert.That(await AfleveringenAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Bezorg_SubscriptionOfOtherGemeente_ReceivesNothing()
    {
        using var denHaag = new WebhookOntvanger();
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await VoegAbonnementToeAsync(_plugin, denHaag);
        denHaag.Start();
        _plugin.Tenant.Current = PluginHarness.Rotterdam;
        await VoegAbonnementToeAsync(_plugin, _ontvanger);
        _ontvanger.Start();
        var id = await PubliceerAsync(_plugin, MeldingTypen.DossierGeregistreerd, "d1");

        await BezorgAsync(_plugin);
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await BezorgAsync(_plugin);

        Assert.That(denHaag.Verzoeken, Is.Empty);
        Assert.That(_ontvanger.Aangenomen.Select(v => v.Id), Is.EqualTo(new[] { id.ToString() }));
        Assert.That((await AfleveringenAsync(_plugin)).Select(a => a.Gemeente), Is.EqualTo(new[] { "0599" }));
    }

    [Test]
    public async Task Publiceer_TransactionRolledBack_LeavesNoMelding()
    {
        await using (var scope = _plugin.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<IMeldingen>().Publiceer(MeldingTypen.DossierGeregistreerd, "d1");
            await db.SaveChangesAsync();

            await transaction.RollbackAsync();
        }

        Assert.That(await MeldingenAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Registreer_ThenSluitAf_PublishesRegistrationAndStatusChange()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");
        var dossierId = registered.NavigateTo!.RecordId!;
        await _plugin.ExecuteVersionedAsync(
            "inburgering.sluit-af", dossierId, await _plugin.DossierVersionAsync(dossierId), ("afgeslotenOp", "2026-12-01"), ("afsluitReden", "VertrokkenNaarBuitenland"));

        var meldingen = await MeldingenAsync(_plugin);
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(meldingen[1].Data!);
        Assert.That(meldingen.Select(m => m.Type), Is.EqualTo(new[] { MeldingTypen.DossierGeregistreerd, MeldingTypen.DossierStatusGewijzigd }));
        Assert.That(meldingen.Select(m => m.Subject), Has.All.EqualTo(dossierId));
        Assert.That(meldingen[0].Data, Is.Null);
        Assert.That(data, Is.EqualTo(new Dictionary<string, string> { ["status"] = "Vertrokken", ["vorigeStatus"] = "Gekoppeld", ["op"] = "2026-12-01" }));
        Assert.That(meldingen.Select(m => m.Gemeente), Has.All.EqualTo("0599"));
    }

    /// <summary>Sends the first request and then throws, as a process that stops before it saves the outcome.</summary>
    private sealed class EersteKeerVastlopendeVerzender(IWebhookVerzender verzender) : IWebhookVerzender
    {
        private int _aantal;

        public async Task<WebhookUitkomst> VerzendAsync(Uri url, string geheim, Guid eventId, byte[] body, CancellationToken cancellationToken)
        {
            var uitkomst = await verzender.VerzendAsync(url, geheim, eventId, body, cancellationToken);

            if (Interlocked.Increment(ref _aantal) == 1)
            {
                throw new InvalidOperationException("Stopped before the outcome was saved.");
            }

            return uitkomst;
        }
    }
}
