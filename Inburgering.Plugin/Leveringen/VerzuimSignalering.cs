using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Opens the <see cref="OngeoorloofdVerzuimRegel"/> tasks of the rows a delivery saved right away, instead of at the
/// next daily scan, and closes the tasks of the rows those rows corrected. Each new task is recorded in the
/// processing log for the person it is about, as the scan does.
/// </summary>
internal sealed class VerzuimSignalering(
    OngeoorloofdVerzuimRegel regel,
    InburgeringDbContext db,
    IWorkTasks workTasks,
    IProcessingLog processingLog,
    ILogger<VerzuimSignalering> logger) : IVerzuimSignalering
{
    private static readonly LocalizedText s_gecorrigeerd = new(
        "Vervallen: de aanbieder heeft deze periode gecorrigeerd.",
        "Lapsed: the aanbieder corrected this period.");

    public async Task SignaleerAsync(IReadOnlyCollection<Guid> voortgangsmeldingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voortgangsmeldingIds);

        if (voortgangsmeldingIds.Count == 0)
        {
            return;
        }

        // The host writes the tasks of EnsureAllAsync and CloseAllAsync in a few round trips, instead of one per task.
        var taken = await regel.TakenAsync(voortgangsmeldingIds, cancellationToken);
        var aangemaakt = await workTasks.EnsureAllAsync([.. taken.Select(t => t.Task)], cancellationToken);
        var nieuw = taken
            .Where(t => aangemaakt.Contains(t.Task.Key))
            .Select(t => new ProcessingRecord(InburgeringProcessingActivities.Termijnbewaking, ProcessingOperation.Create, t.Subject))
            .ToList();
        if (nieuw.Count > 0)
        {
            await processingLog.RecordAllAsync(nieuw, cancellationToken);
        }

        var gecorrigeerd = await db.Voortgangsmeldingen.AsNoTracking()
            .Where(m => m.VervangenDoorId != null && voortgangsmeldingIds.Contains(m.VervangenDoorId.Value))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        var gesloten = gecorrigeerd.Count == 0
            ? 0
            : await workTasks.CloseAllAsync([.. gecorrigeerd.Select(OngeoorloofdVerzuimRegel.Key)], s_gecorrigeerd, cancellationToken);

        Log.AbsenceSignalled(logger, voortgangsmeldingIds.Count, nieuw.Count, gesloten);
    }
}
