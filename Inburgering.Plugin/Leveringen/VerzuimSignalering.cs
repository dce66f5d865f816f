using Host.Abstractions;
using Inburgering.Plugin.Privacy;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Opens the <see cref="OngeoorloofdVerzuimRegel"/> tasks of the rows a delivery saved right away, instead of at the
/// next daily scan, and closes the tasks of the rows those rows corrected. Each new task is recorded in the
/// processing log for the person it is about, as the scan does.
/// </summary>
/// <remarks>
/// The threshold is checked on the delivered hours first, so only rows above it go to the database to have their
/// dossier checked. Most deliveries have none, and a delivery without any unauthorised absence does not even read the
/// threshold.
/// </remarks>
internal sealed class VerzuimSignalering(
    OngeoorloofdVerzuimRegel regel,
    IWorkTasks workTasks,
    IProcessingLog processingLog,
    IPluginSettings settings,
    ILogger<VerzuimSignalering> logger) : IVerzuimSignalering
{
    private static readonly LocalizedText s_gecorrigeerd = new(
        "Vervallen: de aanbieder heeft deze periode gecorrigeerd.",
        "Lapsed: the aanbieder corrected this period.");

    public async Task SignaleerAsync(IReadOnlyCollection<NieuweMelding> meldingen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meldingen);

        if (meldingen.Count == 0)
        {
            return;
        }

        var geopend = await OpenAsync(meldingen, cancellationToken);

        // The host closes the tasks of CloseAllAsync in a few round trips, instead of one per task.
        List<string> vervangen = [.. meldingen.Where(m => m.VervangtId is not null).Select(m => OngeoorloofdVerzuimRegel.Key(m.VervangtId!.Value))];
        var gesloten = vervangen.Count == 0 ? 0 : await workTasks.CloseAllAsync(vervangen, s_gecorrigeerd, cancellationToken);

        Log.AbsenceSignalled(logger, meldingen.Count, geopend, gesloten);
    }

    private async Task<int> OpenAsync(IReadOnlyCollection<NieuweMelding> meldingen, CancellationToken cancellationToken)
    {
        // The threshold is at least 0 %, so a row without unauthorised absence is never above it. Most deliveries have
        // none, and then the setting is not read.
        if (!meldingen.Any(m => m.UrenOngeoorloofdVerzuim > 0))
        {
            return 0;
        }

        var drempel = await settings.GetNumberAsync(VerzuimSettings.Verzuimdrempel, cancellationToken);
        List<Guid> boven = [.. meldingen.Where(m => VerzuimDrempel.IsBoven(m.UrenOngeoorloofdVerzuim, m.UrenAangeboden, drempel)).Select(m => m.Id)];
        if (boven.Count == 0)
        {
            return 0;
        }

        // The rule checks the dossier of each row. The host writes the tasks in a few round trips.
        var taken = await regel.TakenAsync(boven, cancellationToken);
        var aangemaakt = await workTasks.EnsureAllAsync([.. taken.Select(t => t.Task)], cancellationToken);
        List<ProcessingRecord> nieuw =
        [
            .. taken
                .Where(t => aangemaakt.Contains(t.Task.Key))
                .Select(t => new ProcessingRecord(InburgeringProcessingActivities.Termijnbewaking, ProcessingOperation.Create, t.Subject)),
        ];
        if (nieuw.Count > 0)
        {
            await processingLog.RecordAllAsync(nieuw, cancellationToken);
        }

        return nieuw.Count;
    }
}
