using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// All deliveries of the gemeente's aanbieders through any channel, newest first, with the import of a file sent by
/// secure mail, the templates, and the active aanbieders whose KvK number the import requires.
/// </summary>
internal sealed class LeveringenScreen(LeveringOverzicht overzicht, InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.leveringen";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Leveringen van aanbieders", "Deliveries from course providers"),
        HostSlots.Navigation,
        InburgeringPermissions.LeveringenView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var lijst = await overzicht.LijstAsync(null, request.List, LeveringScreen.ScreenId, cancellationToken);

        var aanbieders = await db.Aanbieders
            .AsNoTracking()
            .Where(a => a.Actief)
            .OrderBy(a => a.Naam)
            .ThenBy(a => a.Id)
            .Select(a => new { a.Naam, a.KvkNummer, a.Vestigingsnummer })
            .ToListAsync(cancellationToken);
        var aanbiederLijst = new ListElement(
            [LeveringFields.AanbiederNaam, LeveringFields.KvkNummer, LeveringFields.Vestigingsnummer],
            [.. aanbieders.Select(a => new ListRow([a.Naam, a.KvkNummer, a.Vestigingsnummer], null))])
        {
            EmptyText = new LocalizedText("Deze gemeente heeft geen actieve aanbieders.", "This municipality has no active course providers."),
        };

        return new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Ontvangen leveringen", "Received deliveries"), [lijst]),
            new ScreenSection(new LocalizedText("Aanleverformaat", "Delivery format"),
            [
                LeveringOverzicht.Uitleg,
                new DownloadElement(new LocalizedText("Sjabloon downloaden (CSV)", "Download the template (CSV)"), AanleverformaatDownload.CsvId, null),
                new DownloadElement(new LocalizedText("Sjabloon downloaden (Excel)", "Download the template (Excel)"), AanleverformaatDownload.XlsxId, null),
            ]),
            new ScreenSection(new LocalizedText("Actieve aanbieders", "Active course providers"), [aanbiederLijst]),
        ])
        {
            Actions = [LeveringImporterenAction.ActionId],
        };
    }
}
