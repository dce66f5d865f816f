using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Starts a new PIP version that scales the B1-route down to A2 (afschalen): only after 600 NT2 hours at a keurmerk
/// school, at least half in person, and when the consulent records the effort shown. The record id is the dossier id.
/// </summary>
internal sealed class PipAfschalenAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PipAfschalenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.pip-afschalen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Afschalen van B1 naar A2", "Scale down from B1 to A2"),
        [
            PipFields.InzetAangetoond with { Required = true },
            PipFields.InzetToelichting with { Required = true },
            PipFields.Wijzigingsreden with { Required = true },
        ],
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

        var (reden, redenError) = PipForm.Required(request, PipFields.Wijzigingsreden);
        if (redenError is not null)
        {
            return ActionResult.Invalid(redenError);
        }

        var toelichting = request.Value(PipFields.InzetToelichting.Key);
        var uren = await Nt2UrenVoorAfschalenAsync(db, pip.Dossier.Id, cancellationToken);
        var vorige = pip.LaatsteVastgesteld!;
        if (PipWijzigingRegels.Afschalen(vorige.Inhoud, uren, PipForm.Bool(request, PipFields.InzetAangetoond.Key), toelichting) is { } afschalenError)
        {
            return ActionResult.Invalid(new FieldError(PipFields.InzetAangetoond.Key, afschalenError));
        }

        var concept = PipNieuweVersie.Maak(pip, PipSoort.Afschalen, reden!, vorige.Inhoud with { Niveau = PipNiveau.A2 }, user.UserId, clock.GetUtcNow());
        concept.LegAfschalenVast(toelichting!, uren);
        db.PipVersies.Add(concept);

        if (await PipEdit.SaveAsync(db, pip, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.PipConceptCreated(logger, pip.Dossier.Id, concept.Versienummer, PipSoort.Afschalen);

        return PipEdit.Success(pip, new LocalizedText(
            $"Versie {concept.Versienummer} van het PIP met niveau A2 is als concept aangemaakt. Pas het concept aan en stel het vast.",
            $"Version {concept.Versienummer} of the PIP with level A2 was created as a concept. Edit the concept and adopt it."));
    }

    /// <summary>Returns the NT2 hours of the dossier that count for afschalen.</summary>
    internal static async Task<decimal> Nt2UrenVoorAfschalenAsync(InburgeringDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var regels = await db.Urenregels.AsNoTracking().Where(r => r.DossierId == dossierId).ToListAsync(cancellationToken);
        return UrenTotalen.Van(regels).Nt2VoorAfschalen;
    }
}
