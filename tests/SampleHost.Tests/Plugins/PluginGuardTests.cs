using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Events;
using SampleHost.Plugins;

namespace SampleHost.Tests.Plugins;

/// <summary>
/// The guard around calls into plugins and the delivery of host events per gemeente, with this test assembly as the
/// plugin and the host's state table on a real SQLite file.
/// </summary>
[TestFixture]
public sealed class PluginGuardTests
{
    private static readonly GemeenteCode s_rotterdam = GemeenteCode.Parse("0599");
    private static readonly GemeenteCode s_denHaag = GemeenteCode.Parse("0518");
    private static readonly PluginTenantState[] s_fromEnabled = [PluginTenantState.Enabled];

    [Test]
    public async Task Publish_DisabledGemeente_SkipsPluginHandler()
    {
        var handler = new RecordingHandler();
        await using var harness = await PluginHarness.StartAsync(services => services.AddSingleton<IHostEventHandler<ClientRegistered>>(handler));
        await harness.States.ChangeAsync(harness.Plugin, s_rotterdam, PluginTenantState.Disabled, null, "test-admin", s_fromEnabled, CancellationToken.None);

        await PublishAsync(harness, new ClientRegistered(s_rotterdam, "client-1"));
        await PublishAsync(harness, new ClientRegistered(s_denHaag, "client-2"));

        Assert.That(handler.Received.Select(e => e.ClientId), Is.EqualTo(new[] { "client-2" }));
    }

    [Test]
    public async Task Publish_FailingHandler_SuspendsOnlyThatGemeente()
    {
        await using var harness = await PluginHarness.StartAsync(services => services.AddSingleton<IHostEventHandler<ClientRegistered>, ThrowingHandler>());

        for (var i = 0; i < 5; i++)
        {
            await PublishAsync(harness, new ClientRegistered(s_rotterdam, $"client-{i}"));
        }

        var rotterdam = await harness.ReadRecordAsync("0599");
        Assert.That(harness.States.Get(PluginHarness.PluginId, s_rotterdam).State, Is.EqualTo(PluginTenantState.Suspended));
        Assert.That(rotterdam?.State, Is.EqualTo(PluginTenantState.Suspended));
        Assert.That(rotterdam?.ChangedBy, Is.EqualTo(PluginTenantStates.HostActor));
        Assert.That(rotterdam?.ReasonEn, Does.Contain("Last error: InvalidOperationException: The handler fails on purpose."));
        Assert.That(rotterdam?.ReasonNl, Does.StartWith("Automatisch opgeschort na 5 fouten op rij."));
        Assert.That(harness.States.IsEnabled(PluginHarness.PluginId, s_denHaag), Is.True);
        Assert.That(await harness.ReadRecordAsync("0518"), Is.Null, "no row is written for a gemeente that did not change");
    }

    [Test]
    public async Task Publish_FailingHandler_LogsPluginAndGemeente()
    {
        await using var harness = await PluginHarness.StartAsync(services => services.AddSingleton<IHostEventHandler<ClientRegistered>, ThrowingHandler>());

        await PublishAsync(harness, new ClientRegistered(s_rotterdam, "client-1"));

        var line = harness.Logs.Lines.Single(l => l.Contains("failed in", StringComparison.Ordinal));
        Assert.That(line, Does.StartWith("Plugin test-plugin failed in host event ClientRegistered for gemeente 0599; 1 failures in a row"));
        Assert.That(line, Does.Contain("InvalidOperationException: The handler fails on purpose."));
    }

    [Test]
    public async Task Invoke_SuccessBetweenFailures_ResetsCount()
    {
        await using var harness = await PluginHarness.StartAsync();

        for (var i = 0; i < 4; i++)
        {
            await FailAsync(harness);
        }

        var success = await harness.Invoker.InvokeAsync(harness.Plugin, s_rotterdam, "test call", _ => Task.FromResult(42), CancellationToken.None);
        for (var i = 0; i < 4; i++)
        {
            await FailAsync(harness);
        }

        Assert.That(success.Outcome, Is.EqualTo(PluginCallOutcome.Succeeded));
        Assert.That(success.Value, Is.EqualTo(42));
        Assert.That(harness.States.ConsecutiveFailures(PluginHarness.PluginId, s_rotterdam), Is.EqualTo(4));
        Assert.That(harness.States.IsEnabled(PluginHarness.PluginId, s_rotterdam), Is.True);
    }

    [Test]
    public async Task Invoke_CallerCancels_RethrowsWithoutCounting()
    {
        await using var harness = await PluginHarness.StartAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => harness.Invoker.InvokeAsync(
            harness.Plugin,
            s_rotterdam,
            "test call",
            token => Task.FromCanceled<int>(token),
            cancellation.Token));

        Assert.That(harness.States.ConsecutiveFailures(PluginHarness.PluginId, s_rotterdam), Is.Zero);
    }

    [Test]
    public async Task Invoke_PluginTimesOut_CountsAsFailure()
    {
        await using var harness = await PluginHarness.StartAsync();

        var result = await harness.Invoker.InvokeAsync<int>(
            harness.Plugin,
            s_rotterdam,
            "test call",
            _ => throw new TaskCanceledException("The plugin's own HTTP call timed out."),
            CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(PluginCallOutcome.Failed));
        Assert.That(harness.States.ConsecutiveFailures(PluginHarness.PluginId, s_rotterdam), Is.EqualTo(1));
    }

    [Test]
    public async Task Invoke_DisabledGemeente_DoesNotCall()
    {
        await using var harness = await PluginHarness.StartAsync();
        await harness.States.ChangeAsync(harness.Plugin, s_rotterdam, PluginTenantState.Disabled, null, "test-admin", s_fromEnabled, CancellationToken.None);
        var called = false;

        var outcome = await harness.Invoker.InvokeAsync(
            harness.Plugin,
            s_rotterdam,
            "test call",
            _ =>
            {
                called = true;
                return Task.CompletedTask;
            },
            CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(PluginCallOutcome.NotEnabled));
        Assert.That(called, Is.False);
    }

    private static async Task PublishAsync(PluginHarness harness, ClientRegistered hostEvent)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HostEventDispatcher>().PublishAsync(hostEvent, CancellationToken.None);
    }

    private static async Task FailAsync(PluginHarness harness) =>
        await harness.Invoker.InvokeAsync(
            harness.Plugin,
            s_rotterdam,
            "test call",
            _ => throw new InvalidOperationException("The call fails on purpose."),
            CancellationToken.None);

    private sealed class RecordingHandler : IHostEventHandler<ClientRegistered>
    {
        public List<ClientRegistered> Received { get; } = [];

        public Task HandleAsync(ClientRegistered hostEvent, CancellationToken cancellationToken)
        {
            Received.Add(hostEvent);
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingHandler : IHostEventHandler<ClientRegistered>
    {
        public Task HandleAsync(ClientRegistered hostEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The handler fails on purpose.");
    }
}
