using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Tests.Begeleiding;

public sealed class OntzorgenRegelsTests
{
    [TestCase("2026-08-31", "2027-02-28", TestName = "StandaardEinddatum_31August_IsLastDayOfFebruary")]
    [TestCase("2027-08-31", "2028-02-29", TestName = "StandaardEinddatum_31AugustBeforeLeapYear_Is29February")]
    [TestCase("2026-08-30", "2027-02-28", TestName = "StandaardEinddatum_30August_IsLastDayOfFebruary")]
    [TestCase("2026-08-29", "2027-02-28", TestName = "StandaardEinddatum_29August_Is28February")]
    [TestCase("2027-08-29", "2028-02-28", TestName = "StandaardEinddatum_29AugustBeforeLeapYear_Is28February")]
    [TestCase("2026-03-01", "2026-08-31", TestName = "StandaardEinddatum_1March_Is31August")]
    [TestCase("2026-01-15", "2026-07-14", TestName = "StandaardEinddatum_15January_Is14July")]
    [TestCase("2028-02-29", "2028-08-28", TestName = "StandaardEinddatum_29February_Is28August")]
    [TestCase("2026-12-31", "2027-06-30", TestName = "StandaardEinddatum_31December_Is30June")]
    public void StandaardEinddatum_Start_IsLastDayOfSixMonths(string start, string expected)
    {
        var einde = OntzorgenRegels.StandaardEinddatum(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(einde, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("Asielstatushouder", true)]
    [TestCase("Gezinsmigrant", false)]
    [TestCase("OverigeMigrant", false)]
    public void GeldtVoor_Doelgroep_OnlyAsielstatushouders(string doelgroep, bool expected)
    {
        Assert.That(OntzorgenRegels.GeldtVoor(Enum.Parse<Doelgroep>(doelgroep)), Is.EqualTo(expected));
    }
}
