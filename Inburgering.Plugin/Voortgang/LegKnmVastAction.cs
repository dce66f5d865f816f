using Host.Abstractions;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Records the KNM status and the KNM exam of a dossier.</summary>
internal sealed class LegKnmVastAction(VoortgangEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.knm-vastleggen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("KNM vastleggen", "Record KNM"),
        [F.KnmStatusField with { Required = true }, F.KnmExamendatum, F.KnmExamenresultaat],
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
        if (!VoortgangEditor.TryParseChoice<KnmStatus>(request.Value(F.KnmStatusField.Key), out var status))
        {
            errors.Add(new FieldError(F.KnmStatusField.Key, new LocalizedText("Kies de status van KNM uit de lijst.", "Choose the KNM status from the list.")));
        }

        var examendatum = VoortgangEditor.OptionalDate(request, F.KnmExamendatum, editor.Today, errors);
        ExamenUitkomst? resultaat = VoortgangEditor.TryParseChoice<ExamenUitkomst>(request.Value(F.KnmExamenresultaat.Key), out var r) ? r : null;
        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        if (resultaat is not null && examendatum is null)
        {
            return ActionResult.Invalid(new FieldError(F.KnmExamendatum.Key, new LocalizedText(
                "Vul de datum van het KNM-examen in bij een examenresultaat.",
                "Enter the date of the KNM exam with an exam result.")));
        }

        if (status == KnmStatus.ExamenBehaald && resultaat != ExamenUitkomst.Behaald)
        {
            return ActionResult.Invalid(new FieldError(F.KnmExamenresultaat.Key, new LocalizedText(
                "Bij de status 'Examen behaald' hoort het resultaat 'Behaald' met de examendatum. Vul die in of kies een andere status.",
                "The status 'Exam passed' needs the result 'Passed' with the exam date. Enter them or choose another status.")));
        }

        var knm = await editor.Db.KnmOnderdelen.SingleOrDefaultAsync(k => k.DossierId == dossier.Id, cancellationToken);
        if (knm is null)
        {
            knm = new KnmOnderdeel { DossierId = dossier.Id, Gemeente = dossier.Gemeente };
            editor.Db.KnmOnderdelen.Add(knm);
        }

        knm.Status = status;
        knm.Examendatum = examendatum;
        knm.Examenresultaat = resultaat;

        if (await editor.SaveAsync(dossier, ProcessingOperation.Update, startTraject: status != KnmStatus.NietGestart, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OnderdeelRecorded(editor.Logger, "KNM", dossier.Id);
        return VoortgangEditor.Saved(dossier, new LocalizedText("KNM is vastgelegd.", "KNM was recorded."));
    }
}
