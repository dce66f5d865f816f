using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// Records or changes the ontzorgen of an asielstatushouder with bijstand (Participatiewet art. 56a): bijstand since,
/// start and end, the fixed charges paid from the benefit, and the signed machtiging or the refusal. The record id is
/// the dossier id, and the user must have seen the current version.
/// </summary>
internal sealed class LegOntzorgenVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegOntzorgenVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.ontzorgen";

    public static LocalizedText Regel { get; } = new(
        "Ontzorgen (Participatiewet art. 56a) geldt alleen voor asielstatushouders met bijstand.",
        "Unburdening (Participation Act art. 56a) applies only to asylum permit holders on social assistance.");

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Ontzorgen vastleggen", "Record unburdening"),
        [
            BegeleidingFields.BijstandSinds with
            {
                Required = true,
                Hint = new LocalizedText(
                    "De eerste dag van het recht op bijstand. Zonder bijstand is er geen ontzorgen.",
                    "The first day of the right to social assistance. Without it there is no unburdening."),
            },
            BegeleidingFields.OntzorgenStart with { Required = true },
            BegeleidingFields.OntzorgenEinde with
            {
                Hint = new LocalizedText(
                    "Leeg laten voor de standaard: de laatste dag van 6 maanden na de start. Een andere einddatum vraagt een reden.",
                    "Leave empty for the standard: the last day of 6 months after the start. Another end date needs a reason."),
            },
            BegeleidingFields.AfwijkingReden with
            {
                Hint = new LocalizedText(
                    "Verplicht bij een andere einddatum dan de standaard, bijvoorbeeld langer ontzorgen als maatwerk (Participatiewet art. 57).",
                    "Required for an end date other than the standard, for example longer unburdening as tailored support (Participation Act art. 57)."),
            },
            BegeleidingFields.VasteLasten with
            {
                Hint = new LocalizedText(
                    "Kies minstens één vaste last, behalve als de inburgeraar weigert mee te werken.",
                    "Choose at least one fixed charge, unless the person refuses to cooperate."),
            },
            BegeleidingFields.MachtigingOndertekendOp with
            {
                Hint = new LocalizedText("De dag waarop de inburgeraar de machtiging tekende; niet in de toekomst.", "The day the person signed the authorisation; not in the future."),
            },
            BegeleidingFields.WeigeringOp with
            {
                Hint = new LocalizedText(
                    "Alleen bij een weigering om mee te werken; niet in de toekomst. Een weigering leidt tot afstemming van de bijstand (Participatiewet art. 18).",
                    "Only when the person refuses to cooperate; not in the future. A refusal leads to a reduction of the benefit (Participation Act art. 18)."),
            },
            BegeleidingFields.WeigeringToelichting with
            {
                Hint = new LocalizedText("Verplicht bij een weigering: wat is geweigerd en hoe de afstemming is gewogen.", "Required with a refusal: what was refused and how the reduction was weighed."),
            },
        ],
        InburgeringPermissions.OntzorgenEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await BegeleidingEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (!OntzorgenRegels.GeldtVoor(dossier.Doelgroep))
        {
            Log.OntzorgenRefusedForDoelgroep(logger, dossier.Id, dossier.Doelgroep);
            return BegeleidingEdit.AlleenAsielstatushouders(Regel, dossier.Doelgroep);
        }

        var (input, errors) = OntzorgenInput.Read(request, AmsterdamTime.Today(clock));
        var tooLong = BegeleidingEdit.TooLong(request, Definition.Inputs).ToList();
        if (input is null || tooLong.Count > 0)
        {
            return ActionResult.Invalid([.. errors, .. tooLong]);
        }

        var ontzorging = await db.Ontzorgingen.SingleOrDefaultAsync(o => o.DossierId == dossier.Id, cancellationToken);
        if (ontzorging is null)
        {
            ontzorging = new Ontzorging { Id = Guid.NewGuid(), DossierId = dossier.Id, Gemeente = dossier.Gemeente, GewijzigdDoor = user.UserId };
            db.Ontzorgingen.Add(ontzorging);
        }

        input.ApplyTo(ontzorging);
        ontzorging.GewijzigdOp = clock.GetUtcNow();
        ontzorging.GewijzigdDoor = user.UserId;

        if (await BegeleidingEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OntzorgenRecorded(logger, dossier.Id, ontzorging.Startdatum, ontzorging.Einddatum);

        return ActionResult.Success(
            new ScreenLink(DossierOnderdelen.BegeleidingScreenId, dossier.Id.ToString()),
            ontzorging.WeigeringOp is null
                ? new LocalizedText("Het ontzorgen is vastgelegd.", "The unburdening was recorded.")
                : new LocalizedText(
                    "Het ontzorgen is vastgelegd met de weigering. Beoordeel de afstemming van de bijstand (Participatiewet art. 18).",
                    "The unburdening was recorded with the refusal. Assess the reduction of the benefit (Participation Act art. 18)."));
    }
}
