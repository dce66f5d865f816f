using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>The rules of ontzorgen in Participatiewet art. 56a, as far as they are fixed dates and doelgroepen.</summary>
internal static class OntzorgenRegels
{
    /// <summary>The standard length of the ontzorgen in months; a longer period is maatwerk (Participatiewet art. 57).</summary>
    public const int StandaardMaanden = 6;

    /// <summary>
    /// Whether ontzorgen applies to <paramref name="doelgroep"/>: only to asielstatushouders, not to gezinsmigranten or
    /// overige migranten.
    /// </summary>
    public static bool GeldtVoor(Doelgroep doelgroep) => doelgroep == Doelgroep.Asielstatushouder;

    /// <summary>
    /// Returns the last day of the six months from the start of the bijstand (Participatiewet art. 56a). Bijstand that
    /// starts on 31 August gives the last day of February (28 or 29).
    /// </summary>
    public static DateOnly StandaardEinddatum(DateOnly bijstandSinds) => Inburgeringstermijn.LastDayOf(bijstandSinds, StandaardMaanden);
}
