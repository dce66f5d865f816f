using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Demo;

public sealed class DemoSeederTests
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(DatabaseProvider.Sqlite);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Seed_RegistersDemoPersonsInCurrentGemeente()
    {
        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        Assert.That(dossiers.Select(d => d.Gemeente), Is.All.EqualTo("0599"));
        Assert.That(dossiers.Select(d => (d.Bsn, d.VNummer, d.Doelgroep)), Is.EquivalentTo(new (string?, string?, Doelgroep)[]
        {
            ("999992806", null, Doelgroep.Asielstatushouder),
            ("999995017", null, Doelgroep.Gezinsmigrant),
            ("999990482", null, Doelgroep.OverigeMigrant),
            (null, "1234567890", Doelgroep.Asielstatushouder),
            (null, "3456789012", Doelgroep.Asielstatushouder),
        }));
        Assert.That(dossiers.Where(d => d.IsBeperkt).Select(d => d.VNummer), Is.EqualTo(new[] { "3456789012" }), "one restricted dossier for the privacy officer");
        Assert.That(dossiers.Single(d => d.Bsn == "999992806").Geboortedatum, Is.EqualTo("19680000"));
        Assert.That(dossiers.Select(d => d.Koppeldatum), Is.All.LessThanOrEqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(_plugin.Clients.All, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Seed_LeavesWalkThroughPersonsUnregistered()
    {
        await SeedAsync();

        var bsns = (await _plugin.AllDossiersAsync()).Select(d => d.Bsn).ToList();
        Assert.That(bsns, Does.Not.Contain("999993653"));
        Assert.That(bsns, Does.Not.Contain("000009921"));
    }

    [Test]
    public async Task Seed_Twice_CreatesNothingNew()
    {
        await SeedAsync();
        var first = (await _plugin.AllDossiersAsync()).Select(d => d.Id).ToList();

        await SeedAsync();

        Assert.That((await _plugin.AllDossiersAsync()).Select(d => d.Id), Is.EquivalentTo(first));
    }

    [Test]
    public async Task Seed_PerGemeente_KeepsGemeentenApart()
    {
        await SeedAsync();
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        await SeedAsync();

        var dossiers = await _plugin.AllDossiersAsync();
        Assert.That(dossiers.Count(d => d.Gemeente == "0599"), Is.EqualTo(5));
        Assert.That(dossiers.Where(d => d.Gemeente == "0518").Select(d => d.Bsn ?? d.VNummer), Is.EquivalentTo(new[] { "999999333", "999991905", "2345678901" }));
    }

    private async Task SeedAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDemoDataSeeder>().SeedAsync(CancellationToken.None);
    }
}
