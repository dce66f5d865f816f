using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Dossiers;

/// <summary>
/// Loads the dossier a screen shows: not found when the id is unknown in the current gemeente or anonymised, a refusal
/// when its processing is restricted, and otherwise the dossier, with the read recorded in the processing log.
/// </summary>
internal static class DossierRead
{
    /// <summary>
    /// Returns the dossier of <see cref="ScreenRequest.RecordId"/> after recording one Read of <paramref name="activityId"/>,
    /// or the content that refuses a restricted dossier. Both are <see langword="null"/> when the dossier is not found.
    /// </summary>
    public static async Task<(Dossier? Dossier, ScreenContent? Refusal)> LoadAsync(
        InburgeringDbContext db,
        ScreenRequest request,
        IProcessingLog processingLog,
        string activityId,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(processingLog);

        if (!Guid.TryParse(request.RecordId, out var dossierId))
        {
            return (null, null);
        }

        var dossier = await db.Dossiers.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return (null, null);
        }

        if (dossier.IsBeperkt)
        {
            Log.RestrictedDossierRefused(logger, dossier.Id);
            return (null, BeperkingNotice.Content);
        }

        await processingLog.RecordAsync(new ProcessingRecord(activityId, ProcessingOperation.Read, DossierSubject.Of(dossier)), cancellationToken);
        return (dossier, null);
    }
}
