using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The import of COA informatieformulieren, with the templates, and the asielstatushouders whose COA information changed
/// last, each linking to the dossier's COA screen. Every person listed gets a Read in the processing log.
/// </summary>
internal sealed class CoaImportScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.coa-import";

    /// <summary>The number of people listed.</summary>
    internal const int MaxRijen = 100;

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Informatie van het COA", "Information from the COA"),
        HostSlots.Navigation,
        InburgeringPermissions.CoaView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // TODO: page with keyset paging like the dossier list; the list stops at MaxRijen people and then shows a note.
        var laatste = await db.CoaInformatie.AsNoTracking()
            .Join(db.Dossiers.AsNoTracking().Where(d => d.GeanonimiseerdOp == null && d.BeperktOp == null), c => c.DossierId, d => d.Id, (c, d) => new { Coa = c, Dossier = d })
            .OrderByDescending(x => x.Coa.GewijzigdOp)
            .ThenBy(x => x.Coa.DossierId)
            .Take(MaxRijen + 1)
            .ToListAsync(cancellationToken);
        var getoond = laatste.Take(MaxRijen).ToList();

        if (getoond.Count > 0)
        {
            await processingLog.RecordAllAsync(
                [.. getoond.Select(x => new ProcessingRecord(InburgeringProcessingActivities.CoaInformatie, ProcessingOperation.Read, DossierSubject.Of(x.Dossier)))],
                cancellationToken);
        }

        var lijst = new ListElement(
            [CoaImportFields.Inburgeraar, CoaFields.Formulierdatum, CoaFields.Versie, CoaFields.GewijzigdOp, CoaFields.Bron],
            [.. getoond.Select(x => new ListRow(
                [x.Dossier.DisplayName, x.Coa.Formulierdatum, x.Coa.Versie, x.Coa.GewijzigdOp, x.Coa.Bron.ToString()],
                new ScreenLink(DossierOnderdelen.CoaScreenId, x.Dossier.Id.ToString())))])
        {
            EmptyText = new LocalizedText("Er is nog geen informatie van het COA vastgelegd.", "No information from the COA has been recorded yet."),
        };

        var overzicht = new List<ScreenElement> { lijst };
        if (laatste.Count > MaxRijen)
        {
            overzicht.Add(new TextElement(new LocalizedText(
                $"Alleen de {MaxRijen} laatst gewijzigde staan hier. Open een ander dossier via de lijst met inburgeraars.",
                $"Only the {MaxRijen} changed last are listed here. Open another dossier from the list of integration clients.")));
        }

        return new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Laatst gewijzigd", "Changed last"), overzicht),
            new ScreenSection(new LocalizedText("Bestandsformaat", "File format"),
            [
                new TextElement(new LocalizedText(
                    "Eén regel per informatieformulier, gevonden op bsn of v_nummer in de dossiers van deze gemeente. Een lege cel maakt het veld leeg; een kolom die ontbreekt laat de vastgelegde waarde staan. Een regel met de vastgelegde waarden verandert niets, dus hetzelfde bestand opnieuw importeren voegt geen versies toe.",
                    "One row per information form, found by bsn or v_nummer in the dossiers of this municipality. An empty cell clears the field; a missing column keeps the recorded value. A row with the recorded values changes nothing, so importing the same file again adds no versions.")),
                new DownloadElement(new LocalizedText("Sjabloon downloaden (CSV)", "Download the template (CSV)"), CoaSjabloonDownload.CsvId, null),
                new DownloadElement(new LocalizedText("Sjabloon downloaden (Excel)", "Download the template (Excel)"), CoaSjabloonDownload.XlsxId, null),
            ]),
        ])
        {
            Actions = [CoaImporterenAction.ActionId],
        };
    }
}
