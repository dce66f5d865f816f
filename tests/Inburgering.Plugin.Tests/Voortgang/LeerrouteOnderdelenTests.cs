using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Tests.Voortgang;

public sealed class LeerrouteOnderdelenTests
{
    [Test]
    public void HeeftMap_PerLeerroute()
    {
        Assert.That(LeerrouteOnderdelen.HeeftMap(Leerroute.B1Route), Is.True);
        Assert.That(LeerrouteOnderdelen.HeeftMap(Leerroute.ZRoute), Is.True);
        Assert.That(LeerrouteOnderdelen.HeeftMap(Leerroute.Onderwijsroute), Is.False);
        Assert.That(LeerrouteOnderdelen.HeeftMap(null), Is.True);
    }

    [Test]
    public void HeeftZRouteEindgesprek_PerLeerroute()
    {
        Assert.That(LeerrouteOnderdelen.HeeftZRouteEindgesprek(Leerroute.ZRoute), Is.True);
        Assert.That(LeerrouteOnderdelen.HeeftZRouteEindgesprek(Leerroute.B1Route), Is.False);
        Assert.That(LeerrouteOnderdelen.HeeftZRouteEindgesprek(Leerroute.Onderwijsroute), Is.False);
        Assert.That(LeerrouteOnderdelen.HeeftZRouteEindgesprek(null), Is.True);
    }

    [Test]
    public void HeeftTaalschakeltraject_PerLeerroute()
    {
        Assert.That(LeerrouteOnderdelen.HeeftTaalschakeltraject(Leerroute.Onderwijsroute), Is.True);
        Assert.That(LeerrouteOnderdelen.HeeftTaalschakeltraject(Leerroute.B1Route), Is.False);
        Assert.That(LeerrouteOnderdelen.HeeftTaalschakeltraject(Leerroute.ZRoute), Is.False);
        Assert.That(LeerrouteOnderdelen.HeeftTaalschakeltraject(null), Is.True);
    }
}
