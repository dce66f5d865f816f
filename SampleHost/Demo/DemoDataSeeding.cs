using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Clients;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Tenancy;

namespace SampleHost.Demo;

/// <summary>
/// Seeds the demo gemeenten once the host serves requests, because demo clients come from the BRP stand-in that
/// the host itself serves. Runs only in Development; existing data are left alone. A plugin's seeder runs through
/// <see cref="PluginInvoker"/>, and not at all in a gemeente where the plugin is not enabled. On PostgreSQL the seeding
/// runs under an advisory lock, so of two instances that start at once the second seeds after the first and finds the
/// data there.
/// </summary>
internal sealed class DemoDataSeeding(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    PluginCatalog catalog,
    PluginInvoker invoker,
    IOptions<DemoOptions> options,
    ILogger<DemoDataSeeding> logger) : BackgroundService
{
    /// <summary>RvIG test persons the host registers as ordinary clients in each demo gemeente.</summary>
    private static readonly string[] s_demoClients = ["999993847", "999993872"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedData || !await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        await using var lockScope = scopes.CreateAsyncScope();
        var db = lockScope.ServiceProvider.GetRequiredService<HostDbContext>();
        await using var seedingLock = await PostgresAdvisoryLock.AcquireAsync(db, PostgresAdvisoryLock.DemoDataKey, stoppingToken);

        foreach (var gemeente in DemoDirectory.Gemeenten)
        {
            await SeedHostClientsAsync(gemeente.Code, stoppingToken);
            foreach (var plugin in catalog.Loaded)
            {
                await SeedPluginAsync(plugin, gemeente.Code, stoppingToken);
            }

            Log.DemoDataSeeded(logger, gemeente.Code.Value);
        }
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var cancellation = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));

        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task SeedHostClientsAsync(GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        await using var scope = CreateSeederScope(gemeente);
        var registration = scope.ServiceProvider.GetRequiredService<ClientRegistration>();
        foreach (var bsn in s_demoClients)
        {
            await registration.RegisterAsync(bsn, cancellationToken);
        }
    }

    private async Task SeedPluginAsync(PluginDescriptor plugin, GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        await using var scope = CreateSeederScope(gemeente);

        // The seeder is resolved inside the guard, because creating it runs the plugin's constructors. Demo data are
        // a convenience: the guard logs a failure and the host keeps serving.
        var outcome = await invoker.InvokeAsync(
            plugin,
            gemeente,
            "demo data seeder",
            async token =>
            {
                if (scope.ServiceProvider.GetKeyedService<IDemoDataSeeder>(plugin.Id) is { } seeder)
                {
                    await seeder.SeedAsync(token);
                }
            },
            cancellationToken);

        if (outcome == PluginCallOutcome.NotEnabled)
        {
            Log.DemoDataSkipped(logger, plugin.Id, gemeente.Value);
        }
    }

    private AsyncServiceScope CreateSeederScope(GemeenteCode gemeente)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(
            gemeente,
            DemoDirectory.SeederUserId,
            "Demodata",
            new HashSet<string>([HostRoles.ConsulentInburgering], StringComparer.Ordinal));
        return scope;
    }
}
