using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Accepts a sent overdracht in the receiving gemeente: takes the package over into a new dossier of this gemeente
/// with <see cref="IOverdrachtOntvangst"/>, which saves the dossier and the accepted overdracht in one transaction.
/// Accepting twice leads to the same dossier. The record id is the overdracht id.
/// </summary>
internal sealed class OverdrachtAccepterenAction(
    InburgeringDbContext db,
    IOverdrachtOntvangst ontvangst,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<OverdrachtAccepterenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.overdracht-accepteren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Overdracht accepteren", "Accept the handover"),
        [],
        InburgeringPermissions.OverdrachtOntvangen);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (overdracht, rejection) = await OverdrachtEdit.LoadAsync(db, request, OverdrachtEdit.Kant.Ontvanger, [OverdrachtStatus.Verzonden], cancellationToken);
        if (overdracht is null)
        {
            return rejection!;
        }

        overdracht.Status = OverdrachtStatus.Geaccepteerd;
        overdracht.AfgehandeldOp = clock.GetUtcNow();
        overdracht.AfgehandeldDoor = user.UserId;

        OverdrachtOntvangstResultaat resultaat;
        try
        {
            // The takeover saves through the same database context, so the accepted status goes in its transaction.
            resultaat = await ontvangst.NeemOverAsync(OverdrachtPakketJson.Lees(overdracht.PakketJson), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.OverdrachtChangedConcurrently(logger, overdracht.Id);
            return ActionResult.Conflict(OverdrachtEdit.ChangedMessage);
        }

        if (resultaat.DossierId is not { } dossierId)
        {
            return ActionResult.Invalid([.. resultaat.Fouten.Select(f => new FieldError("", new LocalizedText(
                $"{f.Melding.Nl} ({f.Pad})",
                $"{f.Melding.En} ({f.Pad})")))]);
        }

        var opgeslagen = await db.Overdrachten.SingleAsync(o => o.Id == overdracht.Id, cancellationToken);
        opgeslagen.Status = OverdrachtStatus.Geaccepteerd;
        opgeslagen.AfgehandeldOp ??= clock.GetUtcNow();
        opgeslagen.AfgehandeldDoor ??= user.UserId;
        opgeslagen.OntvangerDossierId = dossierId;
        await db.SaveChangesAsync(cancellationToken);

        Log.OverdrachtGeaccepteerd(logger, overdracht.Id, dossierId);
        return ActionResult.Success(
            new ScreenLink(DossierScreen.ScreenId, dossierId.ToString()),
            new LocalizedText(
                "De overdracht is geaccepteerd. Het dossier staat in deze gemeente, met de leerroute en de termijn van de vorige gemeente; stel een nieuw PIP op.",
                "The handover was accepted. The dossier is now in this municipality, with the learning route and the term of the previous municipality; draw up a new PIP."));
    }
}
