using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// Completes (rondt af) the brede intake today. It needs every part filled in and a chosen leerroute, and lists what is
/// missing otherwise. A completed intake is read-only, because the PIP builds on it.
/// </summary>
internal sealed class RondBredeIntakeAfAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<RondBredeIntakeAfAction> logger) : IActionHandler
{
    public const string ActionId = BredeIntakeScreen.ActionPrefix + "afronden";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Brede intake afronden", "Complete broad intake"),
        [],
        InburgeringPermissions.IntakeEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var vandaag = AmsterdamTime.Today(clock);
        var (dossier, intake, rejection) = await IntakeEdit.LoadAsync(db, request, vandaag, logger, cancellationToken);
        if (rejection is not null)
        {
            return rejection;
        }

        var ontbrekend = Afronding.Ontbrekend(intake!);
        if (ontbrekend.Count > 0)
        {
            return ActionResult.Invalid([.. ontbrekend.Select(message => new FieldError("", message))]);
        }

        intake!.AfgerondOp = vandaag;
        intake.AfgerondDoor = user.UserId;

        if (await IntakeEdit.SaveAsync(db, dossier!, intake, processingLog, user.UserId, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.IntakeCompleted(logger, dossier!.Id);

        return ActionResult.Success(
            new ScreenLink(BredeIntakeScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText(
                "De brede intake is afgerond. Ze is nu alleen te lezen; het PIP bouwt erop voort.",
                "The broad intake was completed. It is now read-only; the PIP builds on it."));
    }
}
