using System.Globalization;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Tests.Termijn;

public sealed class TermijnEindigtRegelTests
{
    [TestCase("2027-02-28", "2026-09-01", TestName = "EersteSignaaldag_EndOnLast28Feb_Is1September")]
    [TestCase("2028-02-29", "2027-09-01", TestName = "EersteSignaaldag_EndOnLeapDay_Is1September")]
    [TestCase("2027-08-30", "2027-02-28", TestName = "EersteSignaaldag_EndOn30Aug_IsEndOfFebruary")]
    [TestCase("2027-08-31", "2027-03-01", TestName = "EersteSignaaldag_EndOn31Aug_Is1March")]
    [TestCase("2027-06-04", "2026-12-05", TestName = "EersteSignaaldag_EndOn4June_Is5December")]
    [TestCase("2027-12-31", "2027-07-01", TestName = "EersteSignaaldag_EndOnNewYearsEve_Is1July")]
    public void EersteSignaaldag_LastDay_IsSixMonthsBeforeTheEnd(string laatsteDag, string eersteDag)
    {
        Assert.That(TermijnEindigtRegel.EersteSignaaldag(DateOnly.Parse(laatsteDag, CultureInfo.InvariantCulture)), Is.EqualTo(DateOnly.Parse(eersteDag, CultureInfo.InvariantCulture)));
    }
}
