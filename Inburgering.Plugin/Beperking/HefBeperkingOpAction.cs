using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Beperking;

/// <summary>
/// Lifts the restriction of a dossier, with a reason; for the privacy officer. The dossier is then open for use again.
/// The record id is the dossier id.
/// </summary>
internal sealed class HefBeperkingOpAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<HefBeperkingOpAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.beperking-opheffen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Beperking opheffen", "Lift restriction"),
        [DossierFields.OpheffingReden with { Required = true }],
        InburgeringPermissions.BeperkingLift);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await DossierEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (!dossier.IsBeperkt)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "De verwerking van dit dossier is niet beperkt.",
                "The processing of this dossier is not restricted.")));
        }

        if (request.Value(DossierFields.OpheffingReden.Key) is not { } reden)
        {
            return ActionResult.Invalid(new FieldError(DossierFields.OpheffingReden.Key, new LocalizedText(
                "Vul de reden in waarom de beperking wordt opgeheven.",
                "Enter why the restriction is lifted.")));
        }

        dossier.BeperktOp = null;
        dossier.BeperkingReden = null;
        dossier.BeperktDoor = null;
        dossier.BeperkingOpgehevenOp = AmsterdamTime.Today(clock);
        dossier.BeperkingOpgehevenReden = reden;
        dossier.BeperkingOpgehevenDoor = user.UserId;

        if (await DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Beperking, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.RestrictionLifted(logger, dossier.Id);

        return ActionResult.Success(
            new ScreenLink(BeperkteDossiersScreen.ScreenId, null),
            new LocalizedText("De beperking is opgeheven; het dossier is weer in gebruik.", "The restriction was lifted; the dossier is in use again."));
    }
}
