using Host.Abstractions;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>The unique indexes that keep one DUO signal once per gemeente, also for manual entry and concurrent saves.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoSignaalUniekTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task UniqueIndex_TwoSavesSameContent_SecondFails()
    {
        await using var eersteScope = _plugin.Services.CreateAsyncScope();
        await using var tweedeScope = _plugin.Services.CreateAsyncScope();
        var eerste = eersteScope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var tweede = tweedeScope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        eerste.DuoSignalen.Add(Signaal(kenmerk: null));
        tweede.DuoSignalen.Add(Signaal(kenmerk: null));

        await eerste.SaveChangesAsync();
        var exception = Assert.ThrowsAsync<DbUpdateException>(() => tweede.SaveChangesAsync());

        Assert.That(exception!.IsUniqueViolation(), Is.True);
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task UniqueIndex_TwoSavesSameKenmerk_SecondFails()
    {
        await using var eersteScope = _plugin.Services.CreateAsyncScope();
        await using var tweedeScope = _plugin.Services.CreateAsyncScope();
        var eerste = eersteScope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var tweede = tweedeScope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        eerste.DuoSignalen.Add(Signaal(kenmerk: "DUO-0001"));
        tweede.DuoSignalen.Add(Signaal(kenmerk: "DUO-0001", bsn: "999993847"));

        await eerste.SaveChangesAsync();
        var exception = Assert.ThrowsAsync<DbUpdateException>(() => tweede.SaveChangesAsync());

        Assert.That(exception!.IsUniqueViolation(), Is.True);
    }

    [Test]
    public async Task UniqueIndex_NoKenmerk_StoresBoth()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        db.DuoSignalen.Add(Signaal(kenmerk: null));
        db.DuoSignalen.Add(Signaal(kenmerk: null, bsn: "999993847"));

        await db.SaveChangesAsync();

        Assert.That((await _plugin.AllSignalsAsync()).Select(s => s.Kenmerk), Is.EqualTo(new string?[] { null, null }));
    }

    [Test]
    public async Task ManualEntry_SameKenmerkTwice_IsReported()
    {
        await _plugin.ExecuteAsync("inburgering.duo-signaal-invoeren", null, ("soort", "Intrekking"), ("kennisgevingsdatum", "2026-11-04"), ("bsn", "999993653"), ("kenmerk", "DUO-0001"));

        var tweede = await _plugin.ExecuteAsync("inburgering.duo-signaal-invoeren", null, ("soort", "Intrekking"), ("kennisgevingsdatum", "2026-11-05"), ("bsn", "999993653"), ("kenmerk", "DUO-0001"));

        Assert.That(tweede.Errors.Single().FieldKey, Is.EqualTo("soort"));
        Assert.That(tweede.Errors.Single().Message.Nl, Does.StartWith("Dit signaal staat al in de inbox: hetzelfde kenmerk van DUO, of dezelfde soort, dezelfde persoon en dezelfde datum van het signaal."));
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ManualEntry_OtherGemeente_IsStored()
    {
        await _plugin.ExecuteAsync("inburgering.duo-signaal-invoeren", null, ("soort", "Intrekking"), ("kennisgevingsdatum", "2026-11-04"), ("bsn", "999993653"), ("kenmerk", "DUO-0001"));
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var elders = await _plugin.ExecuteAsync("inburgering.duo-signaal-invoeren", null, ("soort", "Intrekking"), ("kennisgevingsdatum", "2026-11-04"), ("bsn", "999993653"), ("kenmerk", "DUO-0001"));

        Assert.That(elders.Errors, Is.Empty);
        Assert.That((await _plugin.AllSignalsAsync()).Select(s => s.Gemeente), Is.EquivalentTo(new[] { "0599", "0518" }));
    }

    private static DuoSignaal Signaal(string? kenmerk, string bsn = "999993653") => new()
    {
        Id = Guid.CreateVersion7(),
        Gemeente = "0599",
        Soort = DuoSignaalSoort.Intrekking,
        Kennisgevingsdatum = new DateOnly(2026, 11, 4),
        OntvangenOp = new DateOnly(2026, 11, 5),
        Bsn = bsn,
        Kenmerk = kenmerk,
        Inhoudssleutel = DuoSignaalSleutel.Van(DuoSignaalSoort.Intrekking, new DateOnly(2026, 11, 4), bsn, null),
        Status = DuoSignaalStatus.Nieuw,
        IngevoerdOp = PluginHarness.Now,
        IngevoerdDoor = "medewerker-17",
    };
}
