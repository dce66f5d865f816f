using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Bewaartermijn;

/// <summary>
/// Anonymises, once a day, the dossiers of the gemeente that were closed at least the retention period ago, counted in
/// whole years from the closing date in Europe/Amsterdam. A restricted dossier is kept as it is until the restriction
/// is lifted, because the restriction may exist to preserve the data.
/// </summary>
internal sealed class BewaartermijnJob(
    InburgeringDbContext db,
    IPluginSettings settings,
    IProcessingLog processingLog,
    TimeProvider clock,
    ILogger<BewaartermijnJob> logger) : IScheduledJob
{
    public const string JobId = "inburgering.bewaartermijn";

    public JobDefinition Definition { get; } = new(
        JobId,
        new LocalizedText("Bewaartermijn inburgeringsdossiers", "Retention period of integration dossiers"),
        JobSchedule.Daily(new TimeOnly(3, 0)));

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var jaren = (int)await settings.GetNumberAsync(BewaartermijnSettings.Jaren, cancellationToken);
        var today = AmsterdamTime.Today(clock);
        var closedOnOrBefore = today.AddYears(-jaren);

        // NOTE: the job loads all due dossiers of the gemeente at once. The first run in a gemeente with years of closed
        // dossiers may load thousands.
        var due = await db.Dossiers
            .Where(d => d.AfgeslotenOp != null && d.GeanonimiseerdOp == null && d.AfgeslotenOp <= closedOnOrBefore)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var restricted = due.Count(d => d.IsBeperkt);
        var anonymise = due.Where(d => !d.IsBeperkt).ToList();

        // The processing log needs the person's id, so it is written before the ids are removed. When the save below
        // fails, the next run logs the same persons again.
        var records = anonymise
            .Select(d => new ProcessingRecord(InburgeringProcessingActivities.Bewaartermijn, ProcessingOperation.Delete, DossierSubject.Of(d)))
            .ToList();
        if (records.Count > 0)
        {
            await processingLog.RecordAllAsync(records, cancellationToken);
        }

        foreach (var dossier in anonymise)
        {
            dossier.Anonymise(today);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DossierOnderdelenVerwijdering.VerwijderAsync(db, [.. anonymise.Select(d => d.Id)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        Log.DossiersAnonymised(logger, anonymise.Count, restricted, context.Gemeente.Value, closedOnOrBefore);
        return new JobResult(anonymise.Count, string.Create(
            CultureInfo.InvariantCulture,
            $"{anonymise.Count} dossiers closed on or before {closedOnOrBefore:yyyy-MM-dd} anonymised (retention {jaren} years); {restricted} restricted dossiers kept."));
    }
}
