using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// The inburgering section on the host's client page: a link to the client's dossier, or the offer to register one.
/// The record id is the host's client id.
/// </summary>
internal sealed class ClientDossierScreen(InburgeringDbContext db, IClientDirectory clients, IProcessingLog processingLog) : IScreen
{
    public const string ScreenId = "inburgering.client";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Inburgering", "Civic integration"),
        HostSlots.ClientTab,
        InburgeringPermissions.DossierView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (request.RecordId is not { } clientId)
        {
            return null;
        }

        var client = await clients.FindAsync(clientId, cancellationToken);
        if (client is null)
        {
            return null;
        }

        var dossiers = await db.Dossiers
            .AsNoTracking()
            .Where(d => d.ClientId == clientId)
            .OrderByDescending(d => d.GeregistreerdOp)
            .ToListAsync(cancellationToken);

        var title = new LocalizedText("Inburgeringsdossier", "Integration dossier");
        if (dossiers.Count == 0)
        {
            var notice = new TextElement(new LocalizedText(
                "Deze klant heeft geen inburgeringsdossier in deze gemeente.",
                "This client has no integration dossier in this municipality."));
            return new ScreenContent([new ScreenSection(title, [notice])])
            {
                Actions = [RegistreerInburgeraarAction.ActionId],
                ActionValues = new Dictionary<string, string?> { [DossierFields.Bsn.Key] = client.Bsn.Value },
            };
        }

        foreach (var dossier in dossiers.Where(d => !d.IsBeperkt))
        {
            await processingLog.RecordAsync(
                new ProcessingRecord(InburgeringProcessingActivities.Dossierbeheer, ProcessingOperation.Read, DossierSubject.Of(dossier)),
                cancellationToken);
        }

        var rows = dossiers
            .Select(d => new ListRow(
                d.IsBeperkt ? [null, DossierFields.BeperktStatusCode, null] : [d.Doelgroep.ToString(), d.Status.ToString(), d.Koppeldatum],
                new ScreenLink(DossierScreen.ScreenId, d.Id.ToString())))
            .ToList();
        var list = new ListElement([DossierFields.Doelgroep, DossierFields.Status, DossierFields.Koppeldatum], rows);

        return new ScreenContent([new ScreenSection(title, [list])]);
    }
}
