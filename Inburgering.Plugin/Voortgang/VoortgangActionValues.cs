using System.Globalization;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The values that pre-fill the forms of the voortgang actions with what is recorded, so a change starts from it.</summary>
internal static class VoortgangActionValues
{
    /// <summary>Returns the form values by field key.</summary>
    public static Dictionary<string, string?> Van(VoortgangGegevens gegevens)
    {
        ArgumentNullException.ThrowIfNull(gegevens);

        var knm = gegevens.Knm;
        var pvt = gegevens.Pvt;
        var map = gegevens.Map;
        var zroute = gegevens.ZRouteEindgesprek;
        var onderwijs = gegevens.Onderwijsroute;

        return new Dictionary<string, string?>
        {
            [F.KnmStatusField.Key] = (knm?.Status ?? KnmStatus.NietGestart).ToString(),
            [F.KnmExamendatum.Key] = Datum(knm?.Examendatum),
            [F.KnmExamenresultaat.Key] = knm?.Examenresultaat?.ToString(),
            [F.PvtDatumOndertekening.Key] = Datum(pvt?.DatumOndertekening),
            [F.PvtResultaat.Key] = pvt?.Resultaat?.ToString(),
            [F.PvtRedenNietVoldaan.Key] = pvt?.RedenNietVoldaan,
            [F.PvtVerwijtbaar.Key] = JaNee(pvt?.VerwijtbaarNietVoldaan),
            [F.PvtDuoGeregistreerdOp.Key] = Datum(pvt?.DuoGeregistreerdOp),
            [F.MapDatumEindgesprek.Key] = Datum(map?.DatumEindgesprek),
            [F.MapResultaat.Key] = map?.Resultaat?.ToString(),
            [F.MapReden.Key] = map?.RedenNietSuccesvolVoltooid,
            [F.MapVerwijtbaar.Key] = JaNee(map?.IndicatorVerwijtbaar),
            [F.MapDuoGeregistreerdOp.Key] = Datum(map?.DuoGeregistreerdOp),
            [F.ZRouteDatumEindgesprek.Key] = Datum(zroute?.Datum),
            [F.ZRouteResultaat.Key] = zroute?.Resultaat.ToString(),
            [F.Instelling.Key] = onderwijs?.Instelling,
            [F.Opleiding.Key] = onderwijs?.Opleiding,
            [F.TaalschakeltrajectStart.Key] = Datum(onderwijs?.TaalschakeltrajectStart),
            [F.TaalschakeltrajectEinde.Key] = Datum(onderwijs?.TaalschakeltrajectEinde),
            [F.DatumDiploma.Key] = Datum(onderwijs?.DatumDiploma),
        };
    }

    private static string? Datum(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? JaNee(bool? value) => value switch
    {
        true => "Ja",
        false => "Nee",
        null => null,
    };
}
