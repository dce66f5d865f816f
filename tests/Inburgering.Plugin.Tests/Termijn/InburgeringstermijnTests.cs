using System.Globalization;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Tests.Termijn;

public sealed class InburgeringstermijnTests
{
    [TestCase("2024-02-28", "2024-02-29", "2027-02-28", "2025-08-28", TestName = "Vanaf_Dagtekening28Feb2024_StartsOnLeapDay")]
    [TestCase("2024-02-29", "2024-03-01", "2027-02-28", "2025-08-31", TestName = "Vanaf_DagtekeningOnLeapDay_StartsOn1March")]
    [TestCase("2024-08-30", "2024-08-31", "2027-08-30", "2026-02-28", TestName = "Vanaf_Dagtekening30Aug_StartsOn31st")]
    [TestCase("2024-08-31", "2024-09-01", "2027-08-31", "2026-02-28", TestName = "Vanaf_Dagtekening31Aug_StartsOn1September")]
    [TestCase("2025-12-31", "2026-01-01", "2028-12-31", "2027-06-30", TestName = "Vanaf_DagtekeningNewYearsEve_EndsOnNewYearsEve")]
    public void Vanaf_Dagtekening_GivesExactDays(string dagtekening, string start, string laatsteDag, string laatsteSchakeldag)
    {
        var termijn = Inburgeringstermijn.Vanaf(DateOnly.Parse(dagtekening, CultureInfo.InvariantCulture));

        Assert.That(termijn.Start, Is.EqualTo(DateOnly.Parse(start, CultureInfo.InvariantCulture)));
        Assert.That(termijn.LaatsteDag, Is.EqualTo(DateOnly.Parse(laatsteDag, CultureInfo.InvariantCulture)));
        Assert.That(termijn.LaatsteSchakeldag, Is.EqualTo(DateOnly.Parse(laatsteSchakeldag, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void LaatsteDagMet_NoVerlenging_IsLaatsteDag()
    {
        var termijn = Inburgeringstermijn.Vanaf(new DateOnly(2024, 2, 28));

        Assert.That(termijn.LaatsteDagMet([]), Is.EqualTo(new DateOnly(2027, 2, 28)));
    }

    [Test]
    public void LaatsteDagMet_SeveralVerlengingen_LastOneCounts()
    {
        var termijn = Inburgeringstermijn.Vanaf(new DateOnly(2024, 2, 28));
        Verlenging[] verlengingen = [Verlenging(2, new DateOnly(2027, 12, 31)), Verlenging(1, new DateOnly(2027, 8, 31))];

        Assert.That(termijn.LaatsteDagMet(verlengingen), Is.EqualTo(new DateOnly(2027, 12, 31)));
    }

    internal static Verlenging Verlenging(int volgnummer, DateOnly nieuweLaatsteDag) => new()
    {
        Gemeente = "0599",
        Volgnummer = volgnummer,
        BeslisserNaam = "DUO",
        NieuweLaatsteDag = nieuweLaatsteDag,
        GeregistreerdDoor = "medewerker-17",
    };
}
