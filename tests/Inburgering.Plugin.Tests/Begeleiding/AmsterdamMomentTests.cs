using Inburgering.Plugin.Begeleiding;

namespace Inburgering.Plugin.Tests.Begeleiding;

public sealed class AmsterdamMomentTests
{
    [TestCase("02:00")]
    [TestCase("02:30")]
    [TestCase("02:59")]
    public void Parse_TimeSkippedInMarch_IsRejected(string time)
    {
        var (moment, error) = AmsterdamMoment.Parse(new DateOnly(2026, 3, 29), time);

        Assert.That(moment, Is.Null);
        Assert.That(error!.Nl, Is.EqualTo($"{time} op 29 maart 2026 bestaat niet: de klok gaat die nacht van 02:00 naar 03:00 (zomertijd). Kies een tijd vóór 02:00 of vanaf 03:00."));
        Assert.That(error.En, Does.StartWith($"{time} on 29 March 2026 does not exist"));
    }

    [TestCase("02:00")]
    [TestCase("02:30")]
    [TestCase("02:59")]
    public void Parse_TimeRepeatedInOctober_IsRejected(string time)
    {
        var (moment, error) = AmsterdamMoment.Parse(new DateOnly(2026, 10, 25), time);

        Assert.That(moment, Is.Null);
        Assert.That(error!.Nl, Is.EqualTo($"{time} op 25 oktober 2026 komt twee keer voor: de klok gaat die nacht van 03:00 terug naar 02:00 (wintertijd). Kies een tijd buiten het uur van 02:00 tot 03:00."));
        Assert.That(error.En, Does.Contain("Choose a time outside the hour from 02:00 to 03:00."));
    }

    [TestCase(2026, 3, 29, "01:59", "2026-03-29T00:59:00+00:00", TestName = "Parse_BeforeSpringChange_UsesWinterTime")]
    [TestCase(2026, 3, 29, "03:00", "2026-03-29T01:00:00+00:00", TestName = "Parse_AfterSpringChange_UsesSummerTime")]
    [TestCase(2026, 10, 25, "01:59", "2026-10-24T23:59:00+00:00", TestName = "Parse_BeforeAutumnChange_UsesSummerTime")]
    [TestCase(2026, 10, 25, "03:00", "2026-10-25T02:00:00+00:00", TestName = "Parse_AfterAutumnChange_UsesWinterTime")]
    [TestCase(2028, 2, 29, "00:30", "2028-02-28T23:30:00+00:00", TestName = "Parse_LeapDayAfterMidnight_IsPreviousUtcDate")]
    [TestCase(2026, 12, 4, "9:05", "2026-12-04T08:05:00+00:00", TestName = "Parse_SingleDigitHour_IsAccepted")]
    public void Parse_ValidTime_ReturnsUtcMoment(int year, int month, int day, string time, string expected)
    {
        var (moment, error) = AmsterdamMoment.Parse(new DateOnly(year, month, day), time);

        Assert.That(error, Is.Null);
        Assert.That(moment, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(moment!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("14.30")]
    [TestCase("24:00")]
    [TestCase("14:3")]
    [TestCase("2 uur")]
    public void Parse_TimeNotInFormat_IsRejected(string? time)
    {
        var (moment, error) = AmsterdamMoment.Parse(new DateOnly(2026, 12, 4), time);

        Assert.That(moment, Is.Null);
        Assert.That(error!.Nl, Is.EqualTo("Vul de tijd in als uu:mm in Nederlandse tijd, bijvoorbeeld 14:30."));
    }

    [TestCase("2026-03-29T00:59:00Z", "2026-03-29", "01:59")]
    [TestCase("2026-03-29T01:00:00Z", "2026-03-29", "03:00")]
    [TestCase("2026-10-25T00:30:00Z", "2026-10-25", "02:30")]
    [TestCase("2026-10-25T01:30:00Z", "2026-10-25", "02:30")]
    [TestCase("2026-08-31T23:30:00Z", "2026-09-01", "01:30")]
    [TestCase("2026-12-31T23:30:00Z", "2027-01-01", "00:30")]
    public void DateOf_UtcMoment_IsAmsterdamDateAndTime(string utc, string date, string time)
    {
        var moment = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(AmsterdamMoment.DateOf(moment), Is.EqualTo(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(AmsterdamMoment.TimeOf(moment), Is.EqualTo(time));
    }
}
