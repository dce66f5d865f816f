using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Dossiers;

/// <summary>Loads the dossier an action changes, checks that it is the version the user saw, and saves the change.</summary>
internal static class DossierEdit
{
    public static LocalizedText ChangedMessage { get; } = new(
        "Iemand anders heeft dit dossier intussen gewijzigd; er is niets opgeslagen. Open het dossier opnieuw en voer de wijziging nog eens door.",
        "Someone else changed this dossier in the meantime; nothing was saved. Open the dossier again and make the change once more.");

    /// <summary>Returns the version of <paramref name="dossier"/> that screens put in <see cref="ScreenContent.Version"/>.</summary>
    public static string VersionOf(Dossier dossier) => dossier.ConcurrencyStamp.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>
    /// Loads the tracked dossier of <see cref="ActionRequest.RecordId"/> in the current gemeente. Returns a rejection
    /// when the dossier does not exist, is anonymised, or changed since the user opened it.
    /// </summary>
    public static async Task<(Dossier? Dossier, ActionResult? Rejection)> LoadAsync(InburgeringDbContext db, ActionRequest request, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var dossierId))
        {
            return (null, ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Open eerst het dossier dat u wilt wijzigen.",
                "First open the dossier you want to change."))));
        }

        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            Log.DossierToChangeNotFound(logger, dossierId, db.CurrentGemeente);
            return (null, ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier bestaat niet in deze gemeente. Open het dossier opnieuw vanuit de lijst met inburgeraars.",
                "This dossier does not exist in this municipality. Open the dossier again from the list of integration clients."))));
        }

        if (request.ExpectedVersion != VersionOf(dossier))
        {
            return (null, ActionResult.Conflict(ChangedMessage));
        }

        return (dossier, null);
    }

    /// <summary>
    /// Saves the changed <paramref name="dossier"/> and records one Update of <paramref name="activityId"/> in the
    /// processing log. Returns a conflict, with nothing saved, when another user saved the dossier first.
    /// </summary>
    public static async Task<ActionResult?> SaveAsync(
        InburgeringDbContext db,
        Dossier dossier,
        IProcessingLog processingLog,
        string activityId,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(processingLog);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.DossierChangedConcurrently(logger, dossier.Id);
            return ActionResult.Conflict(ChangedMessage);
        }

        await processingLog.RecordAsync(new ProcessingRecord(activityId, ProcessingOperation.Update, DossierSubject.Of(dossier)), cancellationToken);
        return null;
    }
}
