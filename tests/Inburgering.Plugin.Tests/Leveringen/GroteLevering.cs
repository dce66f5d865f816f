using System.Globalization;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>Generates a large delivery of Taalschool Noord row by row, so the test never keeps it whole in memory.</summary>
internal static class GroteLevering
{
    public const string Referentie = "2026-groot";

    /// <summary>
    /// Returns one TAAL row per student per day from 1 January 2026, for <paramref name="dagen"/> days: 4 hours offered,
    /// 2 followed in person, 1 online, and half an hour of each kind of absence.
    /// </summary>
    public static IEnumerable<LeveringRegel> Dagen(IReadOnlyList<string> bsns, int dagen)
    {
        var regelnummer = 2;
        for (var dag = 0; dag < dagen; dag++)
        {
            var datum = new DateOnly(2026, 1, 1).AddDays(dag).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var bsn in bsns)
            {
                yield return LeveringOmgeving.Regel(
                    regelnummer++,
                    bsn,
                    van: datum,
                    tot: datum,
                    aangeboden: "4",
                    fysiek: "2",
                    online: "1",
                    geoorloofd: "0,5",
                    ongeoorloofd: "0,5",
                    leveringId: Referentie);
            }
        }
    }
}
