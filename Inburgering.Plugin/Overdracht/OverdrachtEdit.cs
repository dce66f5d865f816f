using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht;

/// <summary>Loads the overdracht an action changes, checks the version the user saw and the side, and saves the change.</summary>
internal static class OverdrachtEdit
{
    public static LocalizedText ChangedMessage { get; } = new(
        "Iemand anders heeft deze overdracht intussen gewijzigd; er is niets opgeslagen. Open de overdracht opnieuw.",
        "Someone else changed this handover in the meantime; nothing was saved. Open the handover again.");

    /// <summary>Which gemeente may act: the sender or the receiver.</summary>
    public enum Kant
    {
        Afzender,
        Ontvanger,
    }

    /// <summary>Returns the version of <paramref name="overdracht"/> that the screen puts in <see cref="ScreenContent.Version"/>.</summary>
    public static string VersionOf(Overdracht overdracht) => overdracht.ConcurrencyStamp.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>
    /// Loads the tracked overdracht of <see cref="ActionRequest.RecordId"/> when the current gemeente is on
    /// <paramref name="kant"/> and its status is one of <paramref name="statussen"/>. Returns a rejection otherwise.
    /// </summary>
    public static async Task<(Overdracht? Overdracht, ActionResult? Rejection)> LoadAsync(
        InburgeringDbContext db,
        ActionRequest request,
        Kant kant,
        IReadOnlyCollection<OverdrachtStatus> statussen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);

        var gemeente = db.CurrentGemeente;
        var overdracht = Guid.TryParse(request.RecordId, out var id)
            ? await db.Overdrachten.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            : null;
        var opKant = overdracht is not null && (kant == Kant.Afzender ? overdracht.AfzenderGemeente : overdracht.OntvangerGemeente) == gemeente;
        if (overdracht is null || !opKant || (kant == Kant.Ontvanger && overdracht.Status == OverdrachtStatus.Voorbereid))
        {
            return (null, ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Deze overdracht bestaat niet voor deze gemeente, of alleen de andere gemeente kan dit doen. Open de overdracht opnieuw vanuit de lijst met overdrachten.",
                "This handover does not exist for this municipality, or only the other municipality can do this. Open the handover again from the list of handovers."))));
        }

        if (request.ExpectedVersion != VersionOf(overdracht))
        {
            return (null, ActionResult.Conflict(ChangedMessage));
        }

        if (!statussen.Contains(overdracht.Status))
        {
            return (null, ActionResult.Invalid(new FieldError("", new LocalizedText(
                $"Deze overdracht heeft de status {overdracht.Status}; dat kan nu niet meer.",
                $"This handover has the status {overdracht.Status}; that is no longer possible."))));
        }

        return (overdracht, null);
    }

    /// <summary>Returns the required reason of a refusal or withdrawal, or the error that names the field.</summary>
    public static (string? Reden, FieldError? Error) Reden(ActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var reden = request.Value(OverdrachtFields.Reden.Key);
        if (reden is null)
        {
            return (null, new FieldError(OverdrachtFields.Reden.Key, new LocalizedText(
                "Vul de reden in; de andere gemeente ziet hem.",
                "Enter the reason; the other municipality sees it.")));
        }

        if (reden.Length > OverdrachtConfiguration.RedenMaxLength)
        {
            return (null, new FieldError(OverdrachtFields.Reden.Key, new LocalizedText(
                $"De reden is {reden.Length} tekens lang; maak hem korter dan {OverdrachtConfiguration.RedenMaxLength + 1} tekens.",
                $"The reason is {reden.Length} characters long; make it shorter than {OverdrachtConfiguration.RedenMaxLength + 1} characters.")));
        }

        return (reden, null);
    }

    /// <summary>
    /// Saves the change and records one Update of activity Overdracht for the package's person. Returns a conflict,
    /// with nothing saved, when another user saved the overdracht first.
    /// </summary>
    public static async Task<ActionResult?> SaveAsync(InburgeringDbContext db, Overdracht overdracht, IProcessingLog processingLog, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(overdracht);
        ArgumentNullException.ThrowIfNull(processingLog);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.OverdrachtChangedConcurrently(logger, overdracht.Id);
            return ActionResult.Conflict(ChangedMessage);
        }

        var subject = OverdrachtSubject.Of(OverdrachtPakketJson.Lees(overdracht.PakketJson));
        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Update, subject), cancellationToken);
        return null;
    }
}
