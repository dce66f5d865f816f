using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Plugins;

namespace SampleHost.Tests.Plugins;

/// <summary>What the host records per plugin and gemeente at start-up, on a real SQLite file.</summary>
[TestFixture]
public sealed class PluginTenantStateRecorderTests
{
    private static readonly GemeenteCode[] s_gemeenten = [GemeenteCode.Parse("0599"), GemeenteCode.Parse("0518")];
    private static readonly PluginTenantState[] s_fromEnabled = [PluginTenantState.Enabled];

    [Test]
    public async Task Record_NewTenantsDisabled_StartsDisabledWithReason()
    {
        await using var harness = await PluginHarness.StartAsync();

        var records = await RecordAsync(harness, enableForNewTenants: false, "20260101000000_First");

        Assert.That(records.Select(r => r.State), Is.All.EqualTo(PluginTenantState.Disabled));
        Assert.That(records.Select(r => r.ReasonEn), Is.All.StartWith("New municipalities get this plugin disabled because Plugins:EnableForNewTenants is false."));
        Assert.That(records.Select(r => r.ChangedBy), Is.All.EqualTo(PluginTenantStates.HostActor));
    }

    [Test]
    public async Task Record_NewTenants_StartEnabledWithVersion()
    {
        await using var harness = await PluginHarness.StartAsync();

        var records = await RecordAsync(harness, enableForNewTenants: true, "20260101000000_First");

        Assert.That(records.Select(r => r.Gemeente), Is.EquivalentTo(new[] { "0599", "0518" }));
        Assert.That(records.Select(r => r.State), Is.All.EqualTo(PluginTenantState.Enabled));
        Assert.That(records.Select(r => r.ReasonNl), Is.All.Null);
        Assert.That(records.Select(r => r.PluginVersion), Is.All.EqualTo("1.2.3"));
        Assert.That(records.Select(r => r.Migrations), Is.All.EqualTo("20260101000000_First"));
    }

    [Test]
    public async Task Record_SecondStartup_KeepsStateAddsMigrations()
    {
        await using var harness = await PluginHarness.StartAsync();
        harness.States.Load(await RecordAsync(harness, enableForNewTenants: true, "20260101000000_First"));
        await harness.States.ChangeAsync(harness.Plugin, s_gemeenten[0], PluginTenantState.Disabled, null, "test-admin", s_fromEnabled, CancellationToken.None);
        var disabledAt = (await harness.ReadRecordAsync("0599"))!.ChangedAt;

        var records = await RecordAsync(harness, enableForNewTenants: true, "20260201000000_Second");
        var rotterdam = records.Single(r => r.Gemeente == "0599");

        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(rotterdam.State, Is.EqualTo(PluginTenantState.Disabled));
        Assert.That(rotterdam.ChangedBy, Is.EqualTo("test-admin"));
        Assert.That(rotterdam.ChangedAt, Is.EqualTo(disabledAt));
        Assert.That(records.Select(r => r.Migrations), Is.All.EqualTo("20260101000000_First\n20260201000000_Second"));
    }

    /// <summary>Runs the start-up recording as if the stand-in plugin had just applied <paramref name="appliedMigration"/>.</summary>
    private static async Task<IReadOnlyList<PluginTenantStateRecord>> RecordAsync(PluginHarness harness, bool enableForNewTenants, string appliedMigration)
    {
        harness.Plugin.SetMigrated([appliedMigration]);
        await using var scope = harness.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await PluginTenantStateRecorder.RecordAsync(db, [harness.Plugin], s_gemeenten, enableForNewTenants, TimeProvider.System, CancellationToken.None);
    }
}
