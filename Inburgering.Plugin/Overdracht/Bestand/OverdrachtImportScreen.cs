using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>The import of a signed package file from a gemeente in another system.</summary>
internal sealed class OverdrachtImportScreen : IScreen
{
    public const string ScreenId = "inburgering.overdracht-import";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Overdracht ontvangen (bestand)", "Receive a handover (file)"),
        HostSlots.Navigation,
        InburgeringPermissions.OverdrachtOntvangen);

    public Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<ScreenContent?>(new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Overdrachtsbestand inlezen", "Import a handover file"),
            [
                new TextElement(new LocalizedText(
                    "Lees hier het ondertekende overdrachtsbestand in dat de vorige gemeente uit haar systeem haalde. Het systeem controleert de handtekening, het formaat en de inhoud, en maakt dan een dossier in deze gemeente met de leerroute en de termijn van de vorige gemeente en een taak om een nieuw PIP vast te stellen. Een bestand dat al eerder is ingelezen, maakt geen tweede dossier.",
                    "Import the signed handover file the previous municipality exported from its system. The system checks the signature, the format and the content, then creates a dossier in this municipality with the previous municipality's leerroute and termijn and a task to adopt a new PIP. A file imported before creates no second dossier.")),
            ]),
        ])
        {
            Actions = [OverdrachtImporterenAction.ActionId],
        });
}
