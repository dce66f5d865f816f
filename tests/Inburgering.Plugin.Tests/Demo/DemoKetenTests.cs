using Host.Abstractions;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Demo;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Demo;

/// <summary>The demo data of the chain: the sent overdracht, the DUO-portal worklist, the COA forms and the subscriptions.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DemoKetenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        foreach (var persoon in DemoBrpPersons.All)
        {
            _plugin.Brp.Add(persoon);
        }
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Overdracht_Rotterdam_SentToDenHaag()
    {
        await SeedAsync();

        var overdracht = (await ListAsync(db => db.Overdrachten)).Single();
        var dossier = (await _plugin.AllDossiersAsync()).Single(d => d.Id == overdracht.AfzenderDossierId);
        var pakket = OverdrachtPakketJson.Lees(overdracht.PakketJson);
        Assert.That(overdracht.Status, Is.EqualTo(OverdrachtStatus.Verzonden));
        Assert.That(overdracht.AfzenderGemeente, Is.EqualTo("0599"));
        Assert.That(overdracht.OntvangerGemeente, Is.EqualTo("0518"));
        Assert.That(overdracht.Verhuisdatum, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(overdracht.GezondheidReden, Is.Null);
        Assert.That(pakket.Id, Is.EqualTo(overdracht.PakketId));
        Assert.That(dossier.Bsn, Is.EqualTo(DemoOverdracht.Bsn));
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Vertrokken));
        Assert.That(dossier.StatusSinds, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(dossier.AfsluitReden, Is.Null);
    }

    [Test]
    public async Task Overdracht_DenHaag_SeesIncomingToAccept()
    {
        await SeedAsync();
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        await SeedAsync();

        var zichtbaar = await ListAsync(db => db.Overdrachten);
        Assert.That(zichtbaar.Select(o => (o.AfzenderGemeente, o.OntvangerGemeente, o.Status)), Is.EqualTo(new[] { ("0599", "0518", OverdrachtStatus.Verzonden) }));
    }

    [Test]
    public async Task Overdracht_DenHaag_AcceptsWithSameTermijn()
    {
        await SeedAsync();
        var overdracht = (await ListAsync(db => db.Overdrachten)).Single();
        var oud = (await _plugin.AllDossiersAsync()).Single(d => d.Id == overdracht.AfzenderDossierId);
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var accepted = await _plugin.ExecuteVersionedAsync("inburgering.overdracht-accepteren", overdracht.Id.ToString(), OverdrachtEdit.VersionOf(overdracht));

        Assert.That(accepted.Errors, Is.Empty);
        var nieuw = (await _plugin.AllDossiersAsync()).Single(d => d.Id == Guid.Parse(accepted.NavigateTo!.RecordId!));
        Assert.That(nieuw.Gemeente, Is.EqualTo("0518"));
        Assert.That(nieuw.Bsn, Is.EqualTo(DemoOverdracht.Bsn));
        Assert.That(nieuw.DagtekeningEerstePip, Is.EqualTo(oud.DagtekeningEerstePip));
        Assert.That(nieuw.Termijn!.LaatsteDag, Is.EqualTo(oud.Termijn!.LaatsteDag));
    }

    [Test]
    public async Task Overdracht_PublishesNotification()
    {
        await SeedAsync();

        var overdracht = (await ListAsync(db => db.Overdrachten)).Single();
        var meldingen = await ListAsync(db => db.Meldingen.Where(m => m.Type == MeldingTypen.OverdrachtVerzonden));
        Assert.That(meldingen.Select(m => m.Subject), Is.EqualTo(new[] { overdracht.AfzenderDossierId.ToString() }));
    }

    [Test]
    public async Task DuoRegistraties_OpenItemsForPipAndPvt()
    {
        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        var registraties = await ListAsync(db => db.DuoRegistraties);
        var items = registraties
            .Select(r => (dossiers.Single(d => d.Id == r.DossierId).Bsn, r.Soort, r.Status))
            .OrderBy(i => i.Bsn, StringComparer.Ordinal)
            .ThenBy(i => i.Soort)
            .ToList();
        Assert.That(items, Is.EqualTo(new (string?, DuoRegistratieSoort, DuoRegistratieStatus)[]
        {
            ("999990172", DuoRegistratieSoort.PipVastgesteld, DuoRegistratieStatus.Open),
            ("999992466", DuoRegistratieSoort.PipVastgesteld, DuoRegistratieStatus.Open),
            ("999992806", DuoRegistratieSoort.PipVastgesteld, DuoRegistratieStatus.Open),
            ("999995017", DuoRegistratieSoort.PvtOndertekend, DuoRegistratieStatus.Open),
        }));
    }

    [Test]
    public async Task Coa_TwoAsielstatushoudersLinkedLast()
    {
        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        var informatie = await ListAsync(db => db.CoaInformatie);
        var versies = await ListAsync(db => db.CoaInformatieVersies);
        Assert.That(informatie.Select(c => dossiers.Single(d => d.Id == c.DossierId).VNummer), Is.EquivalentTo(new[] { "1234567890", "4567890123" }));
        Assert.That(informatie.Select(c => (c.Versie, c.Bron)), Is.All.EqualTo((1, CoaBron.Handmatig)));
        Assert.That(versies, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Abonnement_OneInactivePerGemeente()
    {
        await SeedAsync();
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await SeedAsync();

        var abonnementen = await ListAsync(db => db.Abonnementen.IgnoreQueryFilters());
        Assert.That(abonnementen.Select(a => a.Gemeente), Is.EquivalentTo(new[] { "0599", "0518" }));
        Assert.That(abonnementen.Select(a => a.Naam), Is.All.EqualTo("Voorbeeld: zaaksysteem (uit)"));
        Assert.That(abonnementen.Select(a => a.Url), Is.All.EqualTo("http://127.0.0.1:9/inburgering"));
        Assert.That(abonnementen.Select(a => a.Actief), Is.All.False);
    }

    [Test]
    public async Task Seed_Twice_CreatesEachChainPartOnce()
    {
        await SeedAsync();
        var before = await ChainCountsAsync();
        var recordsBefore = _plugin.ProcessingLog.Records.Count(r => r.Operation != ProcessingOperation.Search);

        await SeedAsync();

        Assert.That(await ChainCountsAsync(), Is.EqualTo(before));
        Assert.That(before, Is.EqualTo(new[] { 1, 4, 2, 2, 1 }), "overdrachten, DUO items, COA forms, COA versions, subscriptions");
        Assert.That(_plugin.ProcessingLog.Records.Count(r => r.Operation != ProcessingOperation.Search), Is.EqualTo(recordsBefore));
    }

    [Test]
    public async Task Seed_RecordsChainProcessing()
    {
        await SeedAsync();

        var activiteiten = _plugin.ProcessingLog.Records.Select(r => (r.ActivityId, r.Operation)).ToList();
        Assert.That(activiteiten.Count(a => a == ("inburgering.overdracht", ProcessingOperation.Create)), Is.EqualTo(1));
        Assert.That(activiteiten.Count(a => a == ("inburgering.duo-registratie", ProcessingOperation.Create)), Is.EqualTo(4));
        Assert.That(activiteiten.Count(a => a == ("inburgering.coa-informatie", ProcessingOperation.Create)), Is.EqualTo(2));
    }

    private async Task<int[]> ChainCountsAsync() =>
    [
        (await ListAsync(db => db.Overdrachten)).Count,
        (await ListAsync(db => db.DuoRegistraties)).Count,
        (await ListAsync(db => db.CoaInformatie)).Count,
        (await ListAsync(db => db.CoaInformatieVersies)).Count,
        (await ListAsync(db => db.Abonnementen)).Count,
    ];

    private async Task SeedAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDemoDataSeeder>().SeedAsync(CancellationToken.None);
    }

    private async Task<List<T>> ListAsync<T>(Func<InburgeringDbContext, IQueryable<T>> query)
        where T : class
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>()).AsNoTracking().ToListAsync();
    }
}
