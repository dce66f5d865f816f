using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Verhuizing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Sends a prepared overdracht to the receiving gemeente, exactly as previewed, and closes the sender's dossier as
/// Vertrokken to another gemeente on the moving date. The dossier closes on sending rather than on acceptance,
/// because the move already happened and the receiver's acceptance runs in the other gemeente, which may not change
/// this gemeente's dossier. After a refusal or a withdrawal the closed dossier can be prepared again. The record id
/// is the overdracht id.
/// </summary>
internal sealed class OverdrachtVerzendenAction(
    InburgeringDbContext db,
    IMeldingen meldingen,
    IVerhuizingen verhuizingen,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<OverdrachtVerzendenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.overdracht-verzenden";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Overdracht verzenden", "Send the handover"),
        [],
        InburgeringPermissions.OverdrachtVerzenden);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (overdracht, rejection) = await OverdrachtEdit.LoadAsync(db, request, OverdrachtEdit.Kant.Afzender, [OverdrachtStatus.Voorbereid], cancellationToken);
        if (overdracht is null)
        {
            return rejection!;
        }

        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == overdracht.AfzenderDossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Het dossier van deze overdracht bestaat niet meer in deze gemeente, dus er is niets verzonden.",
                "The dossier of this handover no longer exists in this municipality, so nothing was sent.")));
        }

        if (dossier.IsBeperkt)
        {
            return BeperkingNotice.Rejection;
        }

        if (!dossier.Status.IsFinal())
        {
            var reden = VertrokkenAction.StatusReden(VertrekBestemming.AndereGemeente, $"warme overdracht aan gemeente {overdracht.OntvangerGemeente}");
            var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.Vertrokken, overdracht.Verhuisdatum, user.UserId, reden);
            if (wijziging is null)
            {
                return ActionResult.Invalid(new FieldError("", error!));
            }

            // AfsluitReden has a member for a move abroad only; a move to another gemeente shows in the status history.
            dossier.AfsluitReden = null;
            db.StatusWijzigingen.Add(wijziging);
        }

        overdracht.Status = OverdrachtStatus.Verzonden;
        overdracht.VerzondenOp = clock.GetUtcNow();
        overdracht.VerzondenDoor = user.UserId;
        meldingen.Publiceer(MeldingTypen.OverdrachtVerzonden, dossier.Id.ToString(), new Dictionary<string, string?>
        {
            ["overdracht"] = overdracht.Id.ToString(),
            ["pakket"] = overdracht.PakketId.ToString(),
            ["ontvangerGemeente"] = overdracht.OntvangerGemeente,
        });

        if (await OverdrachtEdit.SaveAsync(db, overdracht, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        // A detected move is handled now: its werkvoorraad task closes.
        await verhuizingen.MarkeerOvergedragenAsync(dossier.Id, cancellationToken);

        Log.OverdrachtVerzonden(logger, overdracht.Id, overdracht.OntvangerGemeente, dossier.Id, overdracht.Verhuisdatum);

        return ActionResult.Success(
            new ScreenLink(OverdrachtScreen.ScreenId, overdracht.Id.ToString()),
            new LocalizedText(
                $"De overdracht is verzonden aan gemeente {overdracht.OntvangerGemeente} en het dossier is afgesloten als vertrokken.",
                $"The handover was sent to municipality {overdracht.OntvangerGemeente} and the dossier was closed as moved away."));
    }
}
