using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Withdraws a prepared or sent overdracht before the receiver accepts it, with a reason that the receiver can read. The
/// sender's dossier stays closed as Vertrokken; it can be prepared again. The record id is the overdracht id.
/// </summary>
internal sealed class OverdrachtIntrekkenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<OverdrachtIntrekkenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.overdracht-intrekken";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Overdracht intrekken", "Withdraw the handover"),
        [OverdrachtFields.Reden with { Required = true }],
        InburgeringPermissions.OverdrachtVerzenden);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (overdracht, rejection) = await OverdrachtEdit.LoadAsync(
            db, request, OverdrachtEdit.Kant.Afzender, [OverdrachtStatus.Voorbereid, OverdrachtStatus.Verzonden], cancellationToken);
        if (overdracht is null)
        {
            return rejection!;
        }

        var (reden, redenError) = OverdrachtEdit.Reden(request);
        if (redenError is not null)
        {
            return ActionResult.Invalid(redenError);
        }

        overdracht.Status = OverdrachtStatus.Ingetrokken;
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
            new LocalizedText("De overdracht is ingetrokken.", "The handover was withdrawn."));
    }
}
