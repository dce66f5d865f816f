using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The import of COA informatieformulieren, with the templates, and the asielstatushouders whose COA information changed
/// last, keyset-paged, each linking to the dossier's COA screen. Every person listed gets a Read in the processing log.
/// </summary>
internal sealed class CoaImportScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.coa-import";

    /// <summary>The rows per page.</summary>
    internal const int PageSize = 50;

    /// <summary>Changed last first; the cursor contains the change moment and the id of the COA record.</summary>
    internal static KeysetOrder<CoaRij> Order { get; } = new KeysetOrder<CoaRij>()
        .By(x => x.Coa.GewijzigdOp, descending: true)
        .By(x => x.Coa.Id, descending: true);

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Informatie van het COA", "Information from the COA"),
        HostSlots.Navigation,
        InburgeringPermissions.CoaView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var page = await KeysetPaging.ReadAsync(Query(db), Order, request.List.After, PageSize, cancellationToken);
        var getoond = page.Rows;

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
            NextPage = page.Next,
            EmptyText = new LocalizedText("Er is nog geen informatie van het COA vastgelegd.", "No information from the COA has been recorded yet."),
        };

        return new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Laatst gewijzigd", "Changed last"), [lijst]),
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

    /// <summary>Returns the COA records of dossiers that are neither anonymised nor restricted, with their dossier.</summary>
    internal static IQueryable<CoaRij> Query(InburgeringDbContext db) =>
        db.CoaInformatie.AsNoTracking()
            .Join(
                db.Dossiers.AsNoTracking().Where(d => d.GeanonimiseerdOp == null && d.BeperktOp == null),
                c => c.DossierId,
                d => d.Id,
                (c, d) => new CoaRij { Coa = c, Dossier = d });
}
