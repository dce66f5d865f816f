using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Overdracht.Bestand;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Overdracht.OverdrachtSteps;

namespace Inburgering.Plugin.Tests.Overdracht.Bestand;

/// <summary>
/// A dossier exported as a signed file by one deployment and imported, with the real package services, into a clean
/// database of another deployment that trusts the first one's key.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OverdrachtBestandRondreisTests(DatabaseProvider provider)
{
    private PluginHarness _rotterdam = null!;

    private PluginHarness _denHaag = null!;

    [SetUp]
    public async Task SetUp()
    {
        _rotterdam = await PluginHarness.StartAsync(provider);
        _denHaag = await PluginHarness.StartAsync(provider);
        _denHaag.Tenant.Current = PluginHarness.DenHaag;
        _denHaag.Signing.Trust(_rotterdam.Signing);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _rotterdam.DisposeAsync();
        await _denHaag.DisposeAsync();
    }

    [Test]
    public async Task Importeren_CleanDatabase_KeepsLeerrouteTermijnAndHours()
    {
        var oudId = await DossierMetPipAsync(_rotterdam);
        var oud = await WithDbAsync(_rotterdam, db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == Guid.Parse(oudId)));

        var resultaat = await ImporteerAsync(await ExporteerAsync(oudId));

        Assert.That(resultaat.Succeeded, Is.True, string.Join(" | ", resultaat.Errors.Select(e => e.Message.En)));
        var nieuwId = Guid.Parse(resultaat.NavigateTo!.RecordId!);
        var nieuw = await WithDbAsync(_denHaag, db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == nieuwId));
        var versies = await WithDbAsync(_denHaag, db => db.PipVersies.AsNoTracking().Where(v => v.DossierId == nieuwId).ToListAsync());
        var uren = await WithDbAsync(_denHaag, db => db.Urenregels.AsNoTracking().Where(u => u.DossierId == nieuwId).ToListAsync());
        Assert.That(nieuw.Gemeente, Is.EqualTo("0518"));
        Assert.That(nieuw.Bsn, Is.EqualTo("999993653"));
        Assert.That(nieuw.DagtekeningEerstePip, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(nieuw.Termijn!.LaatsteDag, Is.EqualTo(oud.Termijn!.LaatsteDag));
        Assert.That(versies.Select(v => (v.Leerroute, v.OvergenomenVan)), Is.EqualTo(new[] { (Leerroute.B1Route, "0599") }));
        Assert.That(uren.Where(u => u.Soort == UrenSoort.Nt2Fysiek).Sum(u => u.Uren), Is.EqualTo(120m));
        Assert.That(uren.Where(u => u.Soort == UrenSoort.Knm).Sum(u => u.Uren), Is.EqualTo(40m));
    }

    [Test]
    public async Task Importeren_SameFileTwice_TakesOverOnce()
    {
        var bestand = await ExporteerAsync(await DossierMetPipAsync(_rotterdam));

        var eerste = await ImporteerAsync(bestand);
        var tweede = await ImporteerAsync(bestand);

        Assert.That(tweede.NavigateTo, Is.EqualTo(eerste.NavigateTo));
        Assert.That(await WithDbAsync(_denHaag, db => db.Dossiers.CountAsync()), Is.EqualTo(1));
    }

    private async Task<byte[]> ExporteerAsync(string dossierId)
    {
        var resultaat = await _rotterdam.ExecuteAsync(OverdrachtExporterenAction.ActionId, dossierId, (OverdrachtBestandFields.OntvangendeGemeente.Key, "0518"));
        Assert.That(resultaat.Succeeded, Is.True, string.Join(" | ", resultaat.Errors.Select(e => e.Message.En)));

        var scherm = await _rotterdam.LoadScreenAsync(OverdrachtBestandScreen.ScreenId, dossierId);
        var recordId = scherm!.Sections.SelectMany(s => s.Elements).OfType<DownloadElement>().First().RecordId;
        await using var scope = _rotterdam.Services.CreateAsyncScope();
        var download = scope.ServiceProvider.GetServices<IDownload>().Single(d => d.Definition.Id == OverdrachtBestandDownload.DownloadId);
        var bestand = await download.CreateAsync(recordId, CancellationToken.None);
        using var uitvoer = new MemoryStream();
        await bestand!.WriteAsync(uitvoer, CancellationToken.None);
        return uitvoer.ToArray();
    }

    private async Task<ActionResult> ImporteerAsync(byte[] bestand)
    {
        await using var scope = _denHaag.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IActionHandler>().Single(h => h.Definition.Id == OverdrachtImporterenAction.ActionId);
        var request = new ActionRequest(null, new Dictionary<string, string?>())
        {
            Files = new Dictionary<string, ActionFile>
            {
                ["bestand"] = new("overdracht.json", "application/json", bestand.Length, () => new MemoryStream(bestand)),
            },
        };

        return await handler.ExecuteAsync(request, CancellationToken.None);
    }
}
