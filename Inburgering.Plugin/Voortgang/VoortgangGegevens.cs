using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Uren;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Everything recorded about the onderdelen of one dossier; a missing onderdeel is <see langword="null"/>.</summary>
internal sealed record VoortgangGegevens(
    Doelgroep Doelgroep,
    UrenTotalen Uren,
    KnmOnderdeel? Knm,
    PvtOnderdeel? Pvt,
    MapOnderdeel? Map,
    ZRouteEindgesprek? ZRouteEindgesprek,
    OnderwijsrouteTraject? Onderwijsroute,
    IReadOnlyList<Examenresultaat> Examens)
{
    /// <summary>The attendance aanbieders delivered, per onderdeel and aanbieder.</summary>
    public IReadOnlyList<Leveringen.AanwezigheidPerAanbieder> Aanwezigheid { get; init; } = [];
}
