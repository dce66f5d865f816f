using Host.Abstractions;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// Records the taalschakeltraject of the onderwijsroute: the school, the programme, start and end, and the diploma date
/// that completes the route. Start and end may lie in the future; the diploma date cannot.
/// </summary>
internal sealed class LegOnderwijsrouteVastAction(VoortgangEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.onderwijsroute-vastleggen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Onderwijsroute vastleggen", "Record education route"),
        [F.Instelling, F.Opleiding, F.TaalschakeltrajectStart, F.TaalschakeltrajectEinde, F.DatumDiploma],
        InburgeringPermissions.VoortgangEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await editor.LoadAsync(request, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (!LeerrouteOnderdelen.HeeftTaalschakeltraject((await editor.LeerrouteAsync(dossier, cancellationToken))?.Leerroute))
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Het PIP van dit dossier noemt een andere leerroute dan de onderwijsroute; een taalschakeltraject hoort daar niet bij.",
                "The PIP of this dossier names a learning route other than the education route, which has no bridging programme.")));
        }

        var errors = new List<FieldError>();
        var start = VoortgangEditor.OptionalDate(request, F.TaalschakeltrajectStart, null, errors);
        var einde = VoortgangEditor.OptionalDate(request, F.TaalschakeltrajectEinde, null, errors);
        var diploma = VoortgangEditor.OptionalDate(request, F.DatumDiploma, editor.Today, errors);
        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        if (einde < start)
        {
            return ActionResult.Invalid(new FieldError(F.TaalschakeltrajectEinde.Key, new LocalizedText(
                "Het einde van het taalschakeltraject ligt voor de start. Kies een einddatum op of na de start.",
                "The end of the bridging programme is before its start. Choose an end date on or after the start.")));
        }

        var traject = await editor.Db.OnderwijsrouteTrajecten.SingleOrDefaultAsync(t => t.DossierId == dossier.Id, cancellationToken);
        if (traject is null)
        {
            traject = new OnderwijsrouteTraject { DossierId = dossier.Id, Gemeente = dossier.Gemeente };
            editor.Db.OnderwijsrouteTrajecten.Add(traject);
        }

        traject.Instelling = request.Value(F.Instelling.Key);
        traject.Opleiding = request.Value(F.Opleiding.Key);
        traject.TaalschakeltrajectStart = start;
        traject.TaalschakeltrajectEinde = einde;
        traject.DatumDiploma = diploma;

        if (await editor.SaveAsync(dossier, ProcessingOperation.Update, startTraject: true, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OnderdeelRecorded(editor.Logger, "Onderwijsroute", dossier.Id);
        return VoortgangEditor.Saved(dossier, new LocalizedText("De onderwijsroute is vastgelegd.", "The education route was recorded."));
    }
}
