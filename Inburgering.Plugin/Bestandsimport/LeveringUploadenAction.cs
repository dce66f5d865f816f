using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Uploads a delivery file by an aanbieder's employee, for the aanbieder the user acts for. The processing finds that
/// aanbieder from the login and rejects a user who acts for none.
/// </summary>
internal sealed class LeveringUploadenAction(LeveringUpload upload) : IActionHandler
{
    public const string ActionId = "inburgering.levering-uploaden";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Bestand aanleveren", "Deliver a file"),
        [LeveringFields.Bestand, LeveringFields.Modus],
        InburgeringPermissions.Aanleveren);

    public Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken) =>
        upload.ImporteerAsync(request, null, MijnLeveringScreen.ScreenId, cancellationToken);
}
