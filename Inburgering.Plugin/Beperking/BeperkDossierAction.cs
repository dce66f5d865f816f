using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Beperking;

/// <summary>
/// Restricts the processing of a dossier (AVG article 18), for example after DUO withdrew the report. From then on
/// only the privacy officer can open the dossier. The record id is the dossier id.
/// </summary>
internal sealed class BeperkDossierAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<BeperkDossierAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.beperk";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Verwerking beperken", "Restrict processing"),
        [
            DossierFields.BeperkingReden with
            {
                Required = true,
                Hint = new LocalizedText(
                    "Bijvoorbeeld: intrekking door DUO. Daarna kan alleen de privacy officer het dossier inzien.",
                    "For example: withdrawn by DUO. Afterwards only the privacy officer can view the dossier."),
            },
        ],
        InburgeringPermissions.DossierRestrict);

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

        if (request.Value(DossierFields.BeperkingReden.Key) is not { } reden)
        {
            return ActionResult.Invalid(new FieldError(DossierFields.BeperkingReden.Key, new LocalizedText(
                "Vul de reden van de beperking in, bijvoorbeeld: intrekking door DUO.",
                "Enter the reason for the restriction, for example: withdrawn by DUO.")));
        }

        DossierBeperking.Beperk(dossier, AmsterdamTime.Today(clock), reden, user.UserId);

        if (await DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Beperking, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.DossierRestricted(logger, dossier.Id);

        return ActionResult.Success(
            new ScreenLink(DossiersScreen.ScreenId, null),
            new LocalizedText(
                "De verwerking van het dossier is beperkt. Alleen de privacy officer kan het nog inzien.",
                "The processing of the dossier is restricted. Only the privacy officer can still view it."));
    }
}
