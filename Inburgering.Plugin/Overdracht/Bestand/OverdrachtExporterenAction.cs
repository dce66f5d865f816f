using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// Exports a dossier as a signed package file for a gemeente in another system. The record id is the dossier id. The
/// dossier itself does not change: the action stores the file for one hour and shows the screen with its download.
/// </summary>
internal sealed class OverdrachtExporterenAction(
    InburgeringDbContext db,
    IOverdrachtPakketten pakketten,
    IOverdrachtFormaat formaat,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<OverdrachtExporterenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.overdracht-exporteren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Overdrachtsbestand maken", "Make a handover file"),
        [OverdrachtBestandFields.OntvangendeGemeente, OverdrachtBestandFields.GezondheidReden],
        InburgeringPermissions.OverdrachtVerzenden);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var dossier = Guid.TryParse(request.RecordId, out var dossierId)
            ? await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken)
            : null;
        if (dossier is null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier bestaat niet in deze gemeente. Open het dossier opnieuw vanuit de lijst met inburgeraars.",
                "This dossier does not exist in this municipality. Open the dossier again from the list of integration clients.")));
        }

        if (dossier.IsBeperkt)
        {
            return BeperkingNotice.Rejection;
        }

        var ontvangerTekst = request.Value(OverdrachtBestandFields.OntvangendeGemeente.Key);
        if (!GemeenteCode.TryParse(ontvangerTekst, out var ontvanger))
        {
            return ActionResult.Invalid(new FieldError(OverdrachtBestandFields.OntvangendeGemeente.Key, new LocalizedText(
                "Vul de gemeentecode in als vier cijfers, bijvoorbeeld 0518.",
                "Enter the gemeentecode as four digits, for example 0518.")));
        }

        if (ontvanger.Value == db.CurrentGemeente)
        {
            return ActionResult.Invalid(new FieldError(OverdrachtBestandFields.OntvangendeGemeente.Key, new LocalizedText(
                "Dit is de eigen gemeente. Vul de gemeentecode in van de gemeente waar de inburgeraar naartoe verhuist.",
                "This is your own municipality. Enter the gemeentecode of the municipality the client moves to.")));
        }

        var gezondheidReden = request.Value(OverdrachtBestandFields.GezondheidReden.Key);
        var pakket = await pakketten.BouwAsync(dossier.Id, ontvanger, gezondheidReden, cancellationToken);
        if (pakket is null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Het overdrachtspakket kon niet worden gemaakt, omdat het dossier niet meer bestaat in deze gemeente. Open het dossier opnieuw.",
                "The handover package could not be made because the dossier no longer exists in this municipality. Open the dossier again.")));
        }

        var inhoud = await formaat.SchrijfAsync(pakket, cancellationToken);

        var nu = clock.GetUtcNow();
        await db.OverdrachtBestanden.Where(b => b.VerlooptOp <= nu).ExecuteDeleteAsync(cancellationToken);
        var bestand = new OverdrachtBestand
        {
            Id = Guid.NewGuid(),
            Gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("An action ran without a current gemeente."),
            DossierId = dossier.Id,
            PakketId = pakket.Id,
            OntvangendeGemeente = ontvanger.Value,
            Inhoud = inhoud,
            AangemaaktOp = nu,
            VerlooptOp = nu + OverdrachtBestand.Bewaarduur,
            AangemaaktDoor = user.UserId,
        };
        db.OverdrachtBestanden.Add(bestand);
        await db.SaveChangesAsync(cancellationToken);

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Read, DossierSubject.Of(dossier)), cancellationToken);
        Log.OverdrachtBestandGeexporteerd(logger, dossier.Id, pakket.Id, ontvanger.Value, pakket.Gezondheid is not null);

        return ActionResult.Success(
            new ScreenLink(OverdrachtBestandScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText(
                "Het overdrachtsbestand staat klaar. Download het binnen een uur en stuur het over een beveiligde verbinding naar de nieuwe gemeente.",
                "The handover file is ready. Download it within an hour and send it to the new municipality over a secure connection."));
    }
}
