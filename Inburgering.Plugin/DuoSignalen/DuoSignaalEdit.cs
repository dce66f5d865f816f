using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>Loads the new signal an action handles and saves it once handled, so a signal is handled only once.</summary>
internal static class DuoSignaalEdit
{
    /// <summary>
    /// Loads the tracked signal of <see cref="ActionRequest.RecordId"/> in the current gemeente. Returns a rejection when
    /// it does not exist or was already processed or rejected.
    /// </summary>
    public static async Task<(DuoSignaal? Signaal, ActionResult? Rejection)> LoadNieuwAsync(InburgeringDbContext db, ActionRequest request, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);

        var signaal = Guid.TryParse(request.RecordId, out var signaalId)
            ? await db.DuoSignalen.SingleOrDefaultAsync(s => s.Id == signaalId, cancellationToken)
            : null;
        if (signaal is null)
        {
            return (null, ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit signaal bestaat niet in deze gemeente. Open het signaal opnieuw vanuit de lijst met signalen van DUO.",
                "This signal does not exist in this municipality. Open the signal again from the list of DUO signals."))));
        }

        if (signaal.Status != DuoSignaalStatus.Nieuw)
        {
            Log.DuoSignaalAlAfgehandeld(logger, signaal.Id, signaal.Status);
            return (null, AlreadyHandled);
        }

        return (signaal, null);
    }

    /// <summary>
    /// Saves the handled signal with the other tracked changes. Returns a rejection, with nothing saved, when another user
    /// handled the signal first: the status is a concurrency token.
    /// </summary>
    public static async Task<ActionResult?> SaveAsync(InburgeringDbContext db, DuoSignaal signaal, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(signaal);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.DuoSignaalConcurrentlyHandled(logger, signaal.Id);
            return AlreadyHandled;
        }
    }

    private static ActionResult AlreadyHandled { get; } = ActionResult.Invalid(new FieldError("", new LocalizedText(
        "Dit signaal is al verwerkt of afgewezen; een signaal wordt maar één keer afgehandeld. Open het signaal opnieuw om te zien wat ermee is gebeurd.",
        "This signal was already processed or rejected; a signal is handled only once. Open the signal again to see what happened to it.")));
}
