using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Beperking;

/// <summary>
/// A restricted dossier, read only, for the privacy officer: the data, the restriction and the action to lift it.
/// A dossier that is not restricted is not found here.
/// </summary>
internal sealed class BeperktDossierScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.beperkt-dossier";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Beperkt inburgeringsdossier", "Restricted integration dossier"),
        HostSlots.Page,
        InburgeringPermissions.BeperktView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var dossierId))
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == dossierId && d.BeperktOp != null && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Beperking, ProcessingOperation.Read, DossierSubject.Of(dossier)),
            cancellationToken);

        var beperking = new ScreenSection(
            new LocalizedText("Beperking van de verwerking", "Restriction of processing"),
            [
                new TextElement(new LocalizedText(
                    "Dit dossier is alleen te lezen. Hef de beperking op om het weer in gebruik te geven.",
                    "This dossier is read only. Lift the restriction to put it back in use.")),
                new FieldElement(DossierFields.BeperktOp, dossier.BeperktOp),
                new FieldElement(DossierFields.BeperkingReden, dossier.BeperkingReden),
                new FieldElement(DossierFields.BeperktDoor, dossier.BeperktDoor),
            ]);

        return new ScreenContent([beperking, DossierScreen.PersoonSection(dossier, canLinkBsn: false), DossierScreen.InburgeringSection(dossier)])
        {
            Heading = dossier.DisplayName,
            Actions = [HefBeperkingOpAction.ActionId],
            Version = DossierEdit.VersionOf(dossier),
        };
    }
}
