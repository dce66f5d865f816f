using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Starts a new PIP version with another leerroute (schakelen): allowed up to 18 months after the termijn started, and
/// any time when leaving the onderwijsroute. The record id is the dossier id.
/// </summary>
internal sealed class PipSchakelenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipSchakelenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-schakelen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Schakelen naar een andere leerroute", "Switch to another learning route"),
        [PipFields.Leerroute with { Required = true }, PipFields.Niveau with { Required = true }, PipFields.Wijzigingsreden with { Required = true }],
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

        if (!Enum.TryParse<Leerroute>(request.Value(PipFields.Leerroute.Key), out var leerroute) || !Enum.IsDefined(leerroute))
        {
            return ActionResult.Invalid(new FieldError(PipFields.Leerroute.Key, new LocalizedText(
                "Kies de nieuwe leerroute.",
                "Choose the new learning route.")));
        }

        if (!Enum.TryParse<PipNiveau>(request.Value(PipFields.Niveau.Key), out var niveau) || !Enum.IsDefined(niveau))
        {
            return ActionResult.Invalid(new FieldError(PipFields.Niveau.Key, new LocalizedText(
                "Kies het niveau in de nieuwe leerroute.",
                "Choose the level in the new learning route.")));
        }

        var (reden, redenError) = PipForm.Required(request, PipFields.Wijzigingsreden);
        if (redenError is not null)
        {
            return ActionResult.Invalid(redenError);
        }

        var vorige = pip.LaatsteVastgesteld!;
        var termijn = pip.Dossier.Termijn ?? throw new InvalidOperationException($"Dossier {pip.Dossier.Id} has a vastgesteld PIP but no termijn.");
        if (PipWijzigingRegels.Schakelen(vorige.Leerroute, leerroute, termijn, AmsterdamTime.Today(clock)) is { } schakelError)
        {
            return ActionResult.Invalid(new FieldError(PipFields.Leerroute.Key, schakelError));
        }

        var inhoud = vorige.Inhoud with { Leerroute = leerroute, Niveau = niveau };
        if (PipWijzigingRegels.Concept(PipSoort.Schakelen, inhoud, vorige.Inhoud) is { } invalid)
        {
            return ActionResult.Invalid(new FieldError(invalid.FieldKey, invalid.Error));
        }

        var concept = PipNieuweVersie.Maak(pip, PipSoort.Schakelen, reden!, inhoud, user.UserId, clock.GetUtcNow());
        db.PipVersies.Add(concept);

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.PipConceptCreated(logger, pip.Dossier.Id, concept.Versienummer, PipSoort.Schakelen);

        return PipEdit.Success(pip, new LocalizedText(
            $"Versie {concept.Versienummer} van het PIP met de {LeerrouteNames.Name(leerroute).Nl} is als concept aangemaakt. Pas het concept aan en stel het vast.",
            $"Version {concept.Versienummer} of the PIP with the {LeerrouteNames.Name(leerroute).En} was created as a concept. Edit the concept and adopt it."));
    }
}
