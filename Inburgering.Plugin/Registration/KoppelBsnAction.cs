using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Registration;

/// <summary>
/// Links the BSN to a dossier that was registered on the V-nummer, once the BRP has registered the person.
/// The record id is the dossier id.
/// </summary>
internal sealed class KoppelBsnAction(InburgeraarRegistration registration) : IActionHandler
{
    public const string ActionId = "inburgering.koppel-bsn";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("BSN koppelen", "Link BSN"),
        [
            DossierFields.Bsn with
            {
                Required = true,
                Hint = new LocalizedText(
                    "Het BSN uit de BRP. De gegevens uit de BRP worden overgenomen; het V-nummer blijft bewaard.",
                    "The BSN from the BRP. The BRP data are copied; the V-nummer is kept."),
            },
        ],
        InburgeringPermissions.DossierRegister);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var dossierId))
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Open eerst het dossier waaraan u het BSN wilt koppelen.",
                "First open the dossier to link the BSN to.")));
        }

        var result = await registration.KoppelBsnAsync(dossierId, request.Value(DossierFields.Bsn.Key), cancellationToken);
        return result.ToActionResult();
    }
}
