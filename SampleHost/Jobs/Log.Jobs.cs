using SampleHost.Plugins;

namespace SampleHost;

/// <summary>
/// The log messages of the job scheduler, event ids 6000-6099, and of the work that several instances share, event ids
/// 12000-12099. They carry job ids and gemeentecodes, never personal data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "Scheduled {JobCount} plugin jobs for {GemeenteCount} gemeenten")]
    public static partial void JobsScheduled(ILogger logger, int jobCount, int gemeenteCount);

    [LoggerMessage(6002, LogLevel.Error, "The jobs of plugin {PluginId} could not be created and will not run")]
    public static partial void JobsNotCreated(ILogger logger, string pluginId, Exception exception);

    [LoggerMessage(6003, LogLevel.Warning, "Job {JobId} of plugin {PluginId} will not run: a job id must start with the plugin id and a dot")]
    public static partial void JobIdWithoutPluginPrefix(ILogger logger, string jobId, string pluginId);

    [LoggerMessage(6004, LogLevel.Error, "Job {JobId} could not be claimed in gemeente {Gemeente}; the scheduler tries again at the next poll")]
    public static partial void JobClaimFailed(ILogger logger, string jobId, string gemeente, Exception exception);

    [LoggerMessage(6005, LogLevel.Information, "Job {JobId} in gemeente {Gemeente} for {DueAt:o} ended: {Outcome}, count {Count}")]
    public static partial void JobRan(ILogger logger, string jobId, string gemeente, DateTimeOffset dueAt, PluginCallOutcome outcome, int? count);

    [LoggerMessage(6006, LogLevel.Error, "Job {JobId} ran in gemeente {Gemeente}, but the end of run {RunId} could not be stored; its row keeps the outcome Running")]
    public static partial void JobRunNotRecorded(ILogger logger, string jobId, string gemeente, Guid runId, Exception exception);

    [LoggerMessage(12001, LogLevel.Information, "Waiting for the database migration lock; another instance may be migrating")]
    public static partial void MigrationLockWaiting(ILogger logger);

    [LoggerMessage(12002, LogLevel.Information, "Acquired the database migration lock")]
    public static partial void MigrationLockAcquired(ILogger logger);
}
