using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Registration;

/// <summary>Registers an inburgeraar on the BSN, or on the V-nummer for an asielstatushouder not yet in the BRP.</summary>
internal sealed class RegistreerInburgeraarAction(InburgeraarRegistration registration) : IActionHandler
{
    public const string ActionId = "inburgering.registreer";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Inburgeraar registreren", "Register integration client"),
        [
            DossierFields.Bsn with
            {
                Hint = new LocalizedText(
                    "9 cijfers. Laat leeg als u een V-nummer invult.",
                    "9 digits. Leave empty when you enter a V-nummer."),
            },
            DossierFields.VNummer with
            {
                Hint = new LocalizedText(
                    "Alleen voor een asielstatushouder die nog niet in de BRP staat; het BSN koppelt u later.",
                    "Only for an asylum permit holder not yet in the BRP; you link the BSN later."),
            },
            DossierFields.Doelgroep with { Required = true },
            DossierFields.Koppeldatum with { Required = true },
            DossierFields.WetRegime with { Required = true },
        ],
        InburgeringPermissions.DossierRegister);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var input = new RegistrationInput(
            request.Value(DossierFields.Bsn.Key),
            request.Value(DossierFields.VNummer.Key),
            request.Value(DossierFields.Doelgroep.Key),
            request.Value(DossierFields.Koppeldatum.Key),
            request.Value(DossierFields.WetRegime.Key));

        var result = await registration.RegisterAsync(input, cancellationToken);
        return result.ToActionResult();
    }
}
