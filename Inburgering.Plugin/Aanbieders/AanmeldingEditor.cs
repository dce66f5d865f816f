using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// The steps the aanmelding actions share: load the dossier at the version the user saw, reject a restricted or closed
/// one, and save the change with a new dossier version and one processing log record of the activity Aanmelding. The new
/// dossier version makes two users who refer the same dossier at once conflict, so a duplicate cannot slip in.
/// </summary>
internal sealed class AanmeldingEditor(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<AanmeldingEditor> logger)
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];

    public InburgeringDbContext Db => db;

    public string UserId => user.UserId;

    public DateOnly Today => AmsterdamTime.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    public ILogger Logger => logger;

    /// <summary>The error for an action on a closed dossier.</summary>
    public static FieldError Afgesloten { get; } = new("", new LocalizedText(
        "Dit dossier is afgesloten; aanmeldingen kunnen niet meer worden gewijzigd.",
        "This dossier is closed; referrals can no longer be changed."));

    /// <summary>Loads the tracked dossier of the request; returns a rejection for an unknown, changed, restricted or closed dossier.</summary>
    public async Task<(Dossier? Dossier, ActionResult? Rejection)> LoadAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var (dossier, rejection) = await DossierEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return (null, rejection);
        }

        if (dossier.IsBeperkt)
        {
            return (null, BeperkingNotice.Rejection);
        }

        if (dossier.Status.IsFinal())
        {
            return (null, ActionResult.Invalid(Afgesloten));
        }

        return (dossier, null);
    }

    /// <summary>
    /// Saves the change with a new version of <paramref name="dossier"/> and records <paramref name="operation"/>.
    /// Returns a conflict, with nothing saved, when another user saved the dossier first.
    /// </summary>
    public async Task<ActionResult?> SaveAsync(Dossier dossier, ProcessingOperation operation, CancellationToken cancellationToken)
    {
        db.Entry(dossier).Property(d => d.ConcurrencyStamp).IsModified = true;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.DossierChangedConcurrently(logger, dossier.Id);
            return ActionResult.Conflict(DossierEdit.ChangedMessage);
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, operation, DossierSubject.Of(dossier)), cancellationToken);
        return null;
    }

    /// <summary>Parses a date as <c>yyyy-MM-dd</c> or <c>d-M-yyyy</c>.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Formats a date as dd-mm-jjjj.</summary>
    public static string Dutch(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>Returns the error for a date field that is empty or not a valid date.</summary>
    public static FieldError InvalidDate(FieldDefinition field) =>
        new(field.Key, new LocalizedText(
            $"Vul de {field.Label.Nl.ToLowerInvariant()} in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
            $"Enter the {field.Label.En.ToLowerInvariant()} as dd-mm-yyyy, for example 04-12-2026."));
}
