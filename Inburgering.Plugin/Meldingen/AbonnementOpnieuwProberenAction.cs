using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Makes every undelivered notification of an active subscription due now, for example after its receiver is repaired,
/// so the next run of the delivery, within a minute, sends them without waiting for the backoff. The record id is the
/// subscription id.
/// </summary>
internal sealed class AbonnementOpnieuwProberenAction(
    InburgeringDbContext db,
    TimeProvider clock,
    ILogger<AbonnementOpnieuwProberenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.abonnement-opnieuw-proberen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Nu opnieuw proberen", "Retry now"),
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
                "Het abonnement is inactief. Wijzig het en zet Actief aan; dan worden de wachtende meldingen verstuurd.",
                "The subscription is inactive. Change it and turn on Active; the waiting notifications are then sent.")));
        }

        var nu = clock.GetUtcNow();
        var aantal = await db.MeldingAfleveringen
            .Where(a => a.AbonnementId == abonnement.Id && a.Status != AfleveringStatus.Afgeleverd)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.VolgendePogingOp, nu), cancellationToken);

        Log.AbonnementOpnieuwProberen(logger, abonnement.Id, aantal);
        return ActionResult.Success(
            new ScreenLink(AbonnementScreen.ScreenId, abonnement.Id.ToString()),
            new LocalizedText(
                $"{aantal} meldingen worden binnen een minuut opnieuw verstuurd.",
                $"{aantal} notifications are sent again within a minute."));
    }
}
