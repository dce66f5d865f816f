using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Beperking;

/// <summary>The privacy officer's list of restricted dossiers, a page at a time.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BeperkteDossiersScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task List_MoreThanAPage_PagesOnInOrder()
    {
        await RegisterAsync(51);
        await RestrictAsync(new DateOnly(2026, 12, 1), count: 30);
        await RestrictAsync(new DateOnly(2026, 12, 2), count: 21);

        var first = List(await _plugin.LoadScreenAsync(BeperkteDossiersScreen.ScreenId, null));
        var second = List(await _plugin.LoadScreenAsync(BeperkteDossiersScreen.ScreenId, null, ListQuery.Default with { After = first.NextPage }));

        Assert.That(first.Rows, Has.Count.EqualTo(50));
        Assert.That(first.NextPage, Is.Not.Null);
        Assert.That(second.Rows, Has.Count.EqualTo(1));
        Assert.That(second.NextPage, Is.Null);
        var rows = first.Rows.Concat(second.Rows).ToList();
        Assert.That(rows.Select(r => r.Link!.RecordId).Distinct().Count(), Is.EqualTo(51), "every restricted dossier once");
        Assert.That(rows.Take(21).Select(r => r.Values[0]), Is.All.EqualTo(new DateOnly(2026, 12, 2)), "restricted last first");
    }

    [Test]
    public async Task List_RestrictedBetweenPages_RepeatsNoRow()
    {
        await RegisterAsync(52);
        await RestrictAsync(new DateOnly(2026, 12, 1), count: 51);

        var first = List(await _plugin.LoadScreenAsync(BeperkteDossiersScreen.ScreenId, null));
        await RestrictAsync(new DateOnly(2026, 12, 3), count: 1);
        var second = List(await _plugin.LoadScreenAsync(BeperkteDossiersScreen.ScreenId, null, ListQuery.Default with { After = first.NextPage }));

        Assert.That(second.Rows, Has.Count.EqualTo(1));
        Assert.That(first.Rows.Select(r => r.Link!.RecordId), Does.Not.Contain(second.Rows[0].Link!.RecordId));
    }

    private static ListElement List(ScreenContent? content) => content!.Sections.Single().Elements.OfType<ListElement>().Single();

    private async Task RegisterAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Restricts <paramref name="count"/> dossiers that are not restricted yet, on <paramref name="op"/>.</summary>
    private async Task RestrictAsync(DateOnly op, int count)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossiers = await db.Dossiers.Where(d => d.BeperktOp == null).OrderBy(d => d.VNummer).Take(count).ToListAsync();
        foreach (var dossier in dossiers)
        {
            dossier.BeperktOp = op;
            dossier.BeperkingReden = "Intrekking door DUO";
            dossier.BeperktDoor = "test";
        }

        await db.SaveChangesAsync();
    }
}
