using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Dossiers;

/// <summary>
/// Finds the dossier of a BSN in the current gemeente. It is an action rather than a screen, so the BSN is posted
/// with the form instead of appearing in a screen's record id.
/// </summary>
internal sealed class ZoekDossierAction(InburgeringDbContext db, IProcessingLog processingLog) : IActionHandler
{
    public const string ActionId = "inburgering.zoek";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Zoeken op BSN", "Search by BSN"),
        [DossierFields.Bsn with { Required = true }],
        InburgeringPermissions.DossierView);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Bsn.TryParse(request.Value(DossierFields.Bsn.Key), out var bsn, out var error))
        {
            return ActionResult.Invalid(new FieldError(DossierFields.Bsn.Key, BsnErrorMessages.For(error.Value)));
        }

        var found = await db.Dossiers
            .Where(d => d.Bsn == bsn.Value)
            .Select(d => new { d.Id, d.BeperktOp })
            .SingleOrDefaultAsync(cancellationToken);
        var dossierId = found?.Id;

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Dossierbeheer, ProcessingOperation.Search, DataSubject.FromBsn(bsn)),
            cancellationToken);

        if (dossierId is not { } id)
        {
            return ActionResult.Invalid(new FieldError(DossierFields.Bsn.Key, new LocalizedText(
                "Geen dossier gevonden voor dit BSN in deze gemeente. Controleer het BSN, of registreer de inburgeraar.",
                "No dossier found for this BSN in this municipality. Check the BSN, or register the integration client.")));
        }

        if (found!.BeperktOp is not null)
        {
            return BeperkingNotice.Rejection;
        }

        return ActionResult.Success(new ScreenLink(DossierScreen.ScreenId, id.ToString()));
    }
}
