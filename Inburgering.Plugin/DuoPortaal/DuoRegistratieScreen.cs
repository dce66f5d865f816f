using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>
/// One item of the worklist of DUO registrations: what to register for which dossier, and who marked it done. The
/// record id is the item id; an open item offers the action that marks it registered.
/// </summary>
internal sealed class DuoRegistratieScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.duo-registratie";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Registratie in het DUO-portaal", "Registration in the DUO portal"),
        HostSlots.Page,
        InburgeringPermissions.DuoSignalenView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var registratieId))
        {
            return null;
        }

        var registratie = await db.DuoRegistraties.AsNoTracking().SingleOrDefaultAsync(r => r.Id == registratieId, cancellationToken);
        if (registratie is null)
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == registratie.DossierId, cancellationToken);
        if (dossier.IsBeperkt)
        {
            return BeperkingNotice.Content;
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.DuoRegistratie, ProcessingOperation.Read, DossierSubject.Of(dossier)),
            cancellationToken);

        var elements = new List<ScreenElement>
        {
            new FieldElement(DuoRegistratieFields.Omschrijving, DuoRegistratieOmschrijving.Van(registratie).Nl),
            new FieldElement(DuoRegistratieFields.Soort, registratie.Soort.ToString()),
            new FieldElement(DuoRegistratieFields.Datum, registratie.Datum),
            new FieldElement(DuoRegistratieFields.Status, registratie.Status.ToString()),
            new FieldElement(DuoRegistratieFields.AangemaaktOp, registratie.AangemaaktOp),
            new FieldElement(DuoRegistratieFields.GeregistreerdOp, registratie.GeregistreerdOp),
            new FieldElement(DuoRegistratieFields.GeregistreerdDoor, registratie.GeregistreerdDoor),
            new FieldElement(DuoRegistratieFields.Toelichting, registratie.Toelichting),
            new ListElement(
                [DuoRegistratieFields.Dossier],
                [new ListRow([dossier.Id.ToString()], new ScreenLink(DossierScreen.ScreenId, dossier.Id.ToString()))]),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Te registreren feit", "Fact to register"), elements)])
        {
            Actions = registratie.Status == DuoRegistratieStatus.Open ? [VinkDuoRegistratieAfAction.ActionId] : [],
        };
    }
}
