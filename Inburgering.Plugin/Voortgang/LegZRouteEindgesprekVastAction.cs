using Host.Abstractions;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Records the final interview of the Z-route: its date and the gemeente's judgement.</summary>
internal sealed class LegZRouteEindgesprekVastAction(VoortgangEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.zroute-eindgesprek";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Eindgesprek Z-route vastleggen", "Record Z-route final interview"),
        [F.ZRouteDatumEindgesprek with { Required = true }, F.ZRouteResultaat with { Required = true }],
        InburgeringPermissions.VoortgangEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await editor.LoadAsync(request, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (!LeerrouteOnderdelen.HeeftZRouteEindgesprek((await editor.LeerrouteAsync(dossier, cancellationToken))?.Leerroute))
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Het PIP van dit dossier noemt een andere leerroute dan de Z-route; een eindgesprek van de Z-route hoort daar niet bij.",
                "The PIP of this dossier names a learning route other than the Z-route, which has no Z-route final interview.")));
        }

        var errors = new List<FieldError>();
        var datum = VoortgangEditor.OptionalDate(request, F.ZRouteDatumEindgesprek, editor.Today, errors);
        if (datum is null && request.Value(F.ZRouteDatumEindgesprek.Key) is null)
        {
            errors.Add(VoortgangEditor.Missing(F.ZRouteDatumEindgesprek));
        }

        if (!VoortgangEditor.TryParseChoice<OnderdeelResultaat>(request.Value(F.ZRouteResultaat.Key), out var resultaat))
        {
            errors.Add(new FieldError(F.ZRouteResultaat.Key, new LocalizedText("Kies het resultaat: voldaan of niet voldaan.", "Choose the result: met or not met.")));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var gesprek = await editor.Db.ZRouteEindgesprekken.SingleOrDefaultAsync(g => g.DossierId == dossier.Id, cancellationToken);
        if (gesprek is null)
        {
            gesprek = new ZRouteEindgesprek { DossierId = dossier.Id, Gemeente = dossier.Gemeente };
            editor.Db.ZRouteEindgesprekken.Add(gesprek);
        }

        gesprek.Datum = datum!.Value;
        gesprek.Resultaat = resultaat;

        if (await editor.SaveAsync(dossier, ProcessingOperation.Update, startTraject: true, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OnderdeelRecorded(editor.Logger, "Z-route eindgesprek", dossier.Id);
        return VoortgangEditor.Saved(dossier, new LocalizedText("Het eindgesprek van de Z-route is vastgelegd.", "The Z-route final interview was recorded."));
    }
}
