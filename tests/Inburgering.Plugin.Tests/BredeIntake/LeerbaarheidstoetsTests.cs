using System.Globalization;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Tests.BredeIntake;

/// <summary>The cesuur in force on the test date, the outcome and the advice, on the days around 12 April 2023.</summary>
public sealed class LeerbaarheidstoetsTests
{
    [TestCase("2023-04-11", 31)]
    [TestCase("2023-04-12", 28)]
    [TestCase("2023-04-13", 28)]
    [TestCase("2022-01-01", 31)]
    [TestCase("2024-02-29", 28)]
    public void CesuurOp_TestDate_IsCesuurInForce(string toetsdatum, int cesuur)
    {
        Assert.That(Leerbaarheidstoets.CesuurOp(DateOnly.Parse(toetsdatum, CultureInfo.InvariantCulture)), Is.EqualTo(cesuur));
    }

    [TestCase("2023-04-11", 27, false)]
    [TestCase("2023-04-11", 28, false)]
    [TestCase("2023-04-11", 30, false)]
    [TestCase("2023-04-11", 31, true)]
    [TestCase("2023-04-12", 27, false)]
    [TestCase("2023-04-12", 28, true)]
    [TestCase("2023-04-12", 30, true)]
    [TestCase("2023-04-12", 31, true)]
    [TestCase("2023-04-13", 27, false)]
    [TestCase("2023-04-13", 28, true)]
    [TestCase("2023-04-13", 30, true)]
    [TestCase("2023-04-13", 31, true)]
    [TestCase("2024-02-29", 27, false)]
    [TestCase("2024-02-29", 28, true)]
    public void Uitslag_UsesCesuurOfTestDate(string toetsdatum, int score, bool haalbaar)
    {
        var uitslag = Leerbaarheidstoets.Uitslag(score, DateOnly.Parse(toetsdatum, CultureInfo.InvariantCulture));

        Assert.That(uitslag.Score, Is.EqualTo(score));
        Assert.That(uitslag.Datum, Is.EqualTo(DateOnly.Parse(toetsdatum, CultureInfo.InvariantCulture)));
        Assert.That(uitslag.B1RouteHaalbaar, Is.EqualTo(haalbaar));
        Assert.That(RouteAdvies.Voor(uitslag), Is.EqualTo(haalbaar ? Leerroute.B1Route : Leerroute.ZRoute));
    }

    [TestCase(-1)]
    [TestCase(41)]
    public void Uitslag_ScoreOutsideZeroToForty_Throws(int score)
    {
        Assert.That(() => Leerbaarheidstoets.Uitslag(score, new DateOnly(2023, 4, 12)), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(0, false)]
    [TestCase(40, true)]
    public void Uitslag_ScoreAtBounds_IsAccepted(int score, bool haalbaar)
    {
        Assert.That(Leerbaarheidstoets.Uitslag(score, new DateOnly(2023, 4, 12)).B1RouteHaalbaar, Is.EqualTo(haalbaar));
    }

    [TestCase("2024-02-28", true)]
    [TestCase("2024-02-29", true)]
    [TestCase("2024-03-01", false)]
    [TestCase("2022-01-01", true)]
    [TestCase("2021-12-31", false)]
    public void ToetsdatumFout_OnLeapDay(string toetsdatum, bool valid)
    {
        var fout = Leerbaarheidstoets.ToetsdatumFout(DateOnly.Parse(toetsdatum, CultureInfo.InvariantCulture), new DateOnly(2024, 2, 29));

        Assert.That(fout is null, Is.EqualTo(valid));
    }

    [Test]
    public void ToetsdatumFout_Tomorrow_NamesToday()
    {
        var fout = Leerbaarheidstoets.ToetsdatumFout(new DateOnly(2024, 3, 1), new DateOnly(2024, 2, 29));

        Assert.That(fout!.Nl, Is.EqualTo("De datum van de leerbaarheidstoets ligt in de toekomst. Vul de dag in waarop de toets is afgenomen, uiterlijk vandaag (29 februari 2024)."));
        Assert.That(fout.En, Is.EqualTo("The date of the learnability test lies in the future. Enter the day the test was taken, today (29 February 2024) at the latest."));
    }
}
