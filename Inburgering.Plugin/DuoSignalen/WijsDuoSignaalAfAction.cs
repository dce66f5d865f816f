using Host.Abstractions;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>Rejects a new DUO signal with a reason, without changing any dossier. The record id is the signal id.</summary>
internal sealed class WijsDuoSignaalAfAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<WijsDuoSignaalAfAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.duo-signaal-afwijzen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Signaal afwijzen", "Reject signal"),
        [
            DuoSignaalFields.AfwijsReden with
            {
                Required = true,
                Hint = new LocalizedText(
                    "Bijvoorbeeld: de persoon woont niet in deze gemeente, of het signaal is per vergissing ingevoerd.",
                    "For example: the person does not live in this municipality, or the signal was entered by mistake."),
            },
        ],
        InburgeringPermissions.DuoSignalenVerwerken);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (signaal, rejection) = await DuoSignaalEdit.LoadNieuwAsync(db, request, logger, cancellationToken);
        if (signaal is null)
        {
            return rejection!;
        }

        var errors = new List<FieldError>();
        var reden = LevensloopInput.ParseText(request, DuoSignaalFields.AfwijsReden, new LocalizedText(
            "Vul de reden van afwijzen in, bijvoorbeeld: de persoon woont niet in deze gemeente.",
            "Enter the reason for rejecting, for example: the person does not live in this municipality."), errors);
        if (reden is null)
        {
            return ActionResult.Invalid(errors);
        }

        signaal.Status = DuoSignaalStatus.Afgewezen;
        signaal.AfwijsReden = reden;
        signaal.VerwerktOp = clock.GetUtcNow();
        signaal.VerwerktDoor = user.UserId;
        if (await DuoSignaalEdit.SaveAsync(db, signaal, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.DuoSignalen, ProcessingOperation.Update, signaal.Subject()), cancellationToken);
        Log.DuoSignaalAfgewezen(logger, signaal.Id);

        return ActionResult.Success(
            new ScreenLink(DuoSignaalScreen.ScreenId, signaal.Id.ToString()),
            new LocalizedText("Het signaal van DUO is afgewezen; er is geen dossier gewijzigd.", "The signal from DUO was rejected; no dossier was changed."));
    }
}
