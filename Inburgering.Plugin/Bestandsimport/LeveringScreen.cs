using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>The report of one delivery for the gemeente's staff: the summary and the rejected rows. The record id is the delivery id.</summary>
internal sealed class LeveringScreen(LeveringOverzicht overzicht) : IScreen
{
    public const string ScreenId = "inburgering.levering";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Levering", "Delivery"),
        HostSlots.Page,
        InburgeringPermissions.LeveringenView);

    public Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        return overzicht.RapportAsync(request.RecordId, null, request.List, LeveringFoutenDownload.Id, cancellationToken);
    }
}
