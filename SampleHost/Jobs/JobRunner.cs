using System.Data.Common;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Plugins;
using SampleHost.Tenancy;

namespace SampleHost.Jobs;

/// <summary>
/// Runs one job in one gemeente for one due moment: claims the run with a row in <c>job_runs</c>, calls the job
/// through <see cref="PluginInvoker"/> in a scope that acts as the job, and stores how the run ended.
/// </summary>
internal sealed class JobRunner(
    IServiceScopeFactory scopes,
    PluginInvoker invoker,
    PluginTenantStates states,
    TimeProvider clock,
    ILogger<JobRunner> logger)
{
    /// <summary>The longest summary kept, so it fits its column.</summary>
    public const int MaxSummaryLength = 1000;

    /// <summary>Runs <paramref name="job"/> unless it is not enabled in <paramref name="gemeente"/> or this due moment was claimed before.</summary>
    /// <returns>Whether this call ran the job.</returns>
    public async Task<bool> RunAsync(ScheduledJobEntry job, GemeenteCode gemeente, DateTimeOffset due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);

        if (!job.Plugin.IsLoaded || !states.IsEnabled(job.Plugin.Id, gemeente))
        {
            return false;
        }

        Guid runId;
        try
        {
            if (await ClaimAsync(job, gemeente, due, cancellationToken) is not { } claimed)
            {
                return false;
            }

            runId = claimed;
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            Log.JobClaimFailed(logger, job.Definition.Id, gemeente.Value, exception);
            return false;
        }

        var result = await InvokeAsync(job, gemeente, due, cancellationToken);
        try
        {
            await FinishAsync(runId, result, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException)
        {
            // The job has run, so its claim stays; the row keeps the outcome Running.
            Log.JobRunNotRecorded(logger, job.Definition.Id, gemeente.Value, runId, exception);
        }

        Log.JobRan(logger, job.Definition.Id, gemeente.Value, due, result.Outcome, result.Value?.Count);
        return true;
    }

    /// <summary>Inserts the run's row; returns its id, or <see langword="null"/> when another run has claimed it.</summary>
    private async Task<Guid?> ClaimAsync(ScheduledJobEntry job, GemeenteCode gemeente, DateTimeOffset due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        if (await IsClaimedAsync(db, job.Definition.Id, gemeente, due, cancellationToken))
        {
            return null;
        }

        var run = new JobRunRecord
        {
            Id = Guid.NewGuid(),
            JobId = job.Definition.Id,
            Gemeente = gemeente.Value,
            DueAt = due,
            StartedAt = clock.GetUtcNow(),
            Outcome = JobRunOutcome.Running,
        };
        db.JobRuns.Add(run);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(run).State = EntityState.Detached;
            if (await IsClaimedAsync(db, job.Definition.Id, gemeente, due, cancellationToken))
            {
                // Another instance inserted the same key between the check and the insert; it runs the job.
                return null;
            }

            throw;
        }

        return run.Id;
    }

    private static Task<bool> IsClaimedAsync(HostDbContext db, string jobId, GemeenteCode gemeente, DateTimeOffset due, CancellationToken cancellationToken) =>
        db.JobRuns.AsNoTracking().AnyAsync(r => r.JobId == jobId && r.Gemeente == gemeente.Value && r.DueAt == due, cancellationToken);

    private async Task<PluginCallResult<JobResult>> InvokeAsync(ScheduledJobEntry job, GemeenteCode gemeente, DateTimeOffset due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(gemeente, job.ActorId, job.Definition.Name.Nl, new HashSet<string>());

        // The job is created inside the guard, because creating it runs the plugin's constructors.
        try
        {
            return await invoker.InvokeAsync(
                job.Plugin,
                gemeente,
                $"job {job.Definition.Id}",
                token => scope.ServiceProvider
                    .GetKeyedServices<IScheduledJob>(job.Plugin.Id)
                    .Single(j => j.Definition.Id == job.Definition.Id)
                    .RunAsync(new JobContext(gemeente, due), token),
                cancellationToken);
        }
        catch (Exception exception) when (TransientDatabaseFailure.Find(exception) is not null)
        {
            // The guard lets an unreachable database through, because it is no fault of the plugin. The run counts
            // as failed and the scheduler keeps running.
            Log.JobDatabaseUnavailable(logger, job.Definition.Id, gemeente.Value, exception);
            return new(PluginCallOutcome.Failed, default);
        }
    }

    private async Task FinishAsync(Guid runId, PluginCallResult<JobResult> result, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId, cancellationToken);

        run.FinishedAt = clock.GetUtcNow();
        run.Outcome = result.Outcome switch
        {
            PluginCallOutcome.Succeeded => JobRunOutcome.Succeeded,
            PluginCallOutcome.NotEnabled => JobRunOutcome.NotEnabled,
            _ => JobRunOutcome.Failed,
        };
        if (result.Value is { } value)
        {
            run.Count = value.Count;
            run.Summary = value.Summary.Length > MaxSummaryLength ? value.Summary[..MaxSummaryLength] : value.Summary;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
