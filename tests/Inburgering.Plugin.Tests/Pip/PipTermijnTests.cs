using Inburgering.Plugin.Pip;

namespace Inburgering.Plugin.Tests.Pip;

public sealed class PipTermijnTests
{
    private static PipVerlenging Verlenging(DateOnly wachtSinds, DateOnly? ontvangenOp = null) =>
        new() { DossierId = Guid.Empty, Gemeente = "0599", Derde = "GGD", WachtSinds = wachtSinds, InformatieOntvangenOp = ontvangenOp, GewijzigdDoor = "medewerker-17" };

    [Test]
    public void Bepaal_DuoOnly_Is70DaysAfterKennisgeving()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, null);

        Assert.That(termijn.Stand, Is.EqualTo(PipTermijnStand.Lopend));
        Assert.That(termijn.Basis, Is.EqualTo(PipTermijnBasis.DuoKennisgeving));
        Assert.That(termijn.Basisdatum, Is.EqualTo(new DateOnly(2026, 9, 25)));
        Assert.That(termijn.UitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(termijn.OorspronkelijkeUitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
    }

    [Test]
    public void Bepaal_BrpLater_CountsFromBrp()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), new DateOnly(2026, 9, 26), null);

        Assert.That(termijn.Basis, Is.EqualTo(PipTermijnBasis.BrpInschrijving));
        Assert.That(termijn.Basisdatum, Is.EqualTo(new DateOnly(2026, 9, 26)));
        Assert.That(termijn.UitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 5)));
    }

    [TestCase(2026, 9, 25, TestName = "Bepaal_BrpSameDay_CountsFromDuo")]
    [TestCase(2026, 9, 24, TestName = "Bepaal_BrpEarlier_CountsFromDuo")]
    [TestCase(2013, 11, 5, TestName = "Bepaal_BrpYearsEarlier_CountsFromDuo")]
    public void Bepaal_BrpNotLater_CountsFromDuo(int year, int month, int day)
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), new DateOnly(year, month, day), null);

        Assert.That(termijn.Basis, Is.EqualTo(PipTermijnBasis.DuoKennisgeving));
        Assert.That(termijn.UitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
    }

    [Test]
    public void Bepaal_DuoUnknown_IsNogNietTeBepalen()
    {
        var termijn = PipTermijn.Bepaal(null, new DateOnly(2026, 9, 26), null);

        Assert.That(termijn.Stand, Is.EqualTo(PipTermijnStand.NogNietTeBepalen));
        Assert.That(termijn.Basis, Is.Null);
        Assert.That(termijn.UitersteDatum, Is.Null);
        Assert.That(termijn.IsVerstreken(new DateOnly(2030, 1, 1)), Is.False);
    }

    [TestCase("2028-01-01", "2028-03-11", TestName = "Bepaal_AcrossLeapFebruary_Counts29February")]
    [TestCase("2027-01-01", "2027-03-12", TestName = "Bepaal_AcrossCommonFebruary_Counts28Days")]
    [TestCase("2028-02-29", "2028-05-09", TestName = "Bepaal_From29February_Adds70Days")]
    [TestCase("2027-12-21", "2028-02-29", TestName = "Bepaal_EndingOn29February_EndsThatDay")]
    public void Bepaal_LeapYears_ExactDate(string kennisgeving, string uiterste)
    {
        var termijn = PipTermijn.Bepaal(DateOnly.Parse(kennisgeving, System.Globalization.CultureInfo.InvariantCulture), null, null);

        Assert.That(termijn.UitersteDatum, Is.EqualTo(DateOnly.Parse(uiterste, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(3, false, TestName = "IsVerstreken_OnDeadline_IsFalse")]
    [TestCase(2, false, TestName = "IsVerstreken_DayBefore_IsFalse")]
    [TestCase(4, true, TestName = "IsVerstreken_DayAfter_IsTrue")]
    public void IsVerstreken_AroundDeadline(int decemberDay, bool verstreken)
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 24), null, null);

        Assert.That(termijn.UitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(termijn.IsVerstreken(new DateOnly(2026, 12, decemberDay)), Is.EqualTo(verstreken));
    }

    [Test]
    public void Bepaal_WaitingForInformation_IsOpen()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, Verlenging(new DateOnly(2026, 11, 1)));

        Assert.That(termijn.Stand, Is.EqualTo(PipTermijnStand.VerlengdWachtOpInformatie));
        Assert.That(termijn.UitersteDatum, Is.Null);
        Assert.That(termijn.OorspronkelijkeUitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(termijn.IsVerstreken(new DateOnly(2027, 6, 1)), Is.False);
    }

    [Test]
    public void Bepaal_InformationArrived_Ends14DaysLater()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, Verlenging(new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 10)));

        Assert.That(termijn.Stand, Is.EqualTo(PipTermijnStand.Verlengd));
        Assert.That(termijn.UitersteDatum, Is.EqualTo(new DateOnly(2027, 1, 24)));
        Assert.That(termijn.IsVerstreken(new DateOnly(2027, 1, 24)), Is.False);
        Assert.That(termijn.IsVerstreken(new DateOnly(2027, 1, 25)), Is.True);
    }

    [Test]
    public void Bepaal_InformationArrivedEarly_KeepsOriginalDeadline()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, Verlenging(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 20)));

        Assert.That(termijn.Stand, Is.EqualTo(PipTermijnStand.Verlengd));
        Assert.That(termijn.UitersteDatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
    }

    [TestCase("2026-11-20", "2026-12-04", TestName = "Bepaal_ArrivedExactly14DaysBefore_EndsOnOriginal")]
    [TestCase("2026-11-21", "2026-12-05", TestName = "Bepaal_Arrived13DaysBefore_EndsDayAfterOriginal")]
    [TestCase("2028-02-15", "2028-02-29", TestName = "Bepaal_ArrivedMidFebruaryLeap_EndsOn29February")]
    public void Bepaal_ArrivalAroundBoundary_ExactDate(string ontvangen, string uiterste)
    {
        var ontvangenOp = DateOnly.Parse(ontvangen, System.Globalization.CultureInfo.InvariantCulture);
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, Verlenging(new DateOnly(2026, 10, 1), ontvangenOp));

        Assert.That(termijn.UitersteDatum, Is.EqualTo(DateOnly.Parse(uiterste, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void ControleerVerlengingStart_OnDeadline_IsAllowed()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, null);

        Assert.That(termijn.ControleerVerlengingStart(new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 10)), Is.Null);
    }

    [Test]
    public void ControleerVerlengingStart_DayAfterDeadline_IsRejected()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, null);

        var error = termijn.ControleerVerlengingStart(new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 10));

        Assert.That(error?.Nl, Is.EqualTo("Verlengen kan alleen als u vóór het verstrijken van de termijn op informatie van een derde ging wachten. De termijn verstreek na 4 december 2026; u vroeg de informatie op 5 december 2026."));
    }

    [Test]
    public void ControleerVerlengingStart_InFuture_IsRejected()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, null);

        var error = termijn.ControleerVerlengingStart(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1));

        Assert.That(error?.Nl, Does.StartWith("De datum waarop u om informatie vroeg (2 december 2026) ligt in de toekomst."));
    }

    [Test]
    public void ControleerVerlengingStart_BeforeBasis_IsRejected()
    {
        var termijn = PipTermijn.Bepaal(new DateOnly(2026, 9, 25), null, null);

        var error = termijn.ControleerVerlengingStart(new DateOnly(2026, 9, 24), new DateOnly(2026, 12, 1));

        Assert.That(error?.Nl, Does.StartWith("De datum waarop u om informatie vroeg (24 september 2026) ligt vóór de datum waarvan de termijn telt (25 september 2026)."));
    }

    [Test]
    public void ControleerVerlengingStart_DuoUnknown_IsRejected()
    {
        var termijn = PipTermijn.Bepaal(null, null, null);

        var error = termijn.ControleerVerlengingStart(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 1));

        Assert.That(error?.Nl, Does.StartWith("De uiterste datum is nog niet te bepalen"));
    }

    [TestCase("2026-10-31", false, TestName = "ControleerOntvangst_DayBeforeRequest_IsRejected")]
    [TestCase("2026-11-01", true, TestName = "ControleerOntvangst_OnRequestDay_IsAllowed")]
    [TestCase("2026-12-01", true, TestName = "ControleerOntvangst_Today_IsAllowed")]
    [TestCase("2026-12-02", false, TestName = "ControleerOntvangst_Tomorrow_IsRejected")]
    public void ControleerOntvangst_Dates(string ontvangen, bool allowed)
    {
        var error = PipTermijn.ControleerOntvangst(
            Verlenging(new DateOnly(2026, 11, 1)),
            DateOnly.Parse(ontvangen, System.Globalization.CultureInfo.InvariantCulture),
            new DateOnly(2026, 12, 1));

        Assert.That(error is null, Is.EqualTo(allowed));
    }
}
