using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// The daily check of the BRP for moves. It requests the gemeente of registration of every open, unrestricted
/// dossier with a BSN, and records each move to another gemeente. Dossiers are read in batches of
/// <see cref="BatchSize"/>, and a failed lookup is counted and skipped, so the next run tries again.
/// </summary>
internal sealed class VerhuizingenBrpJob(
    InburgeringDbContext db,
    BrpVerhuizingControle controle,
    ILogger<VerhuizingenBrpJob> logger) : IScheduledJob
{
    public const string JobId = "inburgering.verhuizingen-brp";

    /// <summary>The number of dossiers read and checked per batch; the change tracker is cleared after each.</summary>
    internal const int BatchSize = 100;

    public JobDefinition Definition { get; } = new(
        JobId,
        new LocalizedText("Verhuizingen uit de BRP signaleren", "Detect moves from the BRP"),
        JobSchedule.Daily(new TimeOnly(5, 0)));

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var gecontroleerd = 0;
        var verhuisd = 0;
        var mislukt = 0;

        var ids = await db.Dossiers
            .Where(OpenDossiers.Filter)
            .Where(d => d.Bsn != null)
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);

        foreach (var chunk in ids.Chunk(BatchSize))
        {
            // A dossier closed or restricted since the ids were read is left out here.
            var batch = await db.Dossiers
                .Where(OpenDossiers.Filter)
                .Where(d => chunk.Contains(d.Id))
                .ToListAsync(cancellationToken);

            foreach (var dossier in batch)
            {
                var resultaat = await controle.ControleerAsync(dossier, cancellationToken);
                gecontroleerd++;
                if (resultaat.Status == BrpLookupStatus.Failed)
                {
                    mislukt++;
                }

                if (resultaat.Verhuizing is not null)
                {
                    verhuisd++;
                }
            }

            db.ChangeTracker.Clear();
        }

        Log.VerhuizingenBrpJobDone(logger, context.Gemeente.Value, gecontroleerd, verhuisd, mislukt);
        return new JobResult(verhuisd, string.Create(
            CultureInfo.InvariantCulture,
            $"{gecontroleerd} dossiers checked in the BRP, {verhuisd} moves to another gemeente detected, {mislukt} lookups failed."));
    }
}
