using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Records the day the awaited information arrived; the extended PIP deadline then ends 2 weeks later, and never
/// before the original deadline. The record id is the dossier id.
/// </summary>
internal sealed class PipInformatieOntvangenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipInformatieOntvangenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-informatie-ontvangen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Informatie van de derde ontvangen", "Third party's information received"),
        [PipFields.InformatieOntvangenOp with { Required = true }],
        InburgeringPermissions.PipEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (pip, rejection) = await PipEdit.LoadAsync(db, request, logger, cancellationToken);
        if (pip is null)
        {
            return rejection!;
        }

        if (pip.Verlenging is not { } verlenging || pip.Dossier.DagtekeningEerstePip is not null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Er is geen verlenging van de termijn voor het eerste PIP waarvoor informatie wordt verwacht.",
                "There is no extension of the deadline for the first PIP that awaits information.")));
        }

        var (dateValue, dateError) = PipForm.Date(request, PipFields.InformatieOntvangenOp);
        if (dateValue is not { } ontvangenOp)
        {
            return ActionResult.Invalid(dateError!);
        }

        if (PipTermijn.ControleerOntvangst(verlenging, ontvangenOp, AmsterdamTime.Today(clock)) is { } ontvangstError)
        {
            return ActionResult.Invalid(new FieldError(PipFields.InformatieOntvangenOp.Key, ontvangstError));
        }

        verlenging.InformatieOntvangenOp = ontvangenOp;
        verlenging.GewijzigdDoor = user.UserId;

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.PipInformationArrived(logger, pip.Dossier.Id, ontvangenOp);

        var uiterste = pip.Termijn.UitersteDatum!.Value;
        return PipEdit.Success(pip, new LocalizedText(
            $"De ontvangst is vastgelegd. Het PIP moet uiterlijk {Nl(uiterste)} zijn vastgesteld.",
            $"The receipt was recorded. The PIP must be adopted by {En(uiterste)} at the latest."));
    }
}
