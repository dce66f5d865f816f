using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The codes of the delivery format and the values they stand for. Codes are read case-insensitively and written in
/// capitals, so the portal, the API and the templates offer the same lists.
/// </summary>
internal static class LeveringCodes
{
    public static IReadOnlyDictionary<string, Cursusonderdeel> Onderdelen { get; } = Lijst(
        ("TAAL", Cursusonderdeel.Taal),
        ("KNM", Cursusonderdeel.Knm),
        ("MAP", Cursusonderdeel.Map),
        ("PVT", Cursusonderdeel.Pvt),
        ("ALFA", Cursusonderdeel.Alfabetisering),
        ("PARTICIPATIE", Cursusonderdeel.Participatie));

    /// <summary>The leerroutes: B1-route, onderwijsroute and Z-route.</summary>
    public static IReadOnlyList<string> Leerroutes { get; } = ["B1", "ONDERWIJS", "Z"];

    public static IReadOnlyDictionary<string, Vaardigheidsniveau> Niveaus { get; } = Lijst(
        ("A0", Vaardigheidsniveau.A0),
        ("A1", Vaardigheidsniveau.A1),
        ("A2", Vaardigheidsniveau.A2),
        ("B1", Vaardigheidsniveau.B1),
        ("B2", Vaardigheidsniveau.B2),
        ("C1", Vaardigheidsniveau.C1));

    public static IReadOnlyDictionary<string, Examenonderdeel> Examenonderdelen { get; } = Lijst(
        ("LEZEN", Examenonderdeel.Lezen),
        ("LUISTEREN", Examenonderdeel.Luisteren),
        ("SPREKEN", Examenonderdeel.Spreken),
        ("SCHRIJVEN", Examenonderdeel.Schrijven),
        ("KNM", Examenonderdeel.Knm));

    public static IReadOnlyDictionary<string, ExamenUitkomst> Examenresultaten { get; } = Lijst(
        ("BEHAALD", ExamenUitkomst.Behaald),
        ("NIET_BEHAALD", ExamenUitkomst.NietBehaald));

    /// <summary>Returns the code of <paramref name="onderdeel"/>, such as <c>ALFA</c>.</summary>
    public static string Code(Cursusonderdeel onderdeel) => Onderdelen.First(paar => paar.Value == onderdeel).Key;

    /// <summary>Returns the code of <paramref name="onderdeel"/>, such as <c>LEZEN</c>.</summary>
    public static string Code(Examenonderdeel onderdeel) => Examenonderdelen.First(paar => paar.Value == onderdeel).Key;

    /// <summary>Returns the code of <paramref name="resultaat"/>, such as <c>NIET_BEHAALD</c>.</summary>
    public static string Code(ExamenUitkomst resultaat) => Examenresultaten.First(paar => paar.Value == resultaat).Key;

    private static Dictionary<string, T> Lijst<T>(params (string Code, T Waarde)[] paren) =>
        paren.ToDictionary(paar => paar.Code, paar => paar.Waarde, StringComparer.OrdinalIgnoreCase);
}
