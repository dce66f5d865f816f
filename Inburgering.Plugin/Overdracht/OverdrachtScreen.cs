using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// One warme overdracht, for the sender and the receiver: its steps, and exactly what the package carries, so the
/// sender checks the preview before sending and the receiver identifies the person before accepting. Each opening is
/// one Read of activity Overdracht. The record id is the overdracht id.
/// </summary>
internal sealed class OverdrachtScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.overdracht";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Warme overdracht", "Warm handover"),
        HostSlots.Page,
        InburgeringPermissions.OverdrachtView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var id))
        {
            return null;
        }

        var gemeente = db.CurrentGemeente;
        var overdracht = await db.Overdrachten.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        var isAfzender = overdracht?.AfzenderGemeente == gemeente;
        if (overdracht is null || (!isAfzender && overdracht.Status == OverdrachtStatus.Voorbereid))
        {
            return null;
        }

        var pakket = OverdrachtPakketJson.Lees(overdracht.PakketJson);
        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Read, OverdrachtSubject.Of(pakket)),
            cancellationToken);

        return new ScreenContent([StappenSection(overdracht, isAfzender), .. OverdrachtPakketSecties.Voor(pakket)])
        {
            Heading = isAfzender
                ? $"Overdracht aan gemeente {overdracht.OntvangerGemeente}"
                : $"Overdracht van gemeente {overdracht.AfzenderGemeente}",
            Actions = ActionsFor(overdracht.Status, isAfzender),
            Version = OverdrachtEdit.VersionOf(overdracht),
        };
    }

    private static List<string> ActionsFor(OverdrachtStatus status, bool isAfzender) => (status, isAfzender) switch
    {
        (OverdrachtStatus.Voorbereid, true) => [OverdrachtVerzendenAction.ActionId, OverdrachtIntrekkenAction.ActionId],
        (OverdrachtStatus.Verzonden, true) => [OverdrachtIntrekkenAction.ActionId],
        (OverdrachtStatus.Verzonden, false) => [OverdrachtAccepterenAction.ActionId, OverdrachtWeigerenAction.ActionId],
        _ => [],
    };

    private static ScreenSection StappenSection(Overdracht overdracht, bool isAfzender)
    {
        var elements = new List<ScreenElement>();
        if (overdracht.Status == OverdrachtStatus.Voorbereid)
        {
            elements.Add(new TextElement(new LocalizedText(
                "Dit is het voorbeeld: precies deze gegevens gaan naar de nieuwe gemeente. Bij verzenden wordt het dossier afgesloten als vertrokken.",
                "This is the preview: exactly these data go to the new municipality. On sending, the dossier is closed as moved away.")));
        }

        elements.AddRange(
        [
            new FieldElement(OverdrachtFields.Status, overdracht.Status.ToString()),
            new FieldElement(OverdrachtFields.AfzenderGemeente, overdracht.AfzenderGemeente),
            new FieldElement(OverdrachtFields.OntvangerGemeente, overdracht.OntvangerGemeente),
            new FieldElement(OverdrachtFields.Verhuisdatum, overdracht.Verhuisdatum),
            new FieldElement(OverdrachtFields.VoorbereidOp, overdracht.VoorbereidOp),
            new FieldElement(OverdrachtFields.VoorbereidDoor, overdracht.VoorbereidDoor),
            new FieldElement(OverdrachtFields.VerzondenOp, overdracht.VerzondenOp),
            new FieldElement(OverdrachtFields.VerzondenDoor, overdracht.VerzondenDoor),
            new FieldElement(OverdrachtFields.AfgehandeldOp, overdracht.AfgehandeldOp),
            new FieldElement(OverdrachtFields.AfgehandeldDoor, overdracht.AfgehandeldDoor),
            new FieldElement(OverdrachtFields.Reden, overdracht.Reden),
            new FieldElement(OverdrachtFields.GezondheidReden, overdracht.GezondheidReden),
            new FieldElement(OverdrachtFields.AfzenderDossier, isAfzender ? overdracht.AfzenderDossierId.ToString() : null),
            new FieldElement(OverdrachtFields.OntvangerDossier, isAfzender ? null : overdracht.OntvangerDossierId?.ToString()),
        ]);

        return new ScreenSection(new LocalizedText("Overdracht", "Handover"), elements);
    }
}
