using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// Records a held voortgangsgesprek with its notes and afspraken. It marks the planned conversation as held, which is
/// possible only once its planned moment has passed, or records a conversation that was not planned. The record id is
/// the dossier id, and the user must have seen the current version.
/// </summary>
internal sealed class LegGesprekVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegGesprekVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.gesprek-gehouden";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Gehouden voortgangsgesprek vastleggen", "Record a held progress meeting"),
        [
            BegeleidingFields.GehoudenDatum with { Required = true },
            BegeleidingFields.GehoudenTijd with { Required = true },
            BegeleidingFields.GesprekNotities,
            BegeleidingFields.Afspraken,
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

        var (moment, errors) = MomentInput.Read(request, BegeleidingFields.GehoudenDatum, BegeleidingFields.GehoudenTijd);
        var tooLong = BegeleidingEdit.TooLong(request, Definition.Inputs).ToList();
        if (moment is null || tooLong.Count > 0)
        {
            return ActionResult.Invalid([.. errors, .. tooLong]);
        }

        var now = clock.GetUtcNow();
        if (moment > now)
        {
            return ActionResult.Invalid(new FieldError(BegeleidingFields.GehoudenDatum.Key, new LocalizedText(
                $"Een gesprek op {AmsterdamMoment.Dutch(moment.Value)} is nog niet gehouden. Vul de datum en tijd in waarop het gesprek plaatsvond.",
                $"A meeting on {AmsterdamMoment.English(moment.Value)} has not been held yet. Enter the date and time the meeting took place.")));
        }

        var gesprek = await VoortgangsgesprekQueries.GeplandAsync(db, dossier.Id, cancellationToken);
        if (gesprek?.GeplandOp > now)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                $"Het geplande gesprek is op {AmsterdamMoment.Dutch(gesprek.GeplandOp.Value)} en ligt nog in de toekomst. Leg het vast nadat het is gehouden, of verzet het naar een eerder moment.",
                $"The planned meeting is on {AmsterdamMoment.English(gesprek.GeplandOp.Value)}, which is still in the future. Record it after it was held, or move it to an earlier moment.")));
        }

        if (gesprek is null)
        {
            gesprek = new Voortgangsgesprek { Id = Guid.NewGuid(), DossierId = dossier.Id, Gemeente = dossier.Gemeente, GewijzigdDoor = user.UserId };
            db.Voortgangsgesprekken.Add(gesprek);
        }

        gesprek.GehoudenOp = moment;
        gesprek.Notities = request.Value(BegeleidingFields.GesprekNotities.Key);
        gesprek.Afspraken = request.Value(BegeleidingFields.Afspraken.Key);
        gesprek.GewijzigdOp = now;
        gesprek.GewijzigdDoor = user.UserId;

        if (await BegeleidingEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.GesprekHeld(logger, gesprek.Id, dossier.Id, moment.Value);

        return ActionResult.Success(
            new ScreenLink(DossierOnderdelen.BegeleidingScreenId, dossier.Id.ToString()),
            new LocalizedText("Het voortgangsgesprek is vastgelegd als gehouden.", "The progress meeting was recorded as held."));
    }
}
