using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Plugins;

namespace SampleHost.Jobs;

/// <summary>
/// Runs the scheduled jobs of the loaded plugins on the host's clock. Every poll it takes each job's latest due
/// moment and runs the job for it in each gemeente of the deployment, once. A due moment before this instance started
/// is skipped, so a job runs at its next due moment after a restart.
/// </summary>
internal sealed class JobScheduler(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    PluginCatalog catalog,
    TenantDirectory tenants,
    JobRunner runner,
    TimeProvider clock,
    IOptions<JobsOptions> options,
    ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        // Take the start time and create the timer before the log line that the scheduler runs,
        // so a clock moved after that line counts.
        var startedAt = clock.GetUtcNow();
        using var poll = new PeriodicTimer(options.Value.PollInterval, clock);
        var jobs = Discover();
        Log.JobsScheduled(logger, jobs.Count, tenants.Gemeenten.Count);
        if (jobs.Count == 0)
        {
            return;
        }

        // The periodic timer remembers a tick that falls while the jobs run, so a slow run does not lose the next poll.
        do
        {
            await RunDueJobsAsync(jobs, startedAt, stoppingToken);
        }
        while (await NextPollAsync(poll, stoppingToken));
    }

    private static async Task<bool> NextPollAsync(PeriodicTimer poll, CancellationToken stoppingToken)
    {
        try
        {
            return await poll.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task RunDueJobsAsync(IReadOnlyList<ScheduledJobEntry> jobs, DateTimeOffset startedAt, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        foreach (var job in jobs)
        {
            var due = JobDueMoments.LatestAtOrBefore(job.Definition.Schedule, now);
            if (due < startedAt)
            {
                continue;
            }

            foreach (var gemeente in tenants.Gemeenten)
            {
                await runner.RunAsync(job, gemeente, due, stoppingToken);
            }
        }
    }

    /// <summary>Returns the jobs of every loaded plugin whose id starts with the plugin id; logs and skips the others.</summary>
    private List<ScheduledJobEntry> Discover()
    {
        var jobs = new List<ScheduledJobEntry>();
        using var scope = scopes.CreateScope();
        foreach (var plugin in catalog.Loaded)
        {
            IEnumerable<IScheduledJob> registered;
            try
            {
                registered = [.. scope.ServiceProvider.GetKeyedServices<IScheduledJob>(plugin.Id)];
            }
            catch (Exception exception)
            {
                // Containment: a plugin whose job cannot be created loses its jobs, not the host its scheduler.
                Log.JobsNotCreated(logger, plugin.Id, exception);
                continue;
            }

            foreach (var job in registered)
            {
                var definition = job.Definition;
                if (!definition.Id.StartsWith(plugin.Id + ".", StringComparison.Ordinal))
                {
                    Log.JobIdWithoutPluginPrefix(logger, definition.Id, plugin.Id);
                    continue;
                }

                jobs.Add(new ScheduledJobEntry(plugin, definition));
            }
        }

        return jobs;
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
}
