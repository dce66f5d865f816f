using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Fills in the open PIP concept, or draws up the first PIP as a concept when the dossier has none. A vastgesteld PIP
/// is not changed here: a revision starts with <see cref="PipWijzigenAction"/>, <see cref="PipSchakelenAction"/> or
/// <see cref="PipAfschalenAction"/>. The record id is the dossier id.
/// </summary>
internal sealed class PipConceptAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipConceptAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-concept";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("PIP-concept opstellen of wijzigen", "Draft or edit the PIP concept"),
        PipFields.Inhoud,
        InburgeringPermissions.PipEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (pip, rejection) = await PipEdit.LoadAsync(db, request, logger, cancellationToken);
        if (pip is null)
        {
            return rejection!;
        }

        var (inhoud, errors) = PipForm.Inhoud(request);
        if (inhoud is null)
        {
            return ActionResult.Invalid(errors);
        }

        var vorige = pip.LaatsteVastgesteld;
        var concept = pip.OpenConcept;
        if (concept is null && vorige is not null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier heeft al een vastgesteld PIP, en dat verandert niet meer. Maak een nieuwe versie met 'PIP wijzigen', 'Schakelen' of 'Afschalen'.",
                "This dossier already has an adopted PIP, which no longer changes. Make a new version with 'Change PIP', 'Switch' or 'Scale down'.")));
        }

        var soort = concept?.Soort ?? PipSoort.Eerste;
        if (PipWijzigingRegels.Concept(soort, inhoud, vorige?.Inhoud) is { } invalid)
        {
            return ActionResult.Invalid(new FieldError(invalid.FieldKey, invalid.Error));
        }

        if (soort == PipSoort.Schakelen && pip.Dossier.Termijn is { } termijn
            && PipWijzigingRegels.Schakelen(vorige!.Leerroute, inhoud.Leerroute, termijn, AmsterdamTime.Today(clock)) is { } schakelError)
        {
            return ActionResult.Invalid(new FieldError(PipFields.Leerroute.Key, schakelError));
        }

        if (concept is null)
        {
            concept = new PipVersie
            {
                Id = Guid.CreateVersion7(),
                DossierId = pip.Dossier.Id,
                Gemeente = pip.Dossier.Gemeente,
                Versienummer = pip.VolgendVersienummer,
                Soort = PipSoort.Eerste,
                OpgesteldOp = clock.GetUtcNow(),
                OpgesteldDoor = user.UserId,
            };
            db.PipVersies.Add(concept);
        }

        concept.VulIn(inhoud);

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.PipConceptSaved(logger, pip.Dossier.Id, concept.Versienummer);

        return PipEdit.Success(pip, new LocalizedText("Het PIP-concept is opgeslagen.", "The PIP concept was saved."));
    }
}
