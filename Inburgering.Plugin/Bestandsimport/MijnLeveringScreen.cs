using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// The report of one delivery for an aanbieder's employee; the record id is the delivery id. A delivery of another
/// aanbieder is not found, the same as an unknown id.
/// </summary>
internal sealed class MijnLeveringScreen(LeveringOverzicht overzicht, IAanbiederToegang toegang) : IScreen
{
    public const string ScreenId = "inburgering.mijn-levering";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Levering", "Delivery"),
        HostSlots.Page,
        InburgeringPermissions.Aanleveren);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var eigen = await toegang.EigenAanbiedersAsync(cancellationToken);
        return await overzicht.RapportAsync(request.RecordId, [.. eigen.Select(a => a.Id)], request.List, LeveringFoutenDownload.MijnId, cancellationToken);
    }
}
