using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Screens;
using TestSupport;

namespace Inburgering.Plugin.Tests.Paging;

/// <summary>
/// The dossier list walked page by page on both engines: 130 dossiers of Rotterdam in groups of seven with the same
/// registration moment, and ten of Den Haag with the same moments that must never appear.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DossierListPagingTests(DatabaseProvider provider)
{
    private const int RotterdamDossiers = 130;

    private PluginHarness _plugin = null!;

    private List<Dossier> _rotterdam = null!;

    private List<Dossier> _denHaag = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);

        _rotterdam = [.. Enumerable.Range(1, RotterdamDossiers).Select(i => PagingSeed.Dossier(
            PluginHarness.Rotterdam,
            PagingSeed.Id(1, i),
            i,
            PagingSeed.Start.AddHours(i / 7),
            i % 3 == 0 ? DossierStatus.InTraject : DossierStatus.Gekoppeld))];
        _denHaag = [.. Enumerable.Range(1, 10).Select(i => PagingSeed.Dossier(
            PluginHarness.DenHaag,
            PagingSeed.Id(2, i),
            1000 + i,
            PagingSeed.Start.AddHours(i / 7),
            DossierStatus.InTraject))];
        await PagingSeed.AddAsync(_plugin, PluginHarness.Rotterdam, db => db.Dossiers.AddRange(_rotterdam));
        await PagingSeed.AddAsync(_plugin, PluginHarness.DenHaag, db => db.Dossiers.AddRange(_denHaag));
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task DossierList_AllPages_EachDossierOnce()
    {
        var expected = _rotterdam.OrderByDescending(d => d.GeregistreerdOp).ThenByDescending(d => d.Id).Select(d => d.Id).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(cursor, null));

        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(3));
        Assert.That(ids.Intersect(_denHaag.Select(d => d.Id)), Is.Empty);
    }

    [Test]
    public async Task DossierList_StatusFilter_KeptOnEveryPage()
    {
        var expected = _rotterdam
            .Where(d => d.Status == DossierStatus.Gekoppeld)
            .OrderByDescending(d => d.GeregistreerdOp)
            .ThenByDescending(d => d.Id)
            .Select(d => d.Id)
            .ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(cursor, nameof(DossierStatus.Gekoppeld)));

        Assert.That(expected, Has.Count.EqualTo(87));
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(2));
    }

    [Test]
    public async Task DossierList_OtherGemeente_ShowsOnlyItsOwn()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var expected = _denHaag.OrderByDescending(d => d.GeregistreerdOp).ThenByDescending(d => d.Id).Select(d => d.Id).ToList();

        var (ids, pages) = await PagingSeed.WalkAsync(cursor => ReadPageAsync(cursor, null));

        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(1));
    }

    [Test]
    public async Task DossierList_InvalidCursor_StartsAtFirstPage()
    {
        var first = await ReadPageAsync(null, null);

        var invalid = await ReadPageAsync("not-a-cursor", null);

        Assert.That(invalid.Ids, Is.EqualTo(first.Ids));
        Assert.That(invalid.Next, Is.EqualTo(first.Next));
    }

    [Test]
    public async Task DossierList_StatusFilter_IsOffered()
    {
        var list = await ListAsync(ListQuery.Default);

        Assert.That(list.Filters.Select(f => f.Key), Is.EqualTo(new[] { "status" }));
        Assert.That(list.Filters[0].Choices.Select(c => c.Code), Does.Not.Contain(DossierFields.BeperktStatusCode));
    }

    private async Task<(IEnumerable<Guid> Ids, string? Next)> ReadPageAsync(string? cursor, string? status)
    {
        var filters = status is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["status"] = status };
        var list = await ListAsync(ListQuery.Default with { After = cursor, Filters = filters });

        return (list.Rows.Select(r => Guid.Parse(r.Link!.RecordId!)).ToList(), list.NextPage);
    }

    private async Task<ListElement> ListAsync(ListQuery query)
    {
        var content = await _plugin.LoadScreenAsync(DossiersScreen.ScreenId, null, query);

        return content!.Sections.Single().Elements.OfType<ListElement>().Single();
    }
}
