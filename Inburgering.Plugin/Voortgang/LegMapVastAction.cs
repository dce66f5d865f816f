using Host.Abstractions;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// Records the Module Arbeidsmarkt en Participatie (MAP): the eindgesprek at the gemeente, its result, the reason and
/// culpability when not completed, and the day the result was registered in DUO's portal. "Voldaan" needs the 40
/// practical hours; the onderwijsroute has no MAP.
/// </summary>
internal sealed class LegMapVastAction(VoortgangEditor editor, IDuoRegistratiePoort duoPortaal) : IActionHandler
{
    public const string ActionId = "inburgering.map-vastleggen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("MAP vastleggen", "Record MAP"),
        [
            F.MapDatumEindgesprek,
            F.MapResultaat with { Hint = new LocalizedText("Voldaan kan pas na 40 praktijkuren MAP.", "Met needs 40 practical MAP hours.") },
            F.MapReden,
            F.MapVerwijtbaar,
            F.MapDuoGeregistreerdOp,
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

        if (!LeerrouteOnderdelen.HeeftMap((await editor.LeerrouteAsync(dossier, cancellationToken))?.Leerroute))
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "De onderwijsroute heeft geen MAP. Leg de MAP alleen vast in de B1-route of de Z-route.",
                "The education route has no MAP. Record the MAP only in the B1 route or the Z-route.")));
        }

        var errors = new List<FieldError>();
        var eindgesprek = VoortgangEditor.OptionalDate(request, F.MapDatumEindgesprek, editor.Today, errors);
        var duo = VoortgangEditor.OptionalDate(request, F.MapDuoGeregistreerdOp, editor.Today, errors);
        OnderdeelResultaat? resultaat = VoortgangEditor.TryParseChoice<OnderdeelResultaat>(request.Value(F.MapResultaat.Key), out var r) ? r : null;
        var reden = request.Value(F.MapReden.Key);
        var verwijtbaar = request.Value(F.MapVerwijtbaar.Key);
        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        if (OnderdeelRegels.Controleer(resultaat, eindgesprek, F.MapDatumEindgesprek, reden, F.MapReden, verwijtbaar, F.MapVerwijtbaar, duo, F.MapDuoGeregistreerdOp) is { } fout)
        {
            return ActionResult.Invalid(fout);
        }

        if (resultaat == OnderdeelResultaat.Voldaan)
        {
            var uren = await editor.UrenAsync(dossier, cancellationToken);
            if (!UrenDrempels.MapPraktijkBereikt(uren))
            {
                return ActionResult.Invalid(new FieldError(F.MapResultaat.Key, new LocalizedText(
                    $"De MAP is pas voldaan na {VoortgangEditor.UrenNl(UrenDrempels.MapPraktijk)} praktijkuren; er is {VoortgangEditor.UrenNl(uren.Van(UrenSoort.MapPraktijk))} uur vastgelegd. Leg eerst de praktijkuren vast.",
                    $"The MAP is only met after {VoortgangEditor.UrenEn(UrenDrempels.MapPraktijk)} practical hours; {VoortgangEditor.UrenEn(uren.Van(UrenSoort.MapPraktijk))} hours are recorded. Record the practical hours first.")));
            }
        }

        var map = await editor.Db.MapOnderdelen.SingleOrDefaultAsync(m => m.DossierId == dossier.Id, cancellationToken);
        if (map is null)
        {
            map = new MapOnderdeel { DossierId = dossier.Id, Gemeente = dossier.Gemeente };
            editor.Db.MapOnderdelen.Add(map);
        }

        var nietVoldaan = resultaat == OnderdeelResultaat.NietVoldaan;
        map.DatumEindgesprek = eindgesprek;
        map.Resultaat = resultaat;
        map.RedenNietSuccesvolVoltooid = nietVoldaan ? reden : null;
        map.IndicatorVerwijtbaar = nietVoldaan ? verwijtbaar == "Ja" : null;
        map.DuoGeregistreerdOp = duo;

        // As for the PVT: a result the form already marks as registered in DUO is not put on the worklist.
        if (resultaat is { } uitslag && eindgesprek is { } datum && duo is null)
        {
            await duoPortaal.MapResultaatAsync(dossier, uitslag, datum, cancellationToken);
        }

        if (await editor.SaveAsync(dossier, ProcessingOperation.Update, startTraject: true, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OnderdeelRecorded(editor.Logger, "MAP", dossier.Id);
        return VoortgangEditor.Saved(dossier, new LocalizedText("De MAP is vastgelegd.", "The MAP was recorded."));
    }
}
