using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Which onderdelen belong to which leerroute; an unknown leerroute allows all of them.</summary>
internal static class LeerrouteOnderdelen
{
    /// <summary>Whether the leerroute has a MAP: the B1-route and the Z-route do, the onderwijsroute does not (Wet inburgering 2021, art. 8).</summary>
    public static bool HeeftMap(Leerroute? leerroute) => leerroute != Leerroute.Onderwijsroute;

    /// <summary>Whether the Z-route's final interview can be recorded.</summary>
    public static bool HeeftZRouteEindgesprek(Leerroute? leerroute) => leerroute is null or Leerroute.ZRoute;

    /// <summary>Whether a taalschakeltraject can be recorded.</summary>
    public static bool HeeftTaalschakeltraject(Leerroute? leerroute) => leerroute is null or Leerroute.Onderwijsroute;
}
