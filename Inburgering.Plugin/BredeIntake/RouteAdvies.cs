using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// The leerroute the leerbaarheidstoets advises. The gemeente may choose another route with good reasons; it then
/// records the reason (afwijkingsreden). An exempted person gets no advice from the test, so the consulent decides and
/// gives the reason.
/// </summary>
internal static class RouteAdvies
{
    /// <summary>
    /// Returns the advised leerroute: the B1-route when it is haalbaar, otherwise the Z-route; <see langword="null"/>
    /// without a result, as after a vrijstelling.
    /// </summary>
    public static Leerroute? Voor(ToetsUitslag? uitslag) => uitslag switch
    {
        null => null,
        { B1RouteHaalbaar: true } => Leerroute.B1Route,
        _ => Leerroute.ZRoute,
    };

    /// <summary>Returns whether choosing <paramref name="gekozen"/> needs an afwijkingsreden: it differs from the advice, or there is none.</summary>
    public static bool AfwijkingsredenNodig(Leerroute? advies, Leerroute gekozen) => advies != gekozen;
}
