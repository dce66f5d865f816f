using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Tests.BredeIntake;

public sealed class RouteAdviesTests
{
    [Test]
    public void Voor_NoResult_GivesNoAdvice()
    {
        Assert.That(RouteAdvies.Voor(null), Is.Null);
    }

    [Test]
    public void Voor_ScoreAtCesuur_AdvisesB1Route()
    {
        Assert.That(RouteAdvies.Voor(new ToetsUitslag(28, new DateOnly(2023, 4, 12), 28)), Is.EqualTo(Leerroute.B1Route));
    }

    [Test]
    public void Voor_ScoreBelowCesuur_AdvisesZRoute()
    {
        Assert.That(RouteAdvies.Voor(new ToetsUitslag(30, new DateOnly(2023, 4, 11), 31)), Is.EqualTo(Leerroute.ZRoute));
    }

    [TestCase("B1Route", "B1Route", false)]
    [TestCase("B1Route", "ZRoute", true)]
    [TestCase("B1Route", "Onderwijsroute", true)]
    [TestCase("ZRoute", "ZRoute", false)]
    [TestCase("ZRoute", "B1Route", true)]
    [TestCase(null, "B1Route", true)]
    [TestCase(null, "ZRoute", true)]
    public void AfwijkingsredenNodig_ChoiceAgainstAdvice(string? advies, string gekozen, bool nodig)
    {
        Leerroute? advice = advies is null ? null : Enum.Parse<Leerroute>(advies);

        Assert.That(RouteAdvies.AfwijkingsredenNodig(advice, Enum.Parse<Leerroute>(gekozen)), Is.EqualTo(nodig));
    }
}
