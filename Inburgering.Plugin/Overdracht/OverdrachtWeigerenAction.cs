using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Refuses a sent overdracht in the receiving gemeente, with a reason that the sender can read, for example because the
/// person lives elsewhere. The record id is the overdracht id.
/// </summary>
internal sealed class OverdrachtWeigerenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<OverdrachtWeigerenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.overdracht-weigeren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Overdracht weigeren", "Refuse the handover"),
        [OverdrachtFields.Reden with { Required = true }],
        InburgeringPermissions.OverdrachtOntvangen);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (overdracht, rejection) = await OverdrachtEdit.LoadAsync(db, request, OverdrachtEdit.Kant.Ontvanger, [OverdrachtStatus.Verzonden], cancellationToken);
        if (overdracht is null)
        {
            return rejection!;
        }

        var (reden, redenError) = OverdrachtEdit.Reden(request);
        if (redenError is not null)
        {
            return ActionResult.Invalid(redenError);
        }

        overdracht.Status = OverdrachtStatus.Geweigerd;
        overdracht.Reden = reden;
        overdracht.AfgehandeldOp = clock.GetUtcNow();
        overdracht.AfgehandeldDoor = user.UserId;

        if (await OverdrachtEdit.SaveAsync(db, overdracht, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OverdrachtAfgehandeld(logger, overdracht.Id, overdracht.Status);
        return ActionResult.Success(
            new ScreenLink(OverdrachtScreen.ScreenId, overdracht.Id.ToString()),
            new LocalizedText("De overdracht is geweigerd; de afzender ziet de reden.", "The handover was refused; the sender sees the reason."));
    }
}
