using Host.Abstractions;
using Inburgering.Plugin.Security;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Adds an exam result of one <see cref="Examenonderdeel"/> to the dossier's list of exam results.</summary>
internal sealed class RegistreerExamenAction(VoortgangEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.examen-registreren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Examenresultaat vastleggen", "Record exam result"),
        [
            F.ExamenOnderdeel with { Required = true },
            F.Examendatum with { Required = true },
            F.ExamenNiveau with { Required = true },
            F.ExamenResultaatField with { Required = true },
            F.ExamenScore,
        ],
        InburgeringPermissions.VoortgangEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await editor.LoadAsync(request, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        var errors = new List<FieldError>();
        if (!VoortgangEditor.TryParseChoice<Examenonderdeel>(request.Value(F.ExamenOnderdeel.Key), out var onderdeel))
        {
            errors.Add(new FieldError(F.ExamenOnderdeel.Key, new LocalizedText("Kies het examenonderdeel uit de lijst.", "Choose the exam part from the list.")));
        }

        var datum = VoortgangEditor.OptionalDate(request, F.Examendatum, editor.Today, errors);
        if (datum is null && request.Value(F.Examendatum.Key) is null)
        {
            errors.Add(VoortgangEditor.Missing(F.Examendatum));
        }

        if (!VoortgangEditor.TryParseChoice<Taalniveau>(request.Value(F.ExamenNiveau.Key), out var niveau))
        {
            errors.Add(new FieldError(F.ExamenNiveau.Key, new LocalizedText("Kies het niveau uit de lijst: A1, A2, B1 of B2.", "Choose the level from the list: A1, A2, B1 or B2.")));
        }

        if (!VoortgangEditor.TryParseChoice<ExamenUitkomst>(request.Value(F.ExamenResultaatField.Key), out var resultaat))
        {
            errors.Add(new FieldError(F.ExamenResultaatField.Key, new LocalizedText("Kies het resultaat: behaald of niet behaald.", "Choose the result: passed or not passed.")));
        }

        decimal? score = null;
        if (request.Value(F.ExamenScore.Key) is { } scoreText)
        {
            if (VoortgangEditor.TryParseNumber(scoreText, out var parsed) && parsed >= 0)
            {
                score = parsed;
            }
            else
            {
                errors.Add(new FieldError(F.ExamenScore.Key, new LocalizedText("Vul de score in als getal van 0 of meer, of laat het veld leeg.", "Enter the score as a number of 0 or more, or leave it empty.")));
            }
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var examen = new Examenresultaat
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Onderdeel = onderdeel,
            Examendatum = datum!.Value,
            Niveau = niveau,
            Resultaat = resultaat,
            Score = score,
            GeregistreerdOp = editor.Now,
            GeregistreerdDoor = editor.UserId,
        };
        editor.Db.Examenresultaten.Add(examen);

        if (await editor.SaveAsync(dossier, ProcessingOperation.Create, startTraject: true, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.ExamenRegistered(editor.Logger, examen.Id, dossier.Id);
        return VoortgangEditor.Saved(dossier, new LocalizedText("Het examenresultaat is vastgelegd.", "The exam result was recorded."));
    }
}
