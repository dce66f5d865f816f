using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Tests.Voortgang;

public sealed class UrenDrempelsTests
{
    [TestCase(11.75, false, TestName = "PvtMinimum_QuarterBelow12_IsNotReached")]
    [TestCase(12.00, true, TestName = "PvtMinimum_Exactly12_IsReached")]
    public void PvtMinimum_Boundary(decimal uren, bool expected)
    {
        var totalen = Totalen((UrenSoort.Pvt, uren, false));

        Assert.That(UrenDrempels.PvtMinimumBereikt(totalen, 12m), Is.EqualTo(expected));
    }

    [Test]
    public void PvtMinimum_OtherKinds_DoNotCount()
    {
        var totalen = Totalen((UrenSoort.Pvt, 6m, false), (UrenSoort.Participatie, 6m, false), (UrenSoort.Knm, 6m, false));

        Assert.That(UrenDrempels.PvtMinimumBereikt(totalen, 12m), Is.False);
    }

    [TestCase(39.75, false, TestName = "MapPraktijk_QuarterBelow40_IsNotReached")]
    [TestCase(40.00, true, TestName = "MapPraktijk_Exactly40_IsReached")]
    public void MapPraktijk_Boundary(decimal uren, bool expected)
    {
        var totalen = Totalen((UrenSoort.MapPraktijk, uren, false));

        Assert.That(UrenDrempels.MapPraktijkBereikt(totalen), Is.EqualTo(expected));
    }

    [TestCase(299, 301, false, TestName = "Afschalen_299InPerson_IsNotReached")]
    [TestCase(300, 300, true, TestName = "Afschalen_300InPerson_IsReached")]
    [TestCase(600, 0, true, TestName = "Afschalen_AllInPerson_IsReached")]
    [TestCase(0, 600, false, TestName = "Afschalen_AllOnline_IsNotReached")]
    [TestCase(299.75, 300.25, false, TestName = "Afschalen_QuarterBelowHalfInPerson_IsNotReached")]
    public void Afschalen_InPersonHalf(decimal fysiek, decimal online, bool expected)
    {
        var totalen = Totalen((UrenSoort.Nt2Fysiek, fysiek, true), (UrenSoort.Nt2Online, online, true));

        Assert.That(UrenDrempels.AfschalenBereikt(totalen), Is.EqualTo(expected));
    }

    [Test]
    public void Afschalen_WithoutKeurmerk_DoesNotCount()
    {
        var totalen = Totalen((UrenSoort.Nt2Fysiek, 599.75m, true), (UrenSoort.Nt2Fysiek, 100m, false));

        Assert.That(totalen.Nt2VoorAfschalen, Is.EqualTo(599.75m));
        Assert.That(UrenDrempels.AfschalenBereikt(totalen), Is.False);
    }

    [TestCase(799.75, false, TestName = "ZRouteCursus_QuarterBelow800_IsNotReached")]
    [TestCase(800.00, true, TestName = "ZRouteCursus_Exactly800_IsReached")]
    public void ZRouteCursus_Boundary(decimal uren, bool expected)
    {
        var totalen = Totalen((UrenSoort.Nt2Fysiek, uren - 100m, false), (UrenSoort.Knm, 60m, false), (UrenSoort.Alfabetisering, 40m, false));

        Assert.That(UrenDrempels.ZRouteCursusBereikt(totalen, 800m), Is.EqualTo(expected));
    }

    [TestCase(799.75, false, TestName = "ZRouteParticipatie_QuarterBelow800_IsNotReached")]
    [TestCase(800.00, true, TestName = "ZRouteParticipatie_Exactly800_IsReached")]
    public void ZRouteParticipatie_Boundary(decimal uren, bool expected)
    {
        var totalen = Totalen((UrenSoort.Participatie, uren, false));

        Assert.That(UrenDrempels.ZRouteParticipatieBereikt(totalen, 800m), Is.EqualTo(expected));
    }

    internal static UrenTotalen Totalen(params (UrenSoort Soort, decimal Uren, bool MetKeurmerk)[] regels) =>
        UrenTotalen.Van(regels.Select(r => new Urenregel
        {
            Id = Guid.NewGuid(),
            Gemeente = "0599",
            Soort = r.Soort,
            PeriodeVan = new DateOnly(2026, 1, 1),
            PeriodeTot = new DateOnly(2026, 11, 30),
            Uren = r.Uren,
            MetKeurmerk = r.MetKeurmerk,
            GeregistreerdDoor = "test",
        }));
}
