using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The steps the subscription actions share: load the subscription of the record id and check its version.</summary>
internal static class AbonnementEdit
{
    /// <summary>Returns the subscription's version as its screen shows it.</summary>
    public static string VersionOf(Abonnement abonnement) => abonnement.Versie.ToString("N");

    /// <summary>
    /// Loads the subscription the request names in the current gemeente for a change, or returns why not: not found, or
    /// changed since the form was opened.
    /// </summary>
    public static async Task<(Abonnement? Abonnement, ActionResult? Rejection)> LoadAsync(
        InburgeringDbContext db,
        ActionRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);

        var abonnement = Guid.TryParse(request.RecordId, out var id)
            ? await db.Abonnementen.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        if (abonnement is null)
        {
            return (null, ActionResult.Invalid(new FieldError(string.Empty, new LocalizedText(
                "Het abonnement is niet gevonden. Open het opnieuw vanuit de lijst met abonnementen.",
                "The subscription was not found. Open it again from the list of subscriptions."))));
        }

        if (request.ExpectedVersion is { } expected && expected != VersionOf(abonnement))
        {
            return (null, ActionResult.Conflict(new LocalizedText(
                "Iemand anders heeft dit abonnement gewijzigd nadat u het opende. Er is niets opgeslagen; open het abonnement opnieuw.",
                "Someone else changed this subscription after you opened it. Nothing was saved; open the subscription again.")));
        }

        return (abonnement, null);
    }

    /// <summary>Returns the result for a save that lost a race with another change of the same subscription.</summary>
    public static ActionResult Gelijktijdig() => ActionResult.Conflict(new LocalizedText(
        "Iemand anders heeft dit abonnement tegelijk gewijzigd. Er is niets opgeslagen; open het abonnement opnieuw.",
        "Someone else changed this subscription at the same time. Nothing was saved; open the subscription again."));
}
