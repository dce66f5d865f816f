using System.Text;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Api;

/// <summary>The texts the API uses for the plugin's enumerations and column names.</summary>
internal static class ApiCodes
{
    public const string AllesOfNiets = "alles-of-niets";

    public const string GeldigeRegels = "geldige-regels";

    /// <summary>Returns the onderdeel code of the delivery format, such as <c>TAAL</c> or <c>ALFA</c>.</summary>
    public static string Onderdeel(Cursusonderdeel onderdeel) => onderdeel switch
    {
        Cursusonderdeel.Taal => "TAAL",
        Cursusonderdeel.Knm => "KNM",
        Cursusonderdeel.Map => "MAP",
        Cursusonderdeel.Pvt => "PVT",
        Cursusonderdeel.Alfabetisering => "ALFA",
        Cursusonderdeel.Participatie => "PARTICIPATIE",
        _ => throw new ArgumentOutOfRangeException(nameof(onderdeel), onderdeel, "Unknown onderdeel."),
    };

    public static string Status(LeveringStatus status) => status switch
    {
        LeveringStatus.Verwerkt => "verwerkt",
        LeveringStatus.DeelsVerwerkt => "deels-verwerkt",
        LeveringStatus.Geweigerd => "geweigerd",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown delivery status."),
    };

    public static string Modus(LeveringModus modus) => modus switch
    {
        LeveringModus.AllesOfNiets => AllesOfNiets,
        LeveringModus.GeldigeRegels => GeldigeRegels,
        _ => throw new ArgumentOutOfRangeException(nameof(modus), modus, "Unknown delivery mode."),
    };

    /// <summary>Returns the mode for its API text, or <see langword="null"/> when the text is not one of the two modes.</summary>
    public static LeveringModus? ParseModus(string text) => text switch
    {
        AllesOfNiets => LeveringModus.AllesOfNiets,
        GeldigeRegels => LeveringModus.GeldigeRegels,
        _ => null,
    };

    public static string Kanaal(LeveringKanaal kanaal) => kanaal switch
    {
        LeveringKanaal.Bestand => "bestand",
        LeveringKanaal.Portaal => "portaal",
        LeveringKanaal.Api => "api",
        _ => throw new ArgumentOutOfRangeException(nameof(kanaal), kanaal, "Unknown channel."),
    };

    /// <summary>Returns the JSON field name of a column of <see cref="LeveringKolommen"/>: <c>periode_tot</c> becomes <c>periodeTot</c>.</summary>
    public static string Veld(string kolom)
    {
        ArgumentNullException.ThrowIfNull(kolom);

        var veld = new StringBuilder(kolom.Length);
        var nextUpper = false;
        foreach (var c in kolom)
        {
            if (c == '_')
            {
                nextUpper = true;
                continue;
            }

            veld.Append(nextUpper ? char.ToUpperInvariant(c) : c);
            nextUpper = false;
        }

        return veld.ToString();
    }
}
