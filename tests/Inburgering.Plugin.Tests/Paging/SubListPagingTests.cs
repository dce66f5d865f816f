using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Api;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Voortgang;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Paging;

/// <summary>
/// The growing lists of one person or one aanbieder walked page by page on both engines. Each list has more rows than
/// a page and groups of rows with the same sort date. Rows of a second dossier or aanbieder test the filter, and rows
/// of Den Haag must never appear.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class SubListPagingTests(DatabaseProvider provider)
{
    private static readonly GemeenteCode Rotterdam = PluginHarness.Rotterdam;

    private static readonly GemeenteCode DenHaag = PluginHarness.DenHaag;

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);

        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Dossiers.AddRange(Enumerable.Range(1, 12).Select(i => PagingSeed.Dossier(Rotterdam, PagingSeed.Id(1, i), i, PagingSeed.Start, DossierStatus.InTraject)));
            db.Aanbieders.Add(PagingSeed.Aanbieder(Rotterdam, PagingSeed.Id(10, 1), "90059901"));
            db.Aanbieders.Add(PagingSeed.Aanbieder(Rotterdam, PagingSeed.Id(10, 2), "90059902"));
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db =>
        {
            db.Dossiers.Add(PagingSeed.Dossier(DenHaag, PagingSeed.Id(2, 1), 1001, PagingSeed.Start, DossierStatus.InTraject));
            db.Aanbieders.Add(PagingSeed.Aanbieder(DenHaag, PagingSeed.Id(20, 1), "90059901"));
        });
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Urenregels_AllPages_EachRowOnce()
    {
        var dossierId = PagingSeed.Id(1, 1);
        var own = Enumerable.Range(1, 120)
            .Select(i => PagingSeed.Urenregel(Rotterdam, PagingSeed.Id(3, i), dossierId, new DateOnly(2026, 1, 4).AddDays(i / 10 * 7)))
            .ToList();
        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Urenregels.AddRange(own);
            db.Urenregels.AddRange(Enumerable.Range(1, 20).Select(i => PagingSeed.Urenregel(Rotterdam, PagingSeed.Id(4, i), PagingSeed.Id(1, 2), new DateOnly(2026, 1, 4))));
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db =>
            db.Urenregels.AddRange(Enumerable.Range(1, 20).Select(i => PagingSeed.Urenregel(DenHaag, PagingSeed.Id(5, i), PagingSeed.Id(2, 1), new DateOnly(2026, 1, 4)))));
        var expected = own.OrderByDescending(r => r.PeriodeTot).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => WithDbAsync(async db =>
        {
            var page = await UrenregelPagina.LeesAsync(db, dossierId, cursor, CancellationToken.None);
            return (page.Regels.Select(r => r.Id), page.Volgende);
        }));

        var otherGemeente = await WithDbAsync(async db =>
        {
            var page = await UrenregelPagina.LeesAsync(db, PagingSeed.Id(2, 1), null, CancellationToken.None);
            return (page.Regels.Select(r => r.Id), page.Volgende);
        });
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
        Assert.That(otherGemeente.Ids, Is.Empty);
    }

    [Test]
    public async Task AanmeldingenOfAanbieder_AllPages_EachRowOnce()
    {
        var aanbiederId = PagingSeed.Id(10, 1);
        var own = Enumerable.Range(1, 110)
            .Select(i => PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(6, i), PagingSeed.Id(1, (i % 12) + 1), aanbiederId, new DateOnly(2026, 1, 5).AddDays(i / 8)))
            .ToList();
        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Aanmeldingen.AddRange(own);
            db.Aanmeldingen.AddRange(Enumerable.Range(1, 15).Select(i => PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(7, i), PagingSeed.Id(1, 1), PagingSeed.Id(10, 2), new DateOnly(2026, 1, 5))));
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db =>
            db.Aanmeldingen.AddRange(Enumerable.Range(1, 15).Select(i => PagingSeed.Aanmelding(DenHaag, PagingSeed.Id(8, i), PagingSeed.Id(2, 1), PagingSeed.Id(20, 1), new DateOnly(2026, 1, 5)))));
        var expected = own.OrderByDescending(m => m.Startdatum).ThenByDescending(m => m.Id).Select(m => m.Id).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => WithDbAsync(async db =>
        {
            var page = await AanmeldingPagina.LeesAsync(db.Aanmeldingen.Where(m => m.AanbiederId == aanbiederId), cursor, CancellationToken.None);
            return (page.Aanmeldingen.Select(m => m.Id), page.Volgende);
        }));

        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task ApiAanmeldingen_AllPages_EachRowOnce()
    {
        var own = Enumerable.Range(1, 45)
            .Select(i => PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(6, i), PagingSeed.Id(1, (i % 12) + 1), PagingSeed.Id(10, 1), new DateOnly(2026, 1, 5).AddDays(i / 4)))
            .ToList();
        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Aanmeldingen.AddRange(own);
            db.Aanmeldingen.AddRange(Enumerable.Range(1, 5).Select(i => PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(7, i), PagingSeed.Id(1, 1), PagingSeed.Id(10, 2), new DateOnly(2026, 1, 5))));
        });
        var expected = own.OrderBy(m => m.Startdatum).ThenBy(m => m.Id).Select(m => m.Id).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(async cursor =>
        {
            await using var scope = _plugin.Services.CreateAsyncScope();
            var query = scope.ServiceProvider.GetRequiredService<AanmeldingenQuery>();
            var (rows, next) = await query.LeesAsync([PagingSeed.Id(10, 1)], null, cursor, 20, CancellationToken.None);
            return (rows.Select(r => r.Id), next);
        });

        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task LeveringenOfAanbieder_AllPages_EachRowOnce()
    {
        var aanbiederId = PagingSeed.Id(10, 1);
        var own = Enumerable.Range(1, 55)
            .Select(i => PagingSeed.Levering(Rotterdam, PagingSeed.Id(9, i), aanbiederId, PagingSeed.Start.AddMinutes(i / 5)))
            .ToList();
        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Leveringen.AddRange(own);
            db.Leveringen.AddRange(Enumerable.Range(1, 5).Select(i => PagingSeed.Levering(Rotterdam, PagingSeed.Id(11, i), PagingSeed.Id(10, 2), PagingSeed.Start)));
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db =>
            db.Leveringen.AddRange(Enumerable.Range(1, 5).Select(i => PagingSeed.Levering(DenHaag, PagingSeed.Id(12, i), PagingSeed.Id(20, 1), PagingSeed.Start))));
        var expected = own.OrderByDescending(l => l.OntvangenOp).ThenByDescending(l => l.Id).Select(l => l.Id).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => WithDbAsync(async db =>
        {
            // Den Haag's aanbieder is asked for too: the gemeente filter must leave its deliveries out.
            var page = await KeysetPaging.ReadAsync(
                ListLeveringenOperation.Query(db, [aanbiederId, PagingSeed.Id(20, 1)]), ListLeveringenOperation.Order, cursor, 20, CancellationToken.None);
            return (page.Rows.Select(l => l.Id), page.Next);
        }));

        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task CoaList_AllPages_EachDossierOnce()
    {
        var moreDossiers = Enumerable.Range(13, 48)
            .Select(i => PagingSeed.Dossier(Rotterdam, PagingSeed.Id(1, i), i, PagingSeed.Start, DossierStatus.InTraject))
            .ToList();
        var coa = Enumerable.Range(1, 60)
            .Select(i => PagingSeed.Coa(Rotterdam, PagingSeed.Id(13, i), PagingSeed.Id(1, i), PagingSeed.Start.AddDays(i / 6)))
            .ToList();
        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Dossiers.AddRange(moreDossiers);
            db.CoaInformatie.AddRange(coa);
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db => db.CoaInformatie.Add(PagingSeed.Coa(DenHaag, PagingSeed.Id(14, 1), PagingSeed.Id(2, 1), PagingSeed.Start)));
        var expected = coa.OrderByDescending(c => c.GewijzigdOp).ThenByDescending(c => c.Id).Select(c => c.DossierId).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(async cursor =>
        {
            var content = await _plugin.LoadScreenAsync(CoaImportScreen.ScreenId, null, ListQuery.Default with { After = cursor });
            var list = content!.Sections[0].Elements.OfType<ListElement>().Single();
            return (list.Rows.Select(r => Guid.Parse(r.Link!.RecordId!)), list.NextPage);
        });

        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(2));
    }

    private async Task<(IEnumerable<Guid> Ids, string? Next)> WithDbAsync(Func<InburgeringDbContext, Task<(IEnumerable<Guid> Ids, string? Next)>> read)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var (ids, next) = await read(scope.ServiceProvider.GetRequiredService<InburgeringDbContext>());

        return (ids.ToList(), next);
    }
}
