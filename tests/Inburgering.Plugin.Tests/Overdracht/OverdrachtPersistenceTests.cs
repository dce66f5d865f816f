using Host.Abstractions;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Overdracht.OverdrachtSteps;

namespace Inburgering.Plugin.Tests.Overdracht;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OverdrachtPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Overdracht_AcceptedRoundTrip_StoresEveryStep()
    {
        var oudId = await DossierMetPipAsync(_plugin);
        var overdrachtId = await VerzondenAsync(_plugin, oudId, gezondheidReden: "Aangepast lesrooster nodig");

        var accepted = await RunAsync(_plugin, PluginHarness.DenHaag, "inburgering.overdracht-accepteren", overdrachtId);

        var overdracht = (await AllOverdrachtenAsync(_plugin)).Single();
        var nieuwId = Guid.Parse(accepted.NavigateTo!.RecordId!);
        var intake = await WithDbAsync(_plugin, db => db.BredeIntakes.SingleAsync(i => i.DossierId == nieuwId));
        var overgenomen = await WithDbAsync(_plugin, db => db.OvergenomenPakketten.SingleAsync());
        Assert.That(accepted.Errors, Is.Empty);
        Assert.That(overdracht.AfzenderGemeente, Is.EqualTo("0599"));
        Assert.That(overdracht.OntvangerGemeente, Is.EqualTo("0518"));
        Assert.That(overdracht.AfzenderDossierId, Is.EqualTo(Guid.Parse(oudId)));
        Assert.That(overdracht.Status, Is.EqualTo(OverdrachtStatus.Geaccepteerd));
        Assert.That(overdracht.Verhuisdatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(overdracht.GezondheidReden, Is.EqualTo("Aangepast lesrooster nodig"));
        Assert.That(overdracht.VerzondenOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(overdracht.AfgehandeldOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(overdracht.OntvangerDossierId, Is.EqualTo(nieuwId));
        Assert.That(OverdrachtPakketJson.Lees(overdracht.PakketJson).Leerroute, Is.EqualTo("B1Route"));
        Assert.That(intake.GezondheidLichamelijk, Is.EqualTo("Rugklachten bij lang staan"));
        Assert.That(intake.AfgerondOp, Is.EqualTo(new DateOnly(2026, 11, 20)));
        Assert.That(overgenomen.DossierId, Is.EqualTo(nieuwId));
        Assert.That(overgenomen.AfzenderGemeente, Is.EqualTo("0599"));
    }

    [Test]
    public async Task Overdracht_Isolation_SenderAndReceiverOnly()
    {
        var oudId = await DossierMetPipAsync(_plugin);
        await VerzondenAsync(_plugin, oudId);

        var zender = await ZichtbaarAsync(PluginHarness.Rotterdam);
        var ontvanger = await ZichtbaarAsync(PluginHarness.DenHaag);
        var derde = await ZichtbaarAsync(Utrecht);

        Assert.That(zender, Is.EqualTo(1));
        Assert.That(ontvanger, Is.EqualTo(1));
        Assert.That(derde, Is.EqualTo(0));
    }

    [Test]
    public void Overdracht_AddedByReceiver_IsRefused()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => WithDbAsync(_plugin, async db =>
        {
            db.Overdrachten.Add(new Plugin.Overdracht.Overdracht
            {
                Id = Guid.NewGuid(),
                AfzenderGemeente = "0599",
                OntvangerGemeente = "0518",
                PakketJson = "{}",
                VoorbereidDoor = "medewerker-17",
            });
            return await db.SaveChangesAsync();
        }));

        Assert.That(error!.Message, Does.Contain("only the sender adds one"));
    }

    /// <summary>Counts the overdrachten that the query filter returns to <paramref name="gemeente"/>.</summary>
    private async Task<int> ZichtbaarAsync(GemeenteCode gemeente)
    {
        _plugin.Tenant.Current = gemeente;
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        return await db.Overdrachten.CountAsync();
    }
}
