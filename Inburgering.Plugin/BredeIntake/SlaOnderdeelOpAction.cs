using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// Saves one part of the brede intake, <typeparamref name="TOnderdeel"/>. The record id is the dossier id, and the user
/// must have seen the current version of the intake. The first saved part starts the intake.
/// </summary>
internal sealed class SlaOnderdeelOpAction<TOnderdeel>(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<SlaOnderdeelOpAction<TOnderdeel>> logger) : IActionHandler
    where TOnderdeel : IntakeOnderdeel
{
    private static readonly IntakeOnderdeel s_onderdeel = IntakeOnderdelen.All.OfType<TOnderdeel>().Single();

    public ActionDefinition Definition { get; } = new(
        s_onderdeel.ActionId,
        s_onderdeel.Naam,
        s_onderdeel.Inputs,
        InburgeringPermissions.IntakeEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (s_onderdeel.ExtraPermission is { } extra && !user.HasPermission(extra))
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                $"U hebt geen toegang tot het onderdeel {s_onderdeel.Naam.Nl}; er is niets opgeslagen. Vraag een collega met die bevoegdheid.",
                $"You have no access to the part {s_onderdeel.Naam.En}; nothing was saved. Ask a colleague with that permission.")));
        }

        var vandaag = AmsterdamTime.Today(clock);
        var (dossier, intake, rejection) = await IntakeEdit.LoadAsync(db, request, vandaag, logger, cancellationToken);
        if (rejection is not null)
        {
            return rejection;
        }

        var errors = s_onderdeel.Verwerk(intake!, request, vandaag);
        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        if (await IntakeEdit.SaveAsync(db, dossier!, intake!, processingLog, user.UserId, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.IntakeOnderdeelSaved(logger, dossier!.Id, s_onderdeel.Key);

        return ActionResult.Success(
            new ScreenLink(BredeIntakeScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText($"{s_onderdeel.Naam.Nl} is opgeslagen.", $"{s_onderdeel.Naam.En} was saved."));
    }
}
