using System.Globalization;
using Host.Abstractions;
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
    public async Task List_MoreThanAPage_PagesOn()
    {
        for (var i = 1; i <= 51; i++)
        {
            await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
        }

        await RestrictAllAsync();

        var first = List(await _plugin.LoadScreenAsync("inburgering.beperkte-dossiers", null));
        var second = List(await _plugin.LoadScreenAsync("inburgering.beperkte-dossiers", null, ListQuery.Default with { After = first.NextPage }));

        Assert.That(first.Rows, Has.Count.EqualTo(50));
        Assert.That(first.NextPage, Is.EqualTo("50"));
        Assert.That(second.Rows, Has.Count.EqualTo(1));
        Assert.That(second.NextPage, Is.Null);
        Assert.That(first.Rows.Concat(second.Rows).Select(r => r.Link!.RecordId).Distinct().Count(), Is.EqualTo(51), "every restricted dossier once");
    }

    private static ListElement List(ScreenContent? content) => content!.Sections.Single().Elements.OfType<ListElement>().Single();

    private async Task RestrictAllAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        await foreach (var dossier in db.Dossiers.AsAsyncEnumerable())
        {
            dossier.BeperktOp = new DateOnly(2026, 12, 1);
            dossier.BeperkingReden = "Intrekking door DUO";
            dossier.BeperktDoor = "test";
        }

        await db.SaveChangesAsync();
    }
}
