using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// Which onderdelen of one dossier are completed. The inburgeringsplicht is met (voldaan) when the leerroute, the PVT
/// and, except in the onderwijsroute, the MAP are completed.
/// </summary>
/// <param name="PvtAfgerond">Whether the participatieverklaring is signed and the PVT judged met.</param>
/// <param name="MapVereist">Whether the leerroute has a MAP, or <see langword="null"/> when the leerroute is unknown.</param>
/// <param name="MapAfgerond">Whether the eindgesprek judged the MAP completed after its 40 practical hours.</param>
/// <param name="LeerrouteAfgerond">Whether the leerroute is completed, or <see langword="null"/> when it is unknown.</param>
/// <param name="OntbrekendeExamens">The B1-route exam parts not yet passed at the required level; empty in other routes.</param>
internal sealed record VoortgangStand(
    bool PvtAfgerond,
    bool? MapVereist,
    bool MapAfgerond,
    bool? LeerrouteAfgerond,
    IReadOnlyList<Examenonderdeel> OntbrekendeExamens)
{
    /// <summary>Whether leerroute, PVT and the MAP where required are completed, or <see langword="null"/> when the leerroute is unknown.</summary>
    public bool? Voldaan => LeerrouteAfgerond is { } leerroute && MapVereist is { } mapVereist
        ? leerroute && PvtAfgerond && (!mapVereist || MapAfgerond)
        : null;

    /// <summary>Determines the stand of <paramref name="gegevens"/> in <paramref name="leerroute"/>, or with an unknown leerroute when it is <see langword="null"/>.</summary>
    public static VoortgangStand Bepaal(VoortgangGegevens gegevens, PipLeerroute? leerroute, UrenDoelen doelen)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(doelen);

        var pvtAfgerond = gegevens.Pvt is { Resultaat: OnderdeelResultaat.Voldaan, DatumOndertekening: not null };
        var mapAfgerond = gegevens.Map is { Resultaat: OnderdeelResultaat.Voldaan, DatumEindgesprek: not null }
            && UrenDrempels.MapPraktijkBereikt(gegevens.Uren);

        if (leerroute is null)
        {
            return new VoortgangStand(pvtAfgerond, null, mapAfgerond, null, []);
        }

        var ontbrekend = leerroute.Leerroute == Leerroute.B1Route ? ZoekOntbrekendeExamens(gegevens, leerroute.VereistNiveau) : [];
        var leerrouteAfgerond = leerroute.Leerroute switch
        {
            Leerroute.B1Route => ontbrekend.Count == 0,
            Leerroute.ZRoute => ZRouteAfgerond(gegevens, doelen),
            Leerroute.Onderwijsroute => gegevens.Onderwijsroute?.DatumDiploma is not null,
            _ => throw new ArgumentOutOfRangeException(nameof(leerroute), leerroute.Leerroute, "Unknown leerroute."),
        };

        return new VoortgangStand(pvtAfgerond, LeerrouteOnderdelen.HeeftMap(leerroute.Leerroute), mapAfgerond, leerrouteAfgerond, ontbrekend);
    }

    /// <summary>
    /// Returns the four language skills not passed at <paramref name="niveau"/> or higher, and KNM when neither a passed
    /// KNM exam nor the KNM status records it as passed.
    /// </summary>
    private static List<Examenonderdeel> ZoekOntbrekendeExamens(VoortgangGegevens gegevens, Taalniveau niveau)
    {
        Examenonderdeel[] vaardigheden = [Examenonderdeel.Lezen, Examenonderdeel.Luisteren, Examenonderdeel.Spreken, Examenonderdeel.Schrijven];
        var behaald = gegevens.Examens.Where(e => e.Resultaat == ExamenUitkomst.Behaald).ToList();

        var ontbrekend = vaardigheden
            .Where(onderdeel => !behaald.Any(e => e.Onderdeel == onderdeel && e.Niveau >= niveau))
            .ToList();

        var knmBehaald = behaald.Any(e => e.Onderdeel == Examenonderdeel.Knm) || gegevens.Knm?.Status == KnmStatus.ExamenBehaald;
        if (!knmBehaald)
        {
            ontbrekend.Add(Examenonderdeel.Knm);
        }

        return ontbrekend;
    }

    /// <summary>The Z-route ends with the course hours, the participation hours of the doelgroep and a positive final interview.</summary>
    private static bool ZRouteAfgerond(VoortgangGegevens gegevens, UrenDoelen doelen) =>
        UrenDrempels.ZRouteCursusBereikt(gegevens.Uren, doelen.ZRouteCursus)
        && UrenDrempels.ZRouteParticipatieBereikt(gegevens.Uren, doelen.ZRouteParticipatie(gegevens.Doelgroep))
        && gegevens.ZRouteEindgesprek is { Resultaat: OnderdeelResultaat.Voldaan };
}
