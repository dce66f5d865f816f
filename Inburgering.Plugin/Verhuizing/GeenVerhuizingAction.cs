using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// Dismisses the open Verhuizing of a dossier with the employee's reason, for a detection that turned out wrong, and
/// closes its werkvoorraad task. The record id is the dossier id, and the user must have seen the current version.
/// </summary>
internal sealed class GeenVerhuizingAction(
    InburgeringDbContext db,
    VerhuizingAfhandeling afhandeling,
    IProcessingLog processingLog,
    ILogger<GeenVerhuizingAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.geen-verhuizing";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Geen verhuizing", "Not a move"),
        [VerhuizingFields.Reden],
        InburgeringPermissions.OverdrachtVerzenden);

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

        var verhuizing = await db.Verhuizingen.SingleOrDefaultAsync(
            v => v.DossierId == dossier.Id && v.Status == VerhuizingStatus.Gesignaleerd,
            cancellationToken);
        if (verhuizing is null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier heeft geen openstaande verhuizing. Open het dossier opnieuw om de actuele stand te zien.",
                "This dossier has no open move. Open the dossier again to see its current state.")));
        }

        var reden = request.Value(VerhuizingFields.Reden.Key)?.Trim();
        if (string.IsNullOrEmpty(reden) || reden.Length > DossierFields.ReasonMaxLength)
        {
            return ActionResult.Invalid(new FieldError(VerhuizingFields.Reden.Key, new LocalizedText(
                $"Vul in waarom dit geen verhuizing is, in ten hoogste {DossierFields.ReasonMaxLength} tekens.",
                $"Enter why this is not a move, in at most {DossierFields.ReasonMaxLength} characters.")));
        }

        await afhandeling.WijsAfAsync(verhuizing, reden, cancellationToken);
        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Verhuizing, ProcessingOperation.Update, DossierSubject.Of(dossier)),
            cancellationToken);

        return ActionResult.Success(
            new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText("De verhuizing is afgewezen en de taak is gesloten.", "The move was dismissed and its task closed."));
    }
}
