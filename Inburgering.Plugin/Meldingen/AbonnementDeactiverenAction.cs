using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Stops sending notifications to a subscription. It gets no deliveries of new notifications; its pending deliveries
/// are kept and sent once the subscription is made active again. The record id is the subscription id.
/// </summary>
internal sealed class AbonnementDeactiverenAction(InburgeringDbContext db, ILogger<AbonnementDeactiverenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.abonnement-deactiveren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Abonnement deactiveren", "Deactivate the subscription"),
        [],
        InburgeringPermissions.MeldingenBeheer);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (abonnement, rejection) = await AbonnementEdit.LoadAsync(db, request, cancellationToken);
        if (abonnement is null)
        {
            return rejection!;
        }

        if (!abonnement.Actief)
        {
            return ActionResult.Invalid(new FieldError(string.Empty, new LocalizedText(
                "Het abonnement is al inactief. Wijzig het en zet Actief aan om het weer te gebruiken.",
                "The subscription is inactive already. Change it and turn on Active to use it again.")));
        }

        abonnement.Actief = false;
        abonnement.Versie = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.AbonnementGelijktijdigGewijzigd(logger, abonnement.Id);
            return AbonnementEdit.Gelijktijdig();
        }

        Log.AbonnementGedeactiveerd(logger, abonnement.Id);
        return ActionResult.Success(
            new ScreenLink(AbonnementScreen.ScreenId, abonnement.Id.ToString()),
            new LocalizedText(
                "Het abonnement is gedeactiveerd. Nieuwe meldingen gaan er niet meer naartoe; wachtende meldingen blijven bewaard.",
                "The subscription was deactivated. New notifications no longer go to it; waiting notifications are kept."));
    }
}
