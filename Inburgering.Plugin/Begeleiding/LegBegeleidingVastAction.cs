using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// Records or changes the maatschappelijke begeleiding of an asielstatushouder: the organisation and contact person
/// who provide it, its start and end, and notes. The record id is the dossier id, and the user must have seen the
/// current version.
/// </summary>
internal sealed class LegBegeleidingVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegBegeleidingVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.maatschappelijke-begeleiding";

    public static LocalizedText Regel { get; } = new(
        "Maatschappelijke begeleiding geldt alleen voor asielstatushouders.",
        "Social guidance applies only to asylum permit holders.");

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Maatschappelijke begeleiding vastleggen", "Record social guidance"),
        [
            BegeleidingFields.Organisatie with
            {
                Required = true,
                Hint = new LocalizedText("De organisatie die de begeleiding geeft, bijvoorbeeld VluchtelingenWerk.", "The organisation that provides the guidance, for example VluchtelingenWerk."),
            },
            BegeleidingFields.Contactpersoon with
            {
                Hint = new LocalizedText("Naam en telefoonnummer of e-mailadres van de begeleider.", "Name and phone number or e-mail address of the guide."),
            },
            BegeleidingFields.BegeleidingStart with { Required = true },
            BegeleidingFields.BegeleidingEinde with
            {
                Hint = new LocalizedText("Leeg laten zolang de begeleiding loopt.", "Leave empty while the guidance continues."),
            },
            BegeleidingFields.BegeleidingNotities,
        ],
        InburgeringPermissions.BegeleidingEdit);

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
            Log.BegeleidingRefusedForDoelgroep(logger, dossier.Id, dossier.Doelgroep);
            return BegeleidingEdit.AlleenAsielstatushouders(Regel, dossier.Doelgroep);
        }

        var organisatie = request.Value(BegeleidingFields.Organisatie.Key);
        var (start, startError) = DateInput.Read(request, BegeleidingFields.BegeleidingStart, required: true);
        var (einde, eindeError) = DateInput.Read(request, BegeleidingFields.BegeleidingEinde, required: false);
        var errors = BegeleidingEdit.TooLong(request, Definition.Inputs).ToList();
        if (organisatie is null)
        {
            errors.Add(new FieldError(BegeleidingFields.Organisatie.Key, new LocalizedText(
                "Vul de organisatie in die de begeleiding geeft.",
                "Enter the organisation that provides the guidance.")));
        }

        errors.AddRange(new[] { startError, eindeError }.OfType<FieldError>());
        if (start is { } eerste && einde is { } laatste && laatste < eerste)
        {
            errors.Add(new FieldError(BegeleidingFields.BegeleidingEinde.Key, new LocalizedText(
                "Het einde van de begeleiding ligt vóór de start. Kies een einddatum op of na de startdatum.",
                "The end of the guidance is before its start. Choose an end date on or after the start date.")));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var begeleiding = await db.MaatschappelijkeBegeleidingen.SingleOrDefaultAsync(b => b.DossierId == dossier.Id, cancellationToken);
        if (begeleiding is null)
        {
            begeleiding = new MaatschappelijkeBegeleiding { Id = Guid.NewGuid(), DossierId = dossier.Id, Gemeente = dossier.Gemeente, Organisatie = organisatie!, GewijzigdDoor = user.UserId };
            db.MaatschappelijkeBegeleidingen.Add(begeleiding);
        }

        begeleiding.Organisatie = organisatie!;
        begeleiding.Contactpersoon = request.Value(BegeleidingFields.Contactpersoon.Key);
        begeleiding.Startdatum = start!.Value;
        begeleiding.Einddatum = einde;
        begeleiding.Notities = request.Value(BegeleidingFields.BegeleidingNotities.Key);
        begeleiding.GewijzigdOp = clock.GetUtcNow();
        begeleiding.GewijzigdDoor = user.UserId;

        if (await BegeleidingEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.BegeleidingRecorded(logger, dossier.Id);

        return ActionResult.Success(
            new ScreenLink(DossierOnderdelen.BegeleidingScreenId, dossier.Id.ToString()),
            new LocalizedText("De maatschappelijke begeleiding is vastgelegd.", "The social guidance was recorded."));
    }
}
