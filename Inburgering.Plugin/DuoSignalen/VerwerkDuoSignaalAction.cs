using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>Processes a new DUO signal; see <see cref="DuoSignaalVerwerking"/>. The record id is the signal id.</summary>
internal sealed class VerwerkDuoSignaalAction(
    InburgeringDbContext db,
    DuoSignaalVerwerking verwerking,
    ILogger<VerwerkDuoSignaalAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.duo-signaal-verwerken";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Signaal verwerken", "Process signal"),
        [],
        InburgeringPermissions.DuoSignalenVerwerken);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (signaal, rejection) = await DuoSignaalEdit.LoadNieuwAsync(db, request, logger, cancellationToken);
        if (signaal is null)
        {
            return rejection!;
        }

        var (dossierId, verwerkRejection) = await verwerking.VerwerkAsync(signaal, cancellationToken);
        if (dossierId is null)
        {
            return verwerkRejection!;
        }

        return ActionResult.Success(
            new ScreenLink(DuoSignaalScreen.ScreenId, signaal.Id.ToString()),
            new LocalizedText("Het signaal van DUO is verwerkt.", "The signal from DUO was processed."));
    }
}
