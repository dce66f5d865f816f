using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// One DUO signal: what DUO reported about whom, and how the gemeente handled it. The record id is the signal id; a new
/// signal offers the actions to process or reject it.
/// </summary>
internal sealed class DuoSignaalScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.duo-signaal";

    private static readonly FieldDefinition s_dossierColumn =
        new("dossier", new LocalizedText("Dossier (id)", "Dossier (id)"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Signaal van DUO", "Signal from DUO"),
        HostSlots.Page,
        InburgeringPermissions.DuoSignalenView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var signaalId))
        {
            return null;
        }

        var signaal = await db.DuoSignalen.AsNoTracking().SingleOrDefaultAsync(s => s.Id == signaalId, cancellationToken);
        if (signaal is null)
        {
            return null;
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.DuoSignalen, ProcessingOperation.Read, signaal.Subject()),
            cancellationToken);

        var sections = new List<ScreenSection> { SignaalSection(signaal), AfhandelingSection(signaal) };
        if (signaal.Soort == DuoSignaalSoort.Correctie && signaal.Status == DuoSignaalStatus.Verwerkt)
        {
            var correcties = await db.DossierCorrecties.AsNoTracking()
                .Where(c => c.DuoSignaalId == signaal.Id)
                .OrderBy(c => c.Id)
                .ToListAsync(cancellationToken);
            sections.Add(DossierCorrectiesSection.Section(correcties));
        }

        return new ScreenContent(sections)
        {
            Actions = signaal.Status == DuoSignaalStatus.Nieuw ? [VerwerkDuoSignaalAction.ActionId, WijsDuoSignaalAfAction.ActionId] : [],
        };
    }

    private static ScreenSection SignaalSection(DuoSignaal signaal) =>
        new(
            new LocalizedText("Signaal", "Signal"),
            [
                new FieldElement(DuoSignaalFields.Soort, signaal.Soort.ToString()),
                new FieldElement(DuoSignaalFields.Kennisgevingsdatum, signaal.Kennisgevingsdatum),
                new FieldElement(DuoSignaalFields.OntvangenOp, signaal.OntvangenOp),
                new FieldElement(DossierFields.Bsn, signaal.Bsn),
                new FieldElement(DossierFields.VNummer, signaal.VNummer),
                new FieldElement(DossierFields.Doelgroep, signaal.Doelgroep?.ToString()),
                new FieldElement(DossierFields.WetRegime, signaal.WetRegime?.ToString()),
                new FieldElement(DuoSignaalFields.Koppeldatum, signaal.Koppeldatum),
                new FieldElement(DuoSignaalFields.Kenmerk, signaal.Kenmerk),
                new FieldElement(DuoSignaalFields.Toelichting, signaal.Toelichting),
                new FieldElement(DuoSignaalFields.IngevoerdOp, signaal.IngevoerdOp),
                new FieldElement(DuoSignaalFields.IngevoerdDoor, signaal.IngevoerdDoor),
            ]);

    private static ScreenSection AfhandelingSection(DuoSignaal signaal)
    {
        var elements = new List<ScreenElement>
        {
            new FieldElement(DuoSignaalFields.Status, signaal.Status.ToString()),
            new FieldElement(DuoSignaalFields.AfwijsReden, signaal.AfwijsReden),
            new FieldElement(DuoSignaalFields.VerwerktOp, signaal.VerwerktOp),
            new FieldElement(DuoSignaalFields.VerwerktDoor, signaal.VerwerktDoor),
        };
        if (signaal.DossierId is { } dossierId)
        {
            elements.Add(new ListElement(
                [s_dossierColumn],
                [new ListRow([dossierId.ToString()], new ScreenLink(DossierScreen.ScreenId, dossierId.ToString()))]));
        }

        return new ScreenSection(new LocalizedText("Afhandeling", "Handling"), elements);
    }
}
