using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// Plans a voortgangsgesprek on a date and time in Amsterdam, or moves the planned one: a dossier has at most one
/// planned conversation that is not held yet. The record id is the dossier id, and the user must have seen the current
/// version.
/// </summary>
internal sealed class PlanGesprekAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<PlanGesprekAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.gesprek-plannen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Voortgangsgesprek plannen", "Plan a progress meeting"),
        [
            BegeleidingFields.GesprekDatum with { Required = true },
            BegeleidingFields.GesprekTijd with { Required = true },
        ],
        InburgeringPermissions.GesprekEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await BegeleidingEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        var (moment, errors) = MomentInput.Read(request, BegeleidingFields.GesprekDatum, BegeleidingFields.GesprekTijd);
        if (moment is null)
        {
            return ActionResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        if (moment <= now)
        {
            return ActionResult.Invalid(new FieldError(BegeleidingFields.GesprekDatum.Key, new LocalizedText(
                $"Een gesprek wordt in de toekomst gepland; {AmsterdamMoment.Dutch(moment.Value)} is al voorbij. Kies een latere datum of tijd, of leg een gehouden gesprek vast.",
                $"A meeting is planned in the future; {AmsterdamMoment.English(moment.Value)} has passed. Choose a later date or time, or record a held meeting.")));
        }

        var gepland = await VoortgangsgesprekQueries.GeplandAsync(db, dossier.Id, cancellationToken);
        var verzet = gepland is not null;
        if (gepland is null)
        {
            gepland = new Voortgangsgesprek { Id = Guid.NewGuid(), DossierId = dossier.Id, Gemeente = dossier.Gemeente, GewijzigdDoor = user.UserId };
            db.Voortgangsgesprekken.Add(gepland);
        }

        gepland.GeplandOp = moment;
        gepland.GewijzigdOp = now;
        gepland.GewijzigdDoor = user.UserId;

        if (await BegeleidingEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.GesprekPlanned(logger, gepland.Id, dossier.Id, moment.Value);

        return ActionResult.Success(
            new ScreenLink(DossierOnderdelen.BegeleidingScreenId, dossier.Id.ToString()),
            verzet
                ? new LocalizedText($"Het voortgangsgesprek is verzet naar {AmsterdamMoment.Dutch(moment.Value)}.", $"The progress meeting was moved to {AmsterdamMoment.English(moment.Value)}.")
                : new LocalizedText($"Het voortgangsgesprek is gepland op {AmsterdamMoment.Dutch(moment.Value)}.", $"The progress meeting was planned for {AmsterdamMoment.English(moment.Value)}."));
    }
}
