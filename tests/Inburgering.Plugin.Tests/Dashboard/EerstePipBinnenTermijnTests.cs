using System.Globalization;
using Inburgering.Plugin.Dashboard;
using Inburgering.Plugin.Pip;

namespace Inburgering.Plugin.Tests.Dashboard;

/// <summary>Whether a first PIP was adopted within its deadline, and when the dashboard shows the percentage.</summary>
public sealed class EerstePipBinnenTermijnTests
{
    // DUO's kennisgeving on 5 January 2026 gives the deadline 16 March 2026.
    private static readonly DateOnly s_kennisgeving = new(2026, 1, 5);

    [TestCase("2026-03-15", "Binnen")]
    [TestCase("2026-03-16", "Binnen")]
    [TestCase("2026-03-17", "TeLaat")]
    public void Beoordeel_AroundTheDeadline(string dagtekening, string expected)
    {
        var termijn = PipTermijn.Bepaal(s_kennisgeving, null, null);

        var uitkomst = EerstePipBinnenTermijn.Beoordeel(DateOnly.Parse(dagtekening, CultureInfo.InvariantCulture), termijn);

        Assert.That(uitkomst, Is.EqualTo(Enum.Parse<EerstePipUitkomst>(expected)));
    }

    [Test]
    public void Beoordeel_LeapYear_CountsTheTenWeeksOver29February()
    {
        // 20 December 2027 plus 70 days is 28 February 2028; 29 February is the day after.
        var termijn = PipTermijn.Bepaal(new DateOnly(2027, 12, 20), null, null);

        Assert.That(EerstePipBinnenTermijn.Beoordeel(new DateOnly(2028, 2, 28), termijn), Is.EqualTo(EerstePipUitkomst.Binnen));
        Assert.That(EerstePipBinnenTermijn.Beoordeel(new DateOnly(2028, 2, 29), termijn), Is.EqualTo(EerstePipUitkomst.TeLaat));
    }

    [Test]
    public void Beoordeel_WithoutKennisgeving_IsUnknown()
    {
        var termijn = PipTermijn.Bepaal(null, new DateOnly(2026, 1, 5), null);

        Assert.That(EerstePipBinnenTermijn.Beoordeel(new DateOnly(2026, 12, 1), termijn), Is.EqualTo(EerstePipUitkomst.TermijnOnbekend));
    }

    [Test]
    public void Beoordeel_WhileWaitingForInformation_IsWithin()
    {
        var verlenging = new PipVerlenging { DossierId = Guid.NewGuid(), Gemeente = "0599", Derde = "GGD", WachtSinds = new DateOnly(2026, 3, 1), GewijzigdDoor = "medewerker-17" };
        var termijn = PipTermijn.Bepaal(s_kennisgeving, null, verlenging);

        Assert.That(EerstePipBinnenTermijn.Beoordeel(new DateOnly(2026, 6, 1), termijn), Is.EqualTo(EerstePipUitkomst.Binnen));
    }

    [TestCase(6, 5, 55)]
    [TestCase(5, 0, 100)]
    [TestCase(0, 5, 0)]
    [TestCase(1, 7, null)]
    [TestCase(7, 4, null)]
    [TestCase(4, 0, null)]
    [TestCase(0, 0, null)]
    public void Percentage_HidesSmallGroups(int binnen, int teLaat, int? expected)
    {
        var jaar = new EerstePipJaar(2026, binnen, teLaat, TermijnOnbekend: 3);

        Assert.That(jaar.Percentage, Is.EqualTo((decimal?)expected));
    }
}
