using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Levensloop;

/// <summary>
/// Records that the person started the leerroute and the other onderdelen of the vastgesteld PIP: the dossier moves from
/// PipVastgesteld to InTraject on the given day. The record id is the dossier id.
/// </summary>
internal sealed class TrajectGestartAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<TrajectGestartAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.traject-gestart";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Traject gestart", "Programme started"),
        [
            LevensloopFields.TrajectGestartOp with
            {
                Required = true,
                Hint = new LocalizedText(
                    "De dag waarop de inburgeraar met de leerroute begon; niet in de toekomst.",
                    "The day the integration client started the learning route; not in the future."),
            },
        ],
        InburgeringPermissions.VoortgangEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await DossierEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (dossier.IsBeperkt)
        {
            return BeperkingNotice.Rejection;
        }

        if (dossier.Status != DossierStatus.PipVastgesteld)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                $"Een traject start pas als het PIP is vastgesteld; dit dossier heeft status {DossierStatusNames.Nl(dossier.Status)}.",
                $"A programme starts only once the PIP is adopted; this dossier has status {DossierStatusNames.En(dossier.Status)}.")));
        }

        var (gestartOp, dateError) = LevensloopInput.ParseTransitionDate(request, LevensloopFields.TrajectGestartOp, dossier, AmsterdamTime.Today(clock));
        if (gestartOp is not { } op)
        {
            return ActionResult.Invalid(dateError!);
        }

        var vorigeStatus = dossier.Status;
        var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.InTraject, op, user.UserId, null);
        if (wijziging is null)
        {
            return ActionResult.Invalid(new FieldError("", error!));
        }

        db.StatusWijzigingen.Add(wijziging);
        if (await DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Dossierbeheer, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.DossierStatusGewijzigd(logger, dossier.Id, vorigeStatus, dossier.Status, op);

        return ActionResult.Success(
            new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText("Het traject is gestart; het dossier heeft nu de status In traject.", "The programme has started; the dossier now has the status In progress."));
    }
}
