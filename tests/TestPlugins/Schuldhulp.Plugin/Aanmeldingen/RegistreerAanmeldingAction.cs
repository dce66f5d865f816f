using Host.Abstractions;
using Schuldhulp.Plugin.Screens;

namespace Schuldhulp.Plugin.Aanmeldingen;

/// <summary>Registers the aanmelding of a client for schuldhulpverlening on the client's BSN.</summary>
internal sealed class RegistreerAanmeldingAction(AanmeldingRegistration registration) : IActionHandler
{
    public const string ActionId = "schuldhulp.aanmelden";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Aanmelding registreren", "Register application"),
        [
            AanmeldingFields.Bsn with
            {
                Required = true,
                Hint = new LocalizedText(
                    "9 cijfers. Staat de persoon nog niet bij Klanten, dan komen naam en geboortedatum uit de BRP.",
                    "9 digits. When the person is not yet under Clients, the name and birth date come from the BRP."),
            },
            AanmeldingFields.Aanmelddatum with
            {
                Required = true,
                Hint = new LocalizedText("De dag waarop de klant om schuldhulp vroeg.", "The day the client asked for debt counselling."),
            },
        ],
        SchuldhulpPermissions.AanmeldingView);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var result = await registration.RegisterAsync(
            request.Value(AanmeldingFields.Bsn.Key),
            request.Value(AanmeldingFields.Aanmelddatum.Key),
            cancellationToken);

        var list = new ScreenLink(AanmeldingenScreen.ScreenId, null);
        switch (result.Outcome)
        {
            case AanmeldingOutcome.Created:
                return ActionResult.Success(list, new LocalizedText("De aanmelding is geregistreerd.", "The application has been registered."));

            case AanmeldingOutcome.AlreadyExists:
                var date = AanmeldingRegistration.FormatDate(result.Aanmelddatum!.Value);
                return ActionResult.Success(list, new LocalizedText(
                    $"Deze klant is al aangemeld op {date.Nl}; er is niets gewijzigd.",
                    $"This client already applied on {date.En}; nothing was changed."));

            default:
                return ActionResult.Invalid(result.Errors);
        }
    }
}
