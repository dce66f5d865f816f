using Host.Abstractions;

namespace Inburgering.Plugin.Leerroutes;

/// <summary>The names of the leerroutes as staff and letters use them, and their choice options.</summary>
internal static class LeerrouteNames
{
    private static readonly Dictionary<Leerroute, LocalizedText> s_names = new()
    {
        [Leerroute.B1Route] = new("B1-route", "B1 route"),
        [Leerroute.Onderwijsroute] = new("Onderwijsroute", "Education route"),
        [Leerroute.ZRoute] = new("Z-route (zelfredzaamheidsroute)", "Z route (self-reliance route)"),
    };

    /// <summary>The choice options, one per leerroute.</summary>
    public static IReadOnlyList<ChoiceOption> Choices { get; } =
        [.. Enum.GetValues<Leerroute>().Select(route => new ChoiceOption(route.ToString(), s_names[route]))];

    public static LocalizedText Name(Leerroute leerroute) => s_names[leerroute];
}
