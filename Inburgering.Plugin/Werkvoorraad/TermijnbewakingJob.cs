using System.Diagnostics;
using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Privacy;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Werkvoorraad;

/// <summary>
/// The daily deadline scan: runs every <see cref="ITermijnRegel"/> for the gemeente, puts the tasks that should be
/// open in the host's work queue, and closes the open tasks whose reason has gone. A task a user closed stays closed.
/// Each new task is recorded in the processing log for the person it is about.
/// </summary>
internal sealed class TermijnbewakingJob(
    IEnumerable<ITermijnRegel> regels,
    IWorkTasks workTasks,
    IProcessingLog processingLog,
    TimeProvider clock,
    ILogger<TermijnbewakingJob> logger) : IScheduledJob
{
    public const string JobId = "inburgering.termijnbewaking";

    private static readonly LocalizedText s_vervallen = new(
        "Vervallen: de reden voor deze taak is er niet meer.",
        "Lapsed: the reason for this task has gone.");

    public JobDefinition Definition { get; } = new(
        JobId,
        new LocalizedText("Termijnbewaking inburgering", "Deadline monitoring for civic integration"),
        JobSchedule.Daily(new TimeOnly(4, 0)));

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var vandaag = AmsterdamTime.Today(clock);
        var created = 0;
        var closed = 0;

        foreach (var regel in regels)
        {
            // The stopwatch measures the elapsed time, because the clock gives the day and a test clock does not move.
            var gestart = Stopwatch.GetTimestamp();
            var taken = await regel.TakenAsync(vandaag, cancellationToken);
            var open = (await workTasks.OpenTasksAsync(regel.Kind, cancellationToken)).ToDictionary(t => t.Key, StringComparer.Ordinal);

            // Only new tasks, and open ones whose title or due date changed, cost a write. A host that reports no title or
            // due date leaves that to the key, where the key determines the task. A later task with the same key replaces
            // an earlier one, as a second EnsureAsync call would.
            var teSchrijven = new Dictionary<string, TermijnTaak>(StringComparer.Ordinal);
            var ongewijzigd = 0;
            foreach (var taak in taken)
            {
                var werkTaak = taak.Task with { KindName = regel.KindName };
                if (open.TryGetValue(werkTaak.Key, out var bestaand) && (regel.KeyDeterminesTask || bestaand.Matches(werkTaak)))
                {
                    ongewijzigd++;
                    continue;
                }

                teSchrijven[werkTaak.Key] = taak with { Task = werkTaak };
            }

            var aangemaakt = await workTasks.EnsureAllAsync([.. teSchrijven.Values.Select(t => t.Task)], cancellationToken);
            var nieuw = teSchrijven.Values
                .Where(t => aangemaakt.Contains(t.Task.Key))
                .Select(t => new ProcessingRecord(InburgeringProcessingActivities.Termijnbewaking, ProcessingOperation.Create, t.Subject))
                .ToList();
            if (nieuw.Count > 0)
            {
                await processingLog.RecordAllAsync(nieuw, cancellationToken);
            }

            var keys = taken.Select(t => t.Task.Key).ToHashSet(StringComparer.Ordinal);
            var vervallen = open.Keys.Where(key => !keys.Contains(key)).ToList();
            var gesloten = await workTasks.CloseAllAsync(vervallen, s_vervallen, cancellationToken);

            created += nieuw.Count;
            closed += gesloten;
            var milliseconds = (long)Stopwatch.GetElapsedTime(gestart).TotalMilliseconds;
            Log.DeadlineScanRuleDone(logger, regel.Kind, context.Gemeente.Value, taken.Count, nieuw.Count, ongewijzigd, gesloten, milliseconds);
        }

        Log.DeadlineScanDone(logger, context.Gemeente.Value, created, closed);
        return new JobResult(created, string.Create(
            CultureInfo.InvariantCulture,
            $"{created} tasks created and {closed} lapsed tasks closed on {vandaag:yyyy-MM-dd}."));
    }
}
