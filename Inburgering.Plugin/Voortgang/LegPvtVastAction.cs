using Host.Abstractions;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// Records the participatieverklaringstraject (PVT): the signing of the participatieverklaring, allowed only once the
/// PVT hours reach the gemeente's minimum, the result, and the day the signing was registered in DUO's portal.
/// </summary>
internal sealed class LegPvtVastAction(VoortgangEditor editor, IDuoRegistratiePoort duoPortaal) : IActionHandler
{
    public const string ActionId = "inburgering.pvt-vastleggen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("PVT vastleggen", "Record PVT"),
        [
            F.PvtDatumOndertekening with { Hint = new LocalizedText("Pas als het minimum aantal PVT-uren is vastgelegd. Zonder resultaat geldt het PVT dan als voldaan.", "Only once the minimum PVT hours are recorded. Without a result the PVT then counts as met.") },
            F.PvtResultaat,
            F.PvtRedenNietVoldaan,
            F.PvtVerwijtbaar,
            F.PvtDuoGeregistreerdOp,
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
        var ondertekening = VoortgangEditor.OptionalDate(request, F.PvtDatumOndertekening, editor.Today, errors);
        var duo = VoortgangEditor.OptionalDate(request, F.PvtDuoGeregistreerdOp, editor.Today, errors);
        OnderdeelResultaat? resultaat = VoortgangEditor.TryParseChoice<OnderdeelResultaat>(request.Value(F.PvtResultaat.Key), out var r) ? r : null;
        var reden = request.Value(F.PvtRedenNietVoldaan.Key);
        var verwijtbaar = request.Value(F.PvtVerwijtbaar.Key);
        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        if (ondertekening is not null)
        {
            var doelen = await editor.DoelenAsync(cancellationToken);
            var uren = await editor.UrenAsync(dossier, cancellationToken);
            if (!UrenDrempels.PvtMinimumBereikt(uren, doelen.PvtMinimum))
            {
                return ActionResult.Invalid(new FieldError(F.PvtDatumOndertekening.Key, new LocalizedText(
                    $"De participatieverklaring kan pas worden ondertekend na {VoortgangEditor.UrenNl(doelen.PvtMinimum)} uur PVT; er is {VoortgangEditor.UrenNl(uren.Van(UrenSoort.Pvt))} uur vastgelegd. Leg eerst de PVT-uren vast.",
                    $"The participation statement can only be signed after {VoortgangEditor.UrenEn(doelen.PvtMinimum)} PVT hours; {VoortgangEditor.UrenEn(uren.Van(UrenSoort.Pvt))} hours are recorded. Record the PVT hours first.")));
            }

            resultaat ??= OnderdeelResultaat.Voldaan;
        }

        if (OnderdeelRegels.Controleer(resultaat, ondertekening, F.PvtDatumOndertekening, reden, F.PvtRedenNietVoldaan, verwijtbaar, F.PvtVerwijtbaar, duo, F.PvtDuoGeregistreerdOp) is { } fout)
        {
            return ActionResult.Invalid(fout);
        }

        var pvt = await editor.Db.PvtOnderdelen.SingleOrDefaultAsync(p => p.DossierId == dossier.Id, cancellationToken);
        if (pvt is null)
        {
            pvt = new PvtOnderdeel { DossierId = dossier.Id, Gemeente = dossier.Gemeente };
            editor.Db.PvtOnderdelen.Add(pvt);
        }

        var nietVoldaan = resultaat == OnderdeelResultaat.NietVoldaan;
        pvt.DatumOndertekening = ondertekening;
        pvt.Resultaat = resultaat;
        pvt.RedenNietVoldaan = nietVoldaan ? reden : null;
        pvt.VerwijtbaarNietVoldaan = nietVoldaan ? verwijtbaar == "Ja" : null;
        pvt.DuoGeregistreerdOp = duo;

        // NOTE: a signing the form already marks as registered in DUO is not put on the worklist, and an item put there
        // before stays open until someone marks it done.
        if (ondertekening is { } datum && duo is null)
        {
            await duoPortaal.PvtOndertekendAsync(dossier, datum, cancellationToken);
        }

        if (await editor.SaveAsync(dossier, ProcessingOperation.Update, startTraject: true, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.OnderdeelRecorded(editor.Logger, "PVT", dossier.Id);
        return VoortgangEditor.Saved(dossier, new LocalizedText("Het PVT is vastgelegd.", "The PVT was recorded."));
    }
}
