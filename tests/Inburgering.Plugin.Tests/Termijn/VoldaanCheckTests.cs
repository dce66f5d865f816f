using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Tests.Termijn;

public sealed class VoldaanCheckTests
{
    [TestCase(nameof(Leerroute.B1Route), true, true, true, new string[0], TestName = "Beoordeel_B1RouteAllDone_IsVoldaan")]
    [TestCase(nameof(Leerroute.ZRoute), true, true, true, new string[0], TestName = "Beoordeel_ZRouteAllDone_IsVoldaan")]
    [TestCase(nameof(Leerroute.Onderwijsroute), true, true, false, new string[0], TestName = "Beoordeel_OnderwijsrouteWithoutMap_IsVoldaan")]
    [TestCase(nameof(Leerroute.B1Route), true, true, false, new[] { "Map" }, TestName = "Beoordeel_B1RouteWithoutMap_MissesMap")]
    [TestCase(nameof(Leerroute.ZRoute), true, false, true, new[] { "Pvt" }, TestName = "Beoordeel_ZRouteWithoutPvt_MissesPvt")]
    [TestCase(nameof(Leerroute.Onderwijsroute), false, false, false, new[] { "Leerroute", "Pvt" }, TestName = "Beoordeel_OnderwijsrouteNothingDone_NeverMissesMap")]
    [TestCase(nameof(Leerroute.B1Route), false, false, false, new[] { "Leerroute", "Pvt", "Map" }, TestName = "Beoordeel_B1RouteNothingDone_MissesAll")]
    public void Beoordeel_Combination_ListsMissingParts(string leerroute, bool leerrouteAfgerond, bool pvt, bool map, string[] ontbreekt)
    {
        var uitkomst = VoldaanCheck.Beoordeel(new VoldaanInvoer(Enum.Parse<Leerroute>(leerroute), leerrouteAfgerond, pvt, map));

        Assert.That(uitkomst.IsBekend, Is.True);
        Assert.That(uitkomst.Ontbreekt.Select(o => o.ToString()), Is.EqualTo(ontbreekt));
        Assert.That(uitkomst.IsVoldaan, Is.EqualTo(ontbreekt.Length == 0));
    }

    [Test]
    public void Beoordeel_NoLeerroute_MissesLeerrouteAndMap()
    {
        var uitkomst = VoldaanCheck.Beoordeel(new VoldaanInvoer(null, true, true, false));

        Assert.That(uitkomst.Ontbreekt, Is.EqualTo(new[] { VoldaanOnderdeel.GeenLeerroute, VoldaanOnderdeel.Map }));
        Assert.That(uitkomst.IsVoldaan, Is.False);
    }

    [Test]
    public void Beoordeel_UnknownProgress_IsNotVoldaan()
    {
        var uitkomst = VoldaanCheck.Beoordeel(null);

        Assert.That(uitkomst.IsBekend, Is.False);
        Assert.That(uitkomst.IsVoldaan, Is.False);
        Assert.That(VoldaanTekst.Van(uitkomst).Nl, Does.StartWith("De voortgang van de onderdelen is nog niet bekend"));
    }

    [Test]
    public void VoldaanTekst_MissingParts_NamesEach()
    {
        var tekst = VoldaanTekst.Van(new VoldaanUitkomst(true, [VoldaanOnderdeel.Pvt, VoldaanOnderdeel.Map]));

        Assert.That(tekst.Nl, Is.EqualTo("Nog niet voldaan: het participatieverklaringstraject (PVT) is niet afgerond; de Module Arbeidsmarkt en Participatie (MAP) is niet afgerond."));
    }
}
