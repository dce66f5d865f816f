using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Tests.DuoPortaal;
using Inburgering.Plugin.Tests.Overdracht;
using Inburgering.Plugin.Verhuizing;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using OverdrachtEntity = Inburgering.Plugin.Overdracht.Overdracht;
using VerhuizingEntity = Inburgering.Plugin.Verhuizing.Verhuizing;

namespace Inburgering.Plugin.Tests.Paging;

/// <summary>
/// The work lists between gemeenten and DUO walked page by page on both engines: warme overdrachten, open
/// Verhuizingen and the DUO registrations. Each list has more than two pages of rows in groups with the same sort
/// moment, next to rows the list must leave out.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ProcessListPagingTests(DatabaseProvider provider)
{
    private const int RotterdamDossiers = 120;

    private static readonly GemeenteCode Rotterdam = PluginHarness.Rotterdam;

    private static readonly GemeenteCode DenHaag = PluginHarness.DenHaag;

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);

        await PagingSeed.AddAsync(_plugin, Rotterdam, db => db.Dossiers.AddRange(Enumerable.Range(1, RotterdamDossiers)
            .Select(i => PagingSeed.Dossier(Rotterdam, PagingSeed.Id(1, i), i, PagingSeed.Start, DossierStatus.InTraject))));
        await PagingSeed.AddAsync(_plugin, DenHaag, db => db.Dossiers.AddRange(Enumerable.Range(1, 3)
            .Select(i => PagingSeed.Dossier(DenHaag, PagingSeed.Id(2, i), 1000 + i, PagingSeed.Start, DossierStatus.InTraject))));
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Overdrachten_AllPages_EachRowOnce()
    {
        var seed = await AddOverdrachtenAsync();
        var expected = seed.Uitgaand.Concat(seed.Inkomend)
            .OrderByDescending(o => o.VoorbereidOp)
            .ThenByDescending(o => o.Id)
            .Select(o => o.Id)
            .ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(OverdrachtenScreen.ScreenId, cursor));

        Assert.That(ids, Has.Count.EqualTo(120));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task Overdrachten_DenHaag_HidesUnsentIncoming()
    {
        var seed = await AddOverdrachtenAsync();
        _plugin.Tenant.Current = DenHaag;
        var expected = seed.Inkomend
            .Concat(seed.InkomendVoorbereid)
            .Concat(seed.TussenAnderen)
            .Concat(seed.Uitgaand.Where(o => o.Status != OverdrachtStatus.Voorbereid))
            .OrderByDescending(o => o.VoorbereidOp)
            .ThenByDescending(o => o.Id)
            .Select(o => o.Id)
            .ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(OverdrachtenScreen.ScreenId, cursor));

        Assert.That(ids, Has.Count.EqualTo(117));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task Overdrachten_RowAddedBetweenPages_NotRepeated()
    {
        var seed = await AddOverdrachtenAsync();
        var expected = seed.Uitgaand.Concat(seed.Inkomend)
            .OrderByDescending(o => o.VoorbereidOp)
            .ThenByDescending(o => o.Id)
            .Select(o => o.Id)
            .ToList();
        var first = await ReadPageAsync(OverdrachtenScreen.ScreenId, null);

        // The newest overdracht sorts first, before the cursor, so it would push the rows of an offset-paged list down one.
        await PagingSeed.AddAsync(_plugin, Rotterdam, db => db.Overdrachten.Add(
            Overdracht(PagingSeed.Id(34, 1), Rotterdam, DenHaag, OverdrachtStatus.Voorbereid, PagingSeed.Start.AddDays(1))));
        var second = await ReadPageAsync(OverdrachtenScreen.ScreenId, first.Next);

        Assert.That(first.Ids, Is.EqualTo(expected[..50]));
        Assert.That(second.Ids, Is.EqualTo(expected[50..100]));
        Assert.That(second.Next, Is.Not.Null);
    }

    [Test]
    public async Task Verhuizingen_AllPages_EachOpenOnce()
    {
        var seed = await AddVerhuizingenAsync();
        var expected = seed.Open.OrderBy(v => v.GesignaleerdOp).ThenBy(v => v.Id).Select(v => v.DossierId).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(VerhuizingenScreen.ScreenId, cursor));

        Assert.That(ids, Has.Count.EqualTo(110));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task Verhuizingen_ChangesBetweenPages_NoneSkippedOrRepeated()
    {
        var seed = await AddVerhuizingenAsync();
        var expected = seed.Open.OrderBy(v => v.GesignaleerdOp).ThenBy(v => v.Id).Select(v => v.DossierId).ToList();
        var first = await ReadPageAsync(VerhuizingenScreen.ScreenId, null);

        // An employee closes the first row, which would pull the rows of an offset-paged list up one, and a new move is
        // detected, which sorts last.
        await CloseVerhuizingAsync(seed.Open.Single(v => v.DossierId == expected[0]).Id);
        var nieuw = Verhuizing(PagingSeed.Id(44, 1), PagingSeed.Id(1, RotterdamDossiers), VerhuizingStatus.Gesignaleerd, PagingSeed.Start.AddDays(1));
        await PagingSeed.AddAsync(_plugin, Rotterdam, db => db.Verhuizingen.Add(nieuw));

        // The walk goes on from the cursor of the first page.
        var (rest, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(VerhuizingenScreen.ScreenId, cursor ?? first.Next));

        Assert.That(first.Ids, Is.EqualTo(expected[..50]));
        Assert.That(rest, Is.EqualTo(expected[50..].Append(nieuw.DossierId)));
        Assert.That(pages, Is.EqualTo(2));
    }

    [Test]
    public async Task DuoRegistraties_AllPages_EachRowOnce()
    {
        var visible = await AddDuoRegistratiesAsync();
        var expected = visible
            .OrderBy(r => r.Status == DuoRegistratieStatus.Open ? 0 : 1)
            .ThenBy(r => r.Datum)
            .ThenBy(r => r.Id)
            .Select(r => r.Id)
            .ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(DuoRegistratiesScreen.ScreenId, cursor));

        Assert.That(ids, Has.Count.EqualTo(115));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task DuoRegistraties_StatusFilter_KeptOnEveryPage()
    {
        var visible = await AddDuoRegistratiesAsync();
        var expected = visible
            .Where(r => r.Status == DuoRegistratieStatus.Open)
            .OrderBy(r => r.Datum)
            .ThenBy(r => r.Id)
            .Select(r => r.Id)
            .ToList();
        var filter = new Dictionary<string, string> { [DuoRegistratieFields.Status.Key] = nameof(DuoRegistratieStatus.Open) };

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(DuoRegistratiesScreen.ScreenId, cursor, filter));

        Assert.That(ids, Has.Count.EqualTo(61));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(2));
    }

    [Test]
    public async Task DuoRegistraties_RowAddedBetweenPages_NotRepeated()
    {
        var visible = await AddDuoRegistratiesAsync();
        var expected = visible
            .OrderBy(r => r.Status == DuoRegistratieStatus.Open ? 0 : 1)
            .ThenBy(r => r.Datum)
            .ThenBy(r => r.Id)
            .Select(r => r.Id)
            .ToList();
        var first = await ReadPageAsync(DuoRegistratiesScreen.ScreenId, null);

        // An open fact dated before all others sorts first, before the cursor.
        await PagingSeed.AddAsync(_plugin, Rotterdam, db => db.DuoRegistraties.Add(
            DuoRegistratie(PagingSeed.Id(54, 1), PagingSeed.Id(1, 1), DuoRegistratieStatus.Open, new DateOnly(2025, 12, 1), "laat")));
        var second = await ReadPageAsync(DuoRegistratiesScreen.ScreenId, first.Next);

        Assert.That(first.Ids, Is.EqualTo(expected[..50]));
        Assert.That(second.Ids, Is.EqualTo(expected[50..100]));
        Assert.That(second.Next, Is.Not.Null);
    }

    [Test]
    public async Task DuoRegistraties_MarkedDone_MovesToDoneRows()
    {
        var visible = await AddDuoRegistratiesAsync();
        var first = await ReadPageAsync(DuoRegistratiesScreen.ScreenId, null);
        var afgevinkt = first.Ids.First();

        // The status is the first sort key, so the item leaves the open rows before the cursor and sorts again among the
        // done rows after it. No other row may move.
        var result = await _plugin.AfvinkenAsync(afgevinkt, "2026-12-04");
        visible.Single(r => r.Id == afgevinkt).Status = DuoRegistratieStatus.Geregistreerd;
        var expected = visible
            .OrderBy(r => r.Status == DuoRegistratieStatus.Open ? 0 : 1)
            .ThenBy(r => r.Datum)
            .ThenBy(r => r.Id)
            .Select(r => r.Id)
            .Where(id => id == afgevinkt || !first.Ids.Contains(id))
            .ToList();

        // The walk goes on from the cursor of the first page.
        var (rest, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(DuoRegistratiesScreen.ScreenId, cursor ?? first.Next));

        Assert.That(result.Errors, Is.Empty);
        Assert.That(rest, Has.Count.EqualTo(66));
        Assert.That(rest, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(2));
    }

    /// <summary>
    /// Adds 75 overdrachten from Rotterdam to Den Haag (every fourth still prepared) and 45 sent from Den Haag to
    /// Rotterdam, all visible to Rotterdam. Rotterdam must not see the 10 that Den Haag prepared for it but did not
    /// send, nor the 5 between Den Haag and Utrecht. Seven overdrachten in a row share their preparation moment.
    /// </summary>
    private async Task<OverdrachtSeed> AddOverdrachtenAsync()
    {
        var seed = new OverdrachtSeed(
            [.. Enumerable.Range(1, 75).Select(i => Overdracht(
                PagingSeed.Id(30, i), Rotterdam, DenHaag, i % 4 == 0 ? OverdrachtStatus.Voorbereid : OverdrachtStatus.Verzonden, PagingSeed.Start.AddHours(i / 7)))],
            [.. Enumerable.Range(1, 45).Select(i => Overdracht(
                PagingSeed.Id(31, i), DenHaag, Rotterdam, i % 3 == 0 ? OverdrachtStatus.Geaccepteerd : OverdrachtStatus.Verzonden, PagingSeed.Start.AddHours(i / 7)))],
            [.. Enumerable.Range(1, 10).Select(i => Overdracht(
                PagingSeed.Id(32, i), DenHaag, Rotterdam, OverdrachtStatus.Voorbereid, PagingSeed.Start.AddHours(i / 7)))],
            [.. Enumerable.Range(1, 5).Select(i => Overdracht(
                PagingSeed.Id(33, i), DenHaag, OverdrachtSteps.Utrecht, OverdrachtStatus.Verzonden, PagingSeed.Start))]);

        await PagingSeed.AddAsync(_plugin, Rotterdam, db => db.Overdrachten.AddRange(seed.Uitgaand));
        await PagingSeed.AddAsync(_plugin, DenHaag, db =>
        {
            db.Overdrachten.AddRange(seed.Inkomend);
            db.Overdrachten.AddRange(seed.InkomendVoorbereid);
            db.Overdrachten.AddRange(seed.TussenAnderen);
        });

        return seed;
    }

    /// <summary>
    /// Adds 110 open Verhuizingen of Rotterdam, six in a row detected at the same moment. The list must leave out 10
    /// closed ones of Rotterdam and 3 open ones of Den Haag. Verhuizing i is of dossier i but has the id of row 111 - i, so
    /// within a moment the id order is the reverse of the dossier order and only the id as tie-breaker gives the
    /// expected list.
    /// </summary>
    private async Task<VerhuizingSeed> AddVerhuizingenAsync()
    {
        var seed = new VerhuizingSeed(
            [.. Enumerable.Range(1, 110).Select(i => Verhuizing(
                PagingSeed.Id(40, 111 - i), PagingSeed.Id(1, i), VerhuizingStatus.Gesignaleerd, PagingSeed.Start.AddMinutes(i / 6)))],
            [.. Enumerable.Range(1, 10).Select(i => Verhuizing(
                PagingSeed.Id(41, i), PagingSeed.Id(1, 110 + i), i % 2 == 0 ? VerhuizingStatus.Overgedragen : VerhuizingStatus.GeenVerhuizing, PagingSeed.Start))]);

        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.Verhuizingen.AddRange(seed.Open);
            db.Verhuizingen.AddRange(seed.Gesloten);
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db => db.Verhuizingen.AddRange(Enumerable.Range(1, 3).Select(i =>
        {
            var verhuizing = Verhuizing(PagingSeed.Id(42, i), PagingSeed.Id(2, i), VerhuizingStatus.Gesignaleerd, PagingSeed.Start);
            verhuizing.Gemeente = DenHaag.Value;
            verhuizing.NieuweGemeente = Rotterdam.Value;
            return verhuizing;
        })));

        return seed;
    }

    /// <summary>
    /// Adds 115 registrations on dossiers 1 to 12 of Rotterdam, of which 61 open and the rest registered or void, with
    /// eight in a row on the same date. Returns them. The list must leave out 5 of a restricted dossier, 5 of an
    /// anonymised dossier and 5 of Den Haag.
    /// </summary>
    private async Task<List<DuoRegistratie>> AddDuoRegistratiesAsync()
    {
        var visible = Enumerable.Range(1, 115)
            .Select(i => DuoRegistratie(
                PagingSeed.Id(50, i),
                PagingSeed.Id(1, (i % 12) + 1),
                StatusOf(i),
                new DateOnly(2026, 1, 5).AddDays(i / 8),
                $"v{i}"))
            .ToList();
        var beperktDossier = PagingSeed.Id(1, 13);
        var geanonimiseerdDossier = PagingSeed.Id(1, 14);

        await PagingSeed.AddAsync(_plugin, Rotterdam, db =>
        {
            db.DuoRegistraties.AddRange(visible);
            db.DuoRegistraties.AddRange(Enumerable.Range(1, 5).Select(i => DuoRegistratie(
                PagingSeed.Id(51, i), beperktDossier, DuoRegistratieStatus.Open, new DateOnly(2026, 1, 5), $"v{i}")));
            db.DuoRegistraties.AddRange(Enumerable.Range(1, 5).Select(i => DuoRegistratie(
                PagingSeed.Id(52, i), geanonimiseerdDossier, DuoRegistratieStatus.Open, new DateOnly(2026, 1, 5), $"v{i}")));
        });
        await PagingSeed.AddAsync(_plugin, DenHaag, db => db.DuoRegistraties.AddRange(Enumerable.Range(1, 5).Select(i =>
        {
            var registratie = DuoRegistratie(PagingSeed.Id(53, i), PagingSeed.Id(2, 1), DuoRegistratieStatus.Open, new DateOnly(2026, 1, 5), $"v{i}");
            registratie.Gemeente = DenHaag.Value;
            return registratie;
        })));
        await UpdateDossiersAsync(db =>
        {
            db.Dossiers.Single(d => d.Id == beperktDossier).BeperktOp = new DateOnly(2026, 1, 5);
            db.Dossiers.Single(d => d.Id == geanonimiseerdDossier).GeanonimiseerdOp = new DateOnly(2026, 1, 5);
        });

        return visible;
    }

    private async Task UpdateDossiersAsync(Action<InburgeringDbContext> update)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        update(db);
        await db.SaveChangesAsync();
    }

    private async Task CloseVerhuizingAsync(Guid verhuizingId)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        var verhuizing = db.Verhuizingen.Single(v => v.Id == verhuizingId);
        verhuizing.Status = VerhuizingStatus.GeenVerhuizing;
        verhuizing.AfgehandeldOp = PagingSeed.Start.AddDays(1);
        verhuizing.AfgehandeldDoor = "medewerker-17";
        verhuizing.Reden = "Adres in het klantsysteem was fout.";
        await db.SaveChangesAsync();
    }

    private async Task<(IEnumerable<Guid> Ids, string? Next)> ReadPageAsync(string screenId, string? cursor, Dictionary<string, string>? filters = null)
    {
        var query = ListQuery.Default with { After = cursor, Filters = filters ?? [] };
        var content = await _plugin.LoadScreenAsync(screenId, null, query);
        var list = content!.Sections.Single().Elements.OfType<ListElement>().Single();

        return (list.Rows.Select(r => Guid.Parse(r.Link!.RecordId!)).ToList(), list.NextPage);
    }

    /// <summary>Returns the status of registration <paramref name="row"/>: every third registered, of the rest every fifth void.</summary>
    private static DuoRegistratieStatus StatusOf(int row) => row switch
    {
        _ when row % 3 == 0 => DuoRegistratieStatus.Geregistreerd,
        _ when row % 5 == 0 => DuoRegistratieStatus.Vervallen,
        _ => DuoRegistratieStatus.Open,
    };

    private static OverdrachtEntity Overdracht(Guid id, GemeenteCode afzender, GemeenteCode ontvanger, OverdrachtStatus status, DateTimeOffset voorbereidOp) => new()
    {
        Id = id,
        AfzenderGemeente = afzender.Value,
        OntvangerGemeente = ontvanger.Value,
        AfzenderDossierId = id,
        PakketId = id,
        PakketJson = "{}",
        Status = status,
        Verhuisdatum = new DateOnly(2026, 1, 5),
        VoorbereidOp = voorbereidOp,
        VoorbereidDoor = "medewerker-17",
        VerzondenOp = status == OverdrachtStatus.Voorbereid ? null : voorbereidOp.AddMinutes(30),
        VerzondenDoor = status == OverdrachtStatus.Voorbereid ? null : "medewerker-17",
    };

    private static VerhuizingEntity Verhuizing(Guid id, Guid dossierId, VerhuizingStatus status, DateTimeOffset gesignaleerdOp) => new()
    {
        Id = id,
        DossierId = dossierId,
        Gemeente = Rotterdam.Value,
        NieuweGemeente = DenHaag.Value,
        Datum = new DateOnly(2026, 1, 5),
        Bron = VerhuizingBron.Host,
        Status = status,
        GesignaleerdOp = gesignaleerdOp,
        AfgehandeldOp = status == VerhuizingStatus.Gesignaleerd ? null : gesignaleerdOp.AddDays(1),
        AfgehandeldDoor = status == VerhuizingStatus.Gesignaleerd ? null : "medewerker-17",
    };

    private static DuoRegistratie DuoRegistratie(Guid id, Guid dossierId, DuoRegistratieStatus status, DateOnly datum, string feitversie) => new()
    {
        Id = id,
        Gemeente = Rotterdam.Value,
        DossierId = dossierId,
        Soort = DuoRegistratieSoort.PvtOndertekend,
        Feitversie = feitversie,
        Datum = datum,
        AangemaaktOp = PagingSeed.Start,
        Status = status,
        GeregistreerdOp = status == DuoRegistratieStatus.Geregistreerd ? datum.AddDays(1) : null,
        GeregistreerdDoor = status == DuoRegistratieStatus.Geregistreerd ? "medewerker-17" : null,
    };

    /// <summary>The overdrachten of <see cref="AddOverdrachtenAsync"/>, in the groups that decide whether Rotterdam's list shows them.</summary>
    private sealed record OverdrachtSeed(
        List<OverdrachtEntity> Uitgaand,
        List<OverdrachtEntity> Inkomend,
        List<OverdrachtEntity> InkomendVoorbereid,
        List<OverdrachtEntity> TussenAnderen);

    /// <summary>The Verhuizingen of Rotterdam that <see cref="AddVerhuizingenAsync"/> added.</summary>
    private sealed record VerhuizingSeed(List<VerhuizingEntity> Open, List<VerhuizingEntity> Gesloten);
}
