using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// Records the leerroute the consulent chooses for the PIP. The afwijkingsreden is required and recorded when the
/// choice differs from the advice of the leerbaarheidstoets, or when the test gave no advice. A choice that follows the
/// advice keeps no reason.
/// </summary>
internal sealed class KiesLeerrouteAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<KiesLeerrouteAction> logger) : IActionHandler
{
    public const string ActionId = BredeIntakeScreen.ActionPrefix + "leerroute";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Leerroute kiezen", "Choose learning route"),
        [LeerrouteKeuze.GekozenLeerroute, LeerrouteKeuze.Afwijkingsreden],
        InburgeringPermissions.IntakeEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, intake, rejection) = await IntakeEdit.LoadAsync(db, request, AmsterdamTime.Today(clock), logger, cancellationToken);
        if (rejection is not null)
        {
            return rejection;
        }

        var form = new IntakeForm(request);
        var gekozen = form.Choice<Leerroute>(LeerrouteKeuze.GekozenLeerroute);
        var reden = form.Text(LeerrouteKeuze.Afwijkingsreden);
        if (!form.IsValid)
        {
            return ActionResult.Invalid(form.Errors);
        }

        var advies = RouteAdvies.Voor(intake!.Toetsuitslag);
        var afwijkend = RouteAdvies.AfwijkingsredenNodig(advies, gekozen!.Value);
        if (afwijkend && reden is null)
        {
            return ActionResult.Invalid(new FieldError(LeerrouteKeuze.Afwijkingsreden.Key, AfwijkingsredenMessage(advies, gekozen.Value)));
        }

        intake.GekozenLeerroute = gekozen;
        intake.Afwijkingsreden = afwijkend ? reden : null;

        if (await IntakeEdit.SaveAsync(db, dossier!, intake, processingLog, user.UserId, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.LeerrouteChosen(logger, dossier!.Id, gekozen.Value, afwijkend);

        return ActionResult.Success(
            new ScreenLink(BredeIntakeScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText("De leerroute is opgeslagen.", "The learning route was saved."));
    }

    private static LocalizedText AfwijkingsredenMessage(Leerroute? advies, Leerroute gekozen) => advies is { } route
        ? new LocalizedText(
            $"Vul de afwijkingsreden in: de gekozen leerroute ({LeerrouteNames.Name(gekozen).Nl}) wijkt af van het advies uit de leerbaarheidstoets ({LeerrouteNames.Name(route).Nl}).",
            $"Enter the reason for the deviation: the chosen learning route ({LeerrouteNames.Name(gekozen).En}) differs from the advice of the learnability test ({LeerrouteNames.Name(route).En}).")
        : new LocalizedText(
            "Vul de afwijkingsreden in: er is geen advies uit de leerbaarheidstoets (vrijstelling of nog geen toets), dus leg uit waarom u deze leerroute kiest.",
            "Enter the reason for the deviation: there is no advice from the learnability test (exemption or no test yet), so explain why you choose this learning route.");
}
