using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Verhuizing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using VerhuizingEntity = Inburgering.Plugin.Verhuizing.Verhuizing;

namespace Inburgering.Plugin.Tests.Verhuizing;

/// <summary>The <c>verhuizingen</c> table on both databases: a round trip and the one open Verhuizing per dossier.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VerhuizingPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!;
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Verhuizing_DetectedAndDismissed_RoundTrips()
    {
        _plugin.Brp.Add(VerhuizingSteps.SuzanneInDenHaag);
        await _plugin.RunJobAsync("inburgering.verhuizingen-brp");
        await _plugin.ExecuteVersionedAsync("inburgering.geen-verhuizing", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("reden", "Correctie in de BRP."));

        var verhuizing = (await _plugin.AllVerhuizingenAsync()).Single();

        Assert.That(verhuizing.DossierId, Is.EqualTo(Guid.Parse(_dossierId)));
        Assert.That(verhuizing.Gemeente, Is.EqualTo("0599"));
        Assert.That(verhuizing.NieuweGemeente, Is.EqualTo("0518"));
        Assert.That(verhuizing.Datum, Is.EqualTo(new DateOnly(2026, 12, 1)));
        Assert.That(verhuizing.DatumUitBrp, Is.True);
        Assert.That(verhuizing.Bron, Is.EqualTo(VerhuizingBron.Brp));
        Assert.That(verhuizing.Status, Is.EqualTo(VerhuizingStatus.GeenVerhuizing));
        Assert.That(verhuizing.GesignaleerdOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(verhuizing.AfgehandeldOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(verhuizing.AfgehandeldDoor, Is.EqualTo("medewerker-17"));
        Assert.That(verhuizing.Reden, Is.EqualTo("Correctie in de BRP."));
    }

    [Test]
    public async Task SecondOpenVerhuizing_SameDossier_IsRejectedByIndex()
    {
        await AddAsync(VerhuizingStatus.Gesignaleerd);

        Assert.That(() => AddAsync(VerhuizingStatus.Gesignaleerd), Throws.InstanceOf<DbUpdateException>());
    }

    [Test]
    public async Task ClosedVerhuizingen_SameDossier_AreAllowed()
    {
        await AddAsync(VerhuizingStatus.GeenVerhuizing);
        await AddAsync(VerhuizingStatus.Overgedragen);
        await AddAsync(VerhuizingStatus.Gesignaleerd);

        Assert.That(await _plugin.AllVerhuizingenAsync(), Has.Count.EqualTo(3));
    }

    private async Task AddAsync(VerhuizingStatus status)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        db.Verhuizingen.Add(new VerhuizingEntity
        {
            Id = Guid.CreateVersion7(),
            DossierId = Guid.Parse(_dossierId),
            Gemeente = "0599",
            NieuweGemeente = "0518",
            Datum = new DateOnly(2026, 12, 1),
            Bron = VerhuizingBron.Host,
            Status = status,
            GesignaleerdOp = PluginHarness.Now,
        });

        await db.SaveChangesAsync();
    }
}
