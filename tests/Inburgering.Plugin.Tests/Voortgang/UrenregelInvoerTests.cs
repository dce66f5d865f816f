using System.Globalization;
using Inburgering.Plugin.Uren;

namespace Inburgering.Plugin.Tests.Voortgang;

public sealed class UrenregelInvoerTests
{
    private static readonly DateOnly Vandaag = new(2026, 12, 4);

    [TestCase("2028-02-01", "2028-02-29", 696.00, TestName = "Controleer_LeapFebruaryFull_IsValid")]
    [TestCase("2027-02-01", "2027-02-28", 672.00, TestName = "Controleer_FebruaryFull_IsValid")]
    [TestCase("2026-01-31", "2026-02-01", 48.00, TestName = "Controleer_AcrossMonthEnd_IsValid")]
    [TestCase("2025-12-31", "2026-01-01", 48.00, TestName = "Controleer_AcrossYearEnd_IsValid")]
    [TestCase("2026-12-04", "2026-12-04", 24.00, TestName = "Controleer_TodayFullDay_IsValid")]
    [TestCase("2026-11-01", "2026-11-30", 0.25, TestName = "Controleer_QuarterHour_IsValid")]
    [TestCase("2026-11-01", "2026-11-30", 3.75, TestName = "Controleer_ThreeQuarters_IsValid")]
    public void Controleer_Valid_ReturnsNoErrors(string van, string tot, decimal uren)
    {
        var errors = UrenregelInvoer.Controleer(D(van), D(tot), uren, vandaag: D(tot));

        Assert.That(errors, Is.Empty);
    }

    [TestCase("2028-02-01", "2028-02-29", 696.25, TestName = "Controleer_LeapFebruaryOverMaximum_IsInvalid")]
    [TestCase("2027-02-01", "2027-02-28", 672.25, TestName = "Controleer_FebruaryOverMaximum_IsInvalid")]
    [TestCase("2026-01-31", "2026-02-01", 48.25, TestName = "Controleer_AcrossMonthEndOverMaximum_IsInvalid")]
    [TestCase("2026-12-04", "2026-12-04", 24.25, TestName = "Controleer_OneDayOver24_IsInvalid")]
    [TestCase("2026-11-01", "2026-11-30", 0.00, TestName = "Controleer_ZeroHours_IsInvalid")]
    [TestCase("2026-11-01", "2026-11-30", -1.00, TestName = "Controleer_NegativeHours_IsInvalid")]
    [TestCase("2026-11-01", "2026-11-30", 3.10, TestName = "Controleer_NotQuarterHour_IsInvalid")]
    public void Controleer_InvalidHours_ReturnsUrenError(string van, string tot, decimal uren)
    {
        var errors = UrenregelInvoer.Controleer(D(van), D(tot), uren, vandaag: D(tot));

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "uren" }));
    }

    [Test]
    public void Controleer_EndTomorrow_ReturnsPeriodeTotError()
    {
        var errors = UrenregelInvoer.Controleer(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5), 8m, Vandaag);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "periodeTot" }));
        Assert.That(errors[0].Message.Nl, Does.Contain("04-12-2026"));
    }

    [Test]
    public void Controleer_EndBeforeStart_ReturnsPeriodeTotError()
    {
        var errors = UrenregelInvoer.Controleer(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 28), 8m, Vandaag);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "periodeTot" }));
    }

    [Test]
    public void Controleer_OverMaximum_NamesMaximumInMessage()
    {
        var errors = UrenregelInvoer.Controleer(new DateOnly(2028, 2, 28), new DateOnly(2028, 3, 1), 72.25m, new DateOnly(2028, 3, 1));

        Assert.That(errors.Single().Message.Nl, Does.Contain("ten hoogste 72 uur"));
    }

    [TestCase("2028-02-28", "2028-03-01", 72, TestName = "MaximumUren_AcrossLeapDay_CountsThreeDays")]
    [TestCase("2027-02-28", "2027-03-01", 48, TestName = "MaximumUren_AcrossNonLeapMonthEnd_CountsTwoDays")]
    [TestCase("2026-01-01", "2026-12-31", 8760, TestName = "MaximumUren_WholeYear_Counts365Days")]
    [TestCase("2028-01-01", "2028-12-31", 8784, TestName = "MaximumUren_WholeLeapYear_Counts366Days")]
    public void MaximumUren_Period_Is24PerDay(string van, string tot, int expected)
    {
        Assert.That(UrenregelInvoer.MaximumUren(D(van), D(tot)), Is.EqualTo((decimal)expected));
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
