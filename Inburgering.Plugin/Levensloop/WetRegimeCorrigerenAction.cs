using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Levensloop;

/// <summary>
/// Corrects the wet regime of a person's dossier with a reason, recorded as a <see cref="DossierCorrectie"/>. The Wet
/// inburgering 2021 needs a koppeldatum on or after 1 January 2022. The record id is the dossier id.
/// </summary>
internal sealed class WetRegimeCorrigerenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<WetRegimeCorrigerenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.wet-regime-corrigeren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Wettelijk regime corrigeren", "Correct the legal regime"),
        [
            DossierFields.WetRegime with { Required = true },
            LevensloopFields.CorrectieReden with
            {
                Required = true,
                Hint = new LocalizedText(
                    "Bijvoorbeeld: de persoon werd al in 2021 inburgeringsplichtig.",
                    "For example: the person was already obliged to integrate in 2021."),
            },
        ],
        InburgeringPermissions.DossierCorrect);

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

        var errors = new List<FieldError>();
        var wetRegime = RegistrationInputParser.ParseChoice<WetRegime>(
            request.Value(DossierFields.WetRegime.Key), DossierFields.WetRegime.Key, RegistrationInputParser.WetRegimeMissing, errors);
        var reden = LevensloopInput.ParseText(request, LevensloopFields.CorrectieReden, new LocalizedText(
            "Vul de reden van de correctie in, bijvoorbeeld: de persoon werd al in 2021 inburgeringsplichtig.",
            "Enter the reason for the correction, for example: the person was already obliged to integrate in 2021."), errors);

        if (errors.Count > 0 || wetRegime is null || reden is null)
        {
            return ActionResult.Invalid(errors);
        }

        var ruleErrors = DossierCorrecties.Check(dossier, wetRegime, null);
        if (ruleErrors.Count > 0)
        {
            return ActionResult.Invalid(ruleErrors);
        }

        var bron = new CorrectieBron(reden, user.UserId, AmsterdamTime.Today(clock), null);
        DossierCorrecties.Apply(db, dossier, wetRegime, null, bron, logger);

        if (await DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Dossierbeheer, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return ActionResult.Success(
            new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText("Het wettelijk regime is gecorrigeerd.", "The legal regime was corrected."));
    }
}
