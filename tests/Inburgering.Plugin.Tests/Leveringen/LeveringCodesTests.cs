using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Tests.Leveringen;

public sealed class LeveringCodesTests
{
    [Test]
    public void Code_EveryCursusonderdeel_RoundTrips()
    {
        foreach (var onderdeel in Enum.GetValues<Cursusonderdeel>())
        {
            Assert.That(LeveringCodes.Onderdelen[LeveringCodes.Code(onderdeel)], Is.EqualTo(onderdeel));
        }
    }

    [Test]
    public void Code_EveryExamenonderdeel_RoundTrips()
    {
        foreach (var onderdeel in Enum.GetValues<Examenonderdeel>())
        {
            Assert.That(LeveringCodes.Examenonderdelen[LeveringCodes.Code(onderdeel)], Is.EqualTo(onderdeel));
        }
    }

    [Test]
    public void Code_EveryExamenUitkomst_RoundTrips()
    {
        foreach (var resultaat in Enum.GetValues<ExamenUitkomst>())
        {
            Assert.That(LeveringCodes.Examenresultaten[LeveringCodes.Code(resultaat)], Is.EqualTo(resultaat));
        }
    }

    [Test]
    public void Niveaus_CoverEveryLevel()
    {
        Assert.That(LeveringCodes.Niveaus.Values, Is.EquivalentTo(Enum.GetValues<Vaardigheidsniveau>()));
    }

    [Test]
    public void Codes_AreWrittenInCapitals()
    {
        Assert.That(LeveringCodes.Code(Cursusonderdeel.Alfabetisering), Is.EqualTo("ALFA"));
        Assert.That(LeveringCodes.Code(Examenonderdeel.Knm), Is.EqualTo("KNM"));
        Assert.That(LeveringCodes.Code(ExamenUitkomst.NietBehaald), Is.EqualTo("NIET_BEHAALD"));
        Assert.That(LeveringCodes.Leerroutes, Is.EqualTo(new[] { "B1", "ONDERWIJS", "Z" }));
    }
}
