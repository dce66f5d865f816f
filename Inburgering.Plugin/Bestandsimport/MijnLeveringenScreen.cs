using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>The deliveries of the aanbieders the user acts for, newest first, with the upload of a file and the templates.</summary>
internal sealed class MijnLeveringenScreen(LeveringOverzicht overzicht, IAanbiederToegang toegang) : IScreen
{
    public const string ScreenId = "inburgering.mijn-leveringen";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Mijn leveringen", "My deliveries"),
        HostSlots.Navigation,
        InburgeringPermissions.Aanleveren);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var eigen = await toegang.EigenAanbiedersAsync(cancellationToken);
        var lijst = await overzicht.LijstAsync([.. eigen.Select(a => a.Id)], request.List, MijnLeveringScreen.ScreenId, cancellationToken);

        return new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Aangeleverde bestanden en gegevens", "Delivered files and data"), [lijst]),
            new ScreenSection(new LocalizedText("Aanleverformaat", "Delivery format"),
            [
                LeveringOverzicht.Uitleg,
                new DownloadElement(new LocalizedText("Sjabloon downloaden (CSV)", "Download the template (CSV)"), AanleverformaatDownload.MijnCsvId, null),
                new DownloadElement(new LocalizedText("Sjabloon downloaden (Excel)", "Download the template (Excel)"), AanleverformaatDownload.MijnXlsxId, null),
            ]),
        ])
        {
            Actions = [LeveringUploadenAction.ActionId],
        };
    }
}
