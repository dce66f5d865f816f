namespace Inburgering.Plugin.Leerroutes;

/// <summary>The three leerroutes of the Wet inburgering 2021; the PIP names one.</summary>
internal enum Leerroute
{
    /// <summary>Dutch at B1 in four skills and the KNM exam; the default route. Afschalen to A2 stays in this route.</summary>
    B1Route,

    /// <summary>B1 or higher through a taalschakeltraject towards mbo, hbo or wo; no MAP.</summary>
    Onderwijsroute,

    /// <summary>The zelfredzaamheidsroute: 800 hours of language and KNM, for asielstatushouders also 800 participation hours, and a final interview.</summary>
    ZRoute,
}
