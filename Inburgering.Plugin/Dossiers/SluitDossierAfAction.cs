using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Dossiers;

/// <summary>
/// Closes a dossier with a date and a reason, which decides the final status in the lifecycle. The retention period of
/// the dossier counts from that date. The record id is the dossier id, and the user must have seen the current version.
/// </summary>
internal sealed class SluitDossierAfAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<SluitDossierAfAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.sluit-af";

    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Dossier afsluiten", "Close dossier"),
        [
            DossierFields.AfgeslotenOp with
            {
                Required = true,
                Hint = new LocalizedText(
                    "De dag waarop de inburgering eindigde; niet in de toekomst. De bewaartermijn telt vanaf deze datum.",
                    "The day the civic integration ended; not in the future. The retention period counts from this date."),
            },
            DossierFields.AfsluitReden with { Required = true },
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

        if (!DateOnly.TryParseExact(request.Value(DossierFields.AfgeslotenOp.Key), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var afgeslotenOp))
        {
            return ActionResult.Invalid(new FieldError(DossierFields.AfgeslotenOp.Key, new LocalizedText(
                "Vul de datum van afsluiten in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "Enter the closing date as dd-mm-yyyy, for example 04-12-2026.")));
        }

        var today = AmsterdamTime.Today(clock);
        if (afgeslotenOp > today || afgeslotenOp < dossier.Koppeldatum)
        {
            return ActionResult.Invalid(new FieldError(DossierFields.AfgeslotenOp.Key, new LocalizedText(
                $"De datum van afsluiten moet tussen de koppeldatum ({Dutch(dossier.Koppeldatum)}) en vandaag ({Dutch(today)}) liggen. Kies een datum in die periode.",
                $"The closing date must lie between the koppeldatum ({English(dossier.Koppeldatum)}) and today ({English(today)}). Choose a date in that period.")));
        }

        if (!Enum.TryParse<AfsluitReden>(request.Value(DossierFields.AfsluitReden.Key), out var reden) || !Enum.IsDefined(reden))
        {
            return ActionResult.Invalid(new FieldError(DossierFields.AfsluitReden.Key, new LocalizedText(
                "Kies een reden van afsluiten uit de lijst.",
                "Choose a reason for closing from the list.")));
        }

        var (wijziging, error) = DossierLifecycle.Move(dossier, reden.Status(), afgeslotenOp, user.UserId, null);
        if (wijziging is null)
        {
            return ActionResult.Invalid(new FieldError(DossierFields.AfsluitReden.Key, error!));
        }

        dossier.AfsluitReden = reden;
        db.StatusWijzigingen.Add(wijziging);

        if (await DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Dossierbeheer, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.DossierClosed(logger, dossier.Id, reden);

        return ActionResult.Success(
            new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText("Het dossier is afgesloten.", "The dossier was closed."));
    }

    private static string Dutch(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private static string English(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
