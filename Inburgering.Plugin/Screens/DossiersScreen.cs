using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>The gemeente's inburgeraars, newest registration first, with the actions to register and to search.</summary>
internal sealed class DossiersScreen(InburgeringDbContext db, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.dossiers";

    // TODO: page through the dossiers; the list shows only the newest MaxRows, so older ones are reached by BSN search.
    internal const int MaxRows = 50;

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Inburgeraars", "Integration clients"),
        HostSlots.Navigation,
        InburgeringPermissions.DossierView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers
            .AsNoTracking()
            .Where(d => d.GeanonimiseerdOp == null)
            .OrderByDescending(d => d.GeregistreerdOp)
            .ThenBy(d => d.Id)
            .Take(MaxRows)
            .ToListAsync(cancellationToken);

        // The list shows names and BSNs, so every person shown is one Read in the processing log. A restricted dossier
        // shows only that it is restricted, which reads none of its data.
        var reads = dossiers
            .Where(d => !d.IsBeperkt)
            .Select(d => new ProcessingRecord(InburgeringProcessingActivities.Dossierbeheer, ProcessingOperation.Read, DossierSubject.Of(d)));
        await processingLog.RecordAllAsync([.. reads], cancellationToken);

        var rows = dossiers
            .Select(d => new ListRow(
                d.IsBeperkt
                    ? [null, null, null, DossierFields.BeperktStatusCode, null]
                    : [d.DisplayName, d.Bsn, d.Doelgroep.ToString(), d.Status.ToString(), d.Koppeldatum],
                d.IsBeperkt ? null : new ScreenLink(DossierScreen.ScreenId, d.Id.ToString())))
            .ToList();

        var list = new ListElement(
            [DossierFields.Naam, DossierFields.Bsn, DossierFields.Doelgroep, DossierFields.Status, DossierFields.Koppeldatum],
            rows)
        {
            EmptyText = new LocalizedText(
                "Er zijn nog geen inburgeraars geregistreerd in deze gemeente.",
                "No integration clients have been registered in this municipality yet."),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Geregistreerde inburgeraars", "Registered integration clients"), [list])])
        {
            Actions = [RegistreerInburgeraarAction.ActionId, ZoekDossierAction.ActionId],
        };
    }
}
