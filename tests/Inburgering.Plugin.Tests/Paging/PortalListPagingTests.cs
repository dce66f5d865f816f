using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Portaal;
using TestSupport;

namespace Inburgering.Plugin.Tests.Paging;

/// <summary>
/// The portal lists of an aanbieder walked page by page on both engines: the students of the aanbieders the login
/// acts for, and the delivered periods of one student. The login is KvK 90059901, which has two branches in Rotterdam.
/// Rows of another aanbieder, of a restricted dossier and of Den Haag must never appear.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PortalListPagingTests(DatabaseProvider provider)
{
    private const string Kvk = "90059901";

    private static readonly GemeenteCode Rotterdam = PluginHarness.Rotterdam;

    private static readonly GemeenteCode DenHaag = PluginHarness.DenHaag;

    private static readonly Guid EersteVestiging = PagingSeed.Id(10, 1);

    private static readonly Guid TweedeVestiging = PagingSeed.Id(10, 2);

    private static readonly Guid AndereAanbieder = PagingSeed.Id(10, 3);

    private static readonly Guid BeperktDossier = PagingSeed.Id(1, 13);

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);

        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Dossiers.AddRange(Enumerable.Range(1, 12).Select(i => PagingSeed.Dossier(Rotterdam, PagingSeed.Id(1, i), i, PagingSeed.Start, DossierStatus.InTraject)));
            var beperkt = PagingSeed.Dossier(Rotterdam, BeperktDossier, 13, PagingSeed.Start, DossierStatus.InTraject);
            beperkt.BeperktOp = new DateOnly(2026, 1, 5);
            db.Dossiers.Add(beperkt);
            db.Aanbieders.Add(Vestiging(PagingSeed.Aanbieder(Rotterdam, EersteVestiging, Kvk), "000000000001"));
            db.Aanbieders.Add(Vestiging(PagingSeed.Aanbieder(Rotterdam, TweedeVestiging, Kvk), "000000000002"));
            db.Aanbieders.Add(PagingSeed.Aanbieder(Rotterdam, AndereAanbieder, "90059902"));
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db =>
        {
            db.Dossiers.Add(PagingSeed.Dossier(DenHaag, PagingSeed.Id(2, 1), 1001, PagingSeed.Start, DossierStatus.InTraject));
            db.Aanbieders.Add(PagingSeed.Aanbieder(DenHaag, PagingSeed.Id(20, 1), Kvk));
        });
        _plugin.User.Organisation = Kvk;
        _plugin.User.Granted = new HashSet<string> { "inburgering.aanleveren" };
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task MijnCursisten_AllPages_EachAanmeldingOnce()
    {
        var visible = await AddAanmeldingenAsync();
        var expected = visible.OrderByDescending(m => m.Startdatum).ThenByDescending(m => m.Id).Select(m => m.Id).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(ReadCursistenPageAsync);

        Assert.That(ids, Has.Count.EqualTo(110));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task MijnCursisten_RowAddedBetweenPages_NotRepeated()
    {
        var visible = await AddAanmeldingenAsync();
        var expected = visible.OrderByDescending(m => m.Startdatum).ThenByDescending(m => m.Id).Select(m => m.Id).ToList();
        var first = await ReadCursistenPageAsync(null);

        // A referral that starts after all others sorts first, before the cursor.
        await PagingSeed.AddAsync(_plugin, Rotterdam, db => db.Aanmeldingen.Add(
            PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(64, 1), PagingSeed.Id(1, 1), EersteVestiging, new DateOnly(2026, 6, 1))));
        var second = await ReadCursistenPageAsync(first.Next);

        Assert.That(first.Ids, Is.EqualTo(expected[..50]));
        Assert.That(second.Ids, Is.EqualTo(expected[50..100]));
        Assert.That(second.Next, Is.Not.Null);
    }

    [Test]
    public async Task CursistPerioden_AllPages_EachPeriodOnce()
    {
        var visible = await AddPeriodenAsync();
        var expected = visible
            .OrderByDescending(v => v.PeriodeTot)
            .ThenByDescending(v => v.OntvangenOp)
            .ThenByDescending(v => v.Id)
            .Select(v => v.Id)
            .ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPeriodenPageAsync(visible, cursor));

        Assert.That(ids, Has.Count.EqualTo(110));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task CursistPerioden_RowAddedBetweenPages_NotRepeated()
    {
        var visible = await AddPeriodenAsync();
        var expected = visible
            .OrderByDescending(v => v.PeriodeTot)
            .ThenByDescending(v => v.OntvangenOp)
            .ThenByDescending(v => v.Id)
            .Select(v => v.Id)
            .ToList();
        var first = await ReadPeriodenPageAsync(visible, null);

        // A delivery of a later period sorts first, before the cursor.
        var nieuw = Periode(PagingSeed.Id(74, 1), PagingSeed.Id(60, 1), PagingSeed.Id(73, 1), new DateOnly(2026, 12, 27), PagingSeed.Start.AddDays(400), 999);
        await PagingSeed.AddAsync(_plugin, Rotterdam, db => db.Voortgangsmeldingen.Add(nieuw));
        var second = await ReadPeriodenPageAsync([.. visible, nieuw], first.Next);

        Assert.That(first.Ids, Is.EqualTo(expected[..50]));
        Assert.That(second.Ids, Is.EqualTo(expected[50..100]));
        Assert.That(second.Next, Is.Not.Null);
    }

    /// <summary>
    /// Adds 70 aanmeldingen at the first branch and 40 at the second, over dossiers 1 to 12, with eight in a row on the
    /// same start date, and returns them. The list must leave out 6 of the restricted dossier, 10 of another aanbieder
    /// and 5 of the aanbieder with the same KvK number in Den Haag.
    /// </summary>
    private async Task<List<Aanmelding>> AddAanmeldingenAsync()
    {
        var visible = Enumerable.Range(1, 110)
            .Select(i => PagingSeed.Aanmelding(
                Rotterdam,
                PagingSeed.Id(60, i),
                PagingSeed.Id(1, (i % 12) + 1),
                i <= 70 ? EersteVestiging : TweedeVestiging,
                new DateOnly(2026, 1, 5).AddDays(i / 8)))
            .ToList();

        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Aanmeldingen.AddRange(visible);
            db.Aanmeldingen.AddRange(Enumerable.Range(1, 6).Select(i =>
                PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(61, i), BeperktDossier, EersteVestiging, new DateOnly(2026, 1, 5))));
            db.Aanmeldingen.AddRange(Enumerable.Range(1, 10).Select(i =>
                PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(62, i), PagingSeed.Id(1, 1), AndereAanbieder, new DateOnly(2026, 1, 5))));
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db => db.Aanmeldingen.AddRange(Enumerable.Range(1, 5).Select(i =>
            PagingSeed.Aanmelding(DenHaag, PagingSeed.Id(63, i), PagingSeed.Id(2, 1), PagingSeed.Id(20, 1), new DateOnly(2026, 1, 5)))));

        return visible;
    }

    /// <summary>
    /// Adds 110 delivered periods of aanmelding 1 and returns them: ten in a row end on the same day, and of those,
    /// the rows with the same remainder of three were received at the same moment. Each row has its own number of
    /// hours followed in person, which identifies it on the screen. The list must leave out 10 periods of aanmelding 2
    /// of the same dossier.
    /// </summary>
    private async Task<List<Voortgangsmelding>> AddPeriodenAsync()
    {
        var aanmeldingen = new[]
        {
            PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(60, 1), PagingSeed.Id(1, 1), EersteVestiging, new DateOnly(2026, 1, 5)),
            PagingSeed.Aanmelding(Rotterdam, PagingSeed.Id(60, 2), PagingSeed.Id(1, 1), EersteVestiging, new DateOnly(2026, 1, 5)),
        };
        var levering = PagingSeed.Levering(Rotterdam, PagingSeed.Id(73, 1), EersteVestiging, PagingSeed.Start);
        var visible = Enumerable.Range(1, 110)
            .Select(i => Periode(
                PagingSeed.Id(70, i), aanmeldingen[0].Id, levering.Id, new DateOnly(2026, 1, 11).AddDays(i / 10 * 7), PagingSeed.Start.AddHours(i % 3), i))
            .ToList();

        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Aanmeldingen.AddRange(aanmeldingen);
            db.Leveringen.Add(levering);
            db.Voortgangsmeldingen.AddRange(visible);
            db.Voortgangsmeldingen.AddRange(Enumerable.Range(1, 10).Select(i => Periode(
                PagingSeed.Id(71, i), aanmeldingen[1].Id, levering.Id, new DateOnly(2026, 1, 11), PagingSeed.Start, 500 + i)));
        });

        return visible;
    }

    private async Task<(IEnumerable<Guid> Ids, string? Next)> ReadCursistenPageAsync(string? cursor)
    {
        var content = await _plugin.LoadScreenAsync(MijnCursistenScreen.ScreenId, null, ListQuery.Default with { After = cursor });
        var list = content!.Sections.Single().Elements.OfType<ListElement>().Single();

        return (list.Rows.Select(r => Guid.Parse(r.Link!.RecordId!)).ToList(), list.NextPage);
    }

    /// <summary>
    /// Reads a page of the delivered periods of aanmelding 1. The rows have no link, so each is mapped back to its
    /// period in <paramref name="periods"/> by the hours followed in person, the fourth column.
    /// </summary>
    private async Task<(IEnumerable<Guid> Ids, string? Next)> ReadPeriodenPageAsync(IEnumerable<Voortgangsmelding> periods, string? cursor)
    {
        var byHours = periods.ToDictionary(v => v.UrenGevolgdFysiek, v => v.Id);
        var content = await _plugin.LoadScreenAsync(CursistScreen.ScreenId, PagingSeed.Id(60, 1).ToString(), ListQuery.Default with { After = cursor });
        var list = content!.Sections[1].Elements.OfType<ListElement>().Single();

        return (list.Rows.Select(r => byHours[(decimal)r.Values[3]!]).ToList(), list.NextPage);
    }

    private static Aanbieder Vestiging(Aanbieder aanbieder, string vestigingsnummer)
    {
        aanbieder.Vestigingsnummer = vestigingsnummer;
        return aanbieder;
    }

    private static Voortgangsmelding Periode(Guid id, Guid aanmeldingId, Guid leveringId, DateOnly periodeTot, DateTimeOffset ontvangenOp, int urenGevolgdFysiek) => new()
    {
        Id = id,
        LeveringId = leveringId,
        AanmeldingId = aanmeldingId,
        AanbiederId = EersteVestiging,
        DossierId = PagingSeed.Id(1, 1),
        Gemeente = Rotterdam.Value,
        Regelnummer = 1,
        Onderdeel = Cursusonderdeel.Taal,
        PeriodeVan = periodeTot.AddDays(-6),
        PeriodeTot = periodeTot,
        UrenAangeboden = 40m,
        UrenGevolgdFysiek = urenGevolgdFysiek,
        OntvangenOp = ontvangenOp,
    };
}
