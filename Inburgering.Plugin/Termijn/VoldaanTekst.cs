using Host.Abstractions;

namespace Inburgering.Plugin.Termijn;

/// <summary>Describes the outcome of <see cref="VoldaanCheck"/> in words, for the screen and the errors.</summary>
internal static class VoldaanTekst
{
    private static readonly Dictionary<VoldaanOnderdeel, LocalizedText> s_onderdelen = new()
    {
        [VoldaanOnderdeel.GeenLeerroute] = new("er is nog geen leerroute vastgesteld", "no learning route has been set yet"),
        [VoldaanOnderdeel.Leerroute] = new("de leerroute is niet afgerond", "the learning route is not completed"),
        [VoldaanOnderdeel.Pvt] = new("het participatieverklaringstraject (PVT) is niet afgerond", "the participation statement trajectory (PVT) is not completed"),
        [VoldaanOnderdeel.Map] = new("de Module Arbeidsmarkt en Participatie (MAP) is niet afgerond", "the Labour Market and Participation Module (MAP) is not completed"),
    };

    /// <summary>Returns one sentence on <paramref name="uitkomst"/>: met, unknown, or what is missing.</summary>
    public static LocalizedText Van(VoldaanUitkomst uitkomst)
    {
        ArgumentNullException.ThrowIfNull(uitkomst);

        if (!uitkomst.IsBekend)
        {
            return new LocalizedText(
                "De voortgang van de onderdelen is nog niet bekend, dus voldaan kan niet worden vastgesteld.",
                "The progress of the parts is not known yet, so completion cannot be established.");
        }

        if (uitkomst.IsVoldaan)
        {
            return new LocalizedText(
                "De leerroute, het PVT en (behalve in de onderwijsroute) de MAP zijn afgerond: de persoon heeft voldaan.",
                "The learning route, the PVT and (except in the education route) the MAP are completed: the person has met the obligation.");
        }

        return new LocalizedText(
            "Nog niet voldaan: " + string.Join("; ", uitkomst.Ontbreekt.Select(o => s_onderdelen[o].Nl)) + ".",
            "Not met yet: " + string.Join("; ", uitkomst.Ontbreekt.Select(o => s_onderdelen[o].En)) + ".");
    }
}
