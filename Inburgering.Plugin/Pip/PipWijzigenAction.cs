using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Starts a new PIP version for a change or after a verhuizing: a concept copied from the last vastgesteld version,
/// with the reason. After a verhuizing the leerroute stays the same. The record id is the dossier id.
/// </summary>
internal sealed class PipWijzigenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipWijzigenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-wijzigen";

    private static readonly FieldDefinition s_soort = PipFields.Soort with
    {
        Required = true,
        Choices = [.. PipFields.SoortChoices.Where(c => c.Code is nameof(PipSoort.Wijziging) or nameof(PipSoort.Verhuizing))],
        Hint = new LocalizedText(
            "Voor een andere leerroute kiest u 'Schakelen', voor B1 naar A2 'Afschalen'.",
            "For another learning route choose 'Switch', for B1 to A2 'Scale down'."),
    };

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("PIP wijzigen (nieuwe versie)", "Change the PIP (new version)"),
        [s_soort, PipFields.Wijzigingsreden with { Required = true }],
        InburgeringPermissions.PipEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (pip, rejection) = await PipEdit.LoadAsync(db, request, logger, cancellationToken);
        if (pip is null)
        {
            return rejection!;
        }

        if (PipNieuweVersie.Controleer(pip) is { } notPossible)
        {
            return ActionResult.Invalid(notPossible);
        }

        var soortText = request.Value(s_soort.Key);
        if (soortText is not (nameof(PipSoort.Wijziging) or nameof(PipSoort.Verhuizing)))
        {
            return ActionResult.Invalid(new FieldError(s_soort.Key, new LocalizedText(
                "Kies 'Wijziging' of 'Nieuw PIP na verhuizing'.",
                "Choose 'Change' or 'New PIP after a move'.")));
        }

        var (reden, redenError) = PipForm.Required(request, PipFields.Wijzigingsreden);
        if (redenError is not null)
        {
            return ActionResult.Invalid(redenError);
        }

        var soort = Enum.Parse<PipSoort>(soortText);
        var concept = PipNieuweVersie.Maak(pip, soort, reden!, pip.LaatsteVastgesteld!.Inhoud, user.UserId, clock.GetUtcNow());
        db.PipVersies.Add(concept);

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.PipConceptCreated(logger, pip.Dossier.Id, concept.Versienummer, soort);

        return PipEdit.Success(pip, new LocalizedText(
            $"Versie {concept.Versienummer} van het PIP is als concept aangemaakt. Pas het concept aan en stel het vast.",
            $"Version {concept.Versienummer} of the PIP was created as a concept. Edit the concept and adopt it."));
    }
}
