using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Overdracht;

namespace Inburgering.Plugin.Tests.Overdracht;

public sealed class NieuwPipNaVerhuizingRegelTests
{
    [TestCase("2026-12-04", "2027-02-12", TestName = "Taak_AcceptedInDecember_DueTenWeeksLater")]
    [TestCase("2027-12-21", "2028-02-29", TestName = "Taak_DueInLeapYear_FallsOnLeapDay")]
    [TestCase("2027-12-22", "2028-03-01", TestName = "Taak_DayAfterLeapCase_DueFirstOfMarch")]
    [TestCase("2026-03-29", "2026-06-07", TestName = "Taak_AcceptedOnClockChange_CountsCalendarDays")]
    public void Taak_DueDate_TenWeeksAfterKoppeldatum(string koppeldatum, string uitersteDatum)
    {
        var dossier = new Dossier
        {
            Id = Guid.Parse("0193a0c0-0000-7000-8000-000000000003"),
            Gemeente = "0518",
            GeregistreerdDoor = "medewerker-17",
            Koppeldatum = DateOnly.Parse(koppeldatum, System.Globalization.CultureInfo.InvariantCulture),
        };

        var taak = NieuwPipNaVerhuizingRegel.Taak(dossier);

        Assert.That(taak.DueDate, Is.EqualTo(DateOnly.Parse(uitersteDatum, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(taak.Key, Is.EqualTo("inburgering.nieuw-pip-na-verhuizing:0193a0c0-0000-7000-8000-000000000003"));
        Assert.That(taak.RecordScreenId, Is.EqualTo("inburgering.pip"));
    }
}
