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
/// Records that the person left the gemeente, abroad or to another gemeente, which closes the dossier with status
/// Vertrokken on that day. The record id is the dossier id.
/// </summary>
internal sealed class VertrokkenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<VertrokkenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.vertrokken";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Vertrokken", "Moved away"),
        [
            LevensloopFields.VertrokkenOp with
            {
                Required = true,
                Hint = new LocalizedText(
                    "De dag van vertrek volgens de BRP; niet in de toekomst. Het dossier wordt op deze dag afgesloten.",
                    "The day of departure according to the BRP; not in the future. The dossier is closed on this day."),
            },
            LevensloopFields.Bestemming with { Required = true },
            LevensloopFields.VertrekReden with
            {
                Required = true,
                Hint = new LocalizedText(
                    "Bijvoorbeeld: vertrek volgens de BRP, of de nieuwe gemeente heeft het traject overgenomen.",
                    "For example: departure according to the BRP, or the new municipality took over the programme."),
            },
        ],
        InburgeringPermissions.DossierClose);

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

        if (dossier.Status.IsFinal())
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier is al afgesloten.",
                "This dossier is already closed.")));
        }

        var errors = new List<FieldError>();
        var (vertrokkenOp, dateError) = LevensloopInput.ParseTransitionDate(request, LevensloopFields.VertrokkenOp, dossier, AmsterdamTime.Today(clock));
        if (dateError is not null)
        {
            errors.Add(dateError);
        }

        var bestemming = RegistrationInputParser.ParseChoice<VertrekBestemming>(
            request.Value(LevensloopFields.Bestemming.Key),
            LevensloopFields.Bestemming.Key,
            new LocalizedText("Kies waarheen de inburgeraar vertrok: het buitenland of een andere gemeente.", "Choose where the integration client moved: abroad or another municipality."),
            errors);

        var reden = LevensloopInput.ParseText(request, LevensloopFields.VertrekReden, new LocalizedText(
            "Vul een toelichting op het vertrek in, bijvoorbeeld: vertrek volgens de BRP.",
            "Enter a note on the departure, for example: departure according to the BRP."), errors);

        if (errors.Count > 0 || vertrokkenOp is not { } op || bestemming is not { } naar || reden is null)
        {
            return ActionResult.Invalid(errors);
        }

        var vorigeStatus = dossier.Status;
        var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.Vertrokken, op, user.UserId, StatusReden(naar, reden));
        if (wijziging is null)
        {
            return ActionResult.Invalid(new FieldError("", error!));
        }

        // AfsluitReden has a member for a move abroad only; a move to another gemeente shows in the status history.
        dossier.AfsluitReden = naar == VertrekBestemming.Buitenland ? AfsluitReden.VertrokkenNaarBuitenland : null;
        db.StatusWijzigingen.Add(wijziging);

        if (await DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Dossierbeheer, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.DossierStatusGewijzigd(logger, dossier.Id, vorigeStatus, dossier.Status, op);

        return ActionResult.Success(
            new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText("Het vertrek is vastgelegd en het dossier is afgesloten.", "The departure was recorded and the dossier was closed."));
    }

    /// <summary>Returns the reason in the status history: where the person went, then the employee's note.</summary>
    internal static string StatusReden(VertrekBestemming bestemming, string toelichting) =>
        $"{(bestemming == VertrekBestemming.Buitenland ? "Buitenland" : "Andere gemeente")}: {toelichting}";
}
