using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>The kinds of hours a delivered row adds to the dossier.</summary>
public sealed class UrenUitMeldingTests
{
    [TestCase("Knm", "Knm")]
    [TestCase("Alfabetisering", "Alfabetisering")]
    [TestCase("Pvt", "Pvt")]
    [TestCase("Map", "MapPraktijk")]
    [TestCase("Participatie", "Participatie")]
    public void Van_OtherOnderdeel_AddsInPersonAndOnline(string onderdeel, string soort)
    {
        var uren = UrenUitMelding.Van(Melding(Enum.Parse<Cursusonderdeel>(onderdeel), 3.25m, 1.5m)).ToList();

        Assert.That(uren, Is.EqualTo(new[] { (Enum.Parse<UrenSoort>(soort), 4.75m) }));
    }

    [Test]
    public void Van_Taal_SplitsInPersonAndOnline()
    {
        var uren = UrenUitMelding.Van(Melding(Cursusonderdeel.Taal, 3.25m, 1.5m)).ToList();

        Assert.That(uren, Is.EqualTo(new[] { (UrenSoort.Nt2Fysiek, 3.25m), (UrenSoort.Nt2Online, 1.5m) }));
    }

    [Test]
    public void Van_TaalOnlyOnline_SkipsInPerson()
    {
        var uren = UrenUitMelding.Van(Melding(Cursusonderdeel.Taal, 0m, 2m)).ToList();

        Assert.That(uren, Is.EqualTo(new[] { (UrenSoort.Nt2Online, 2m) }));
    }

    [TestCase("Taal")]
    [TestCase("Knm")]
    public void Van_NoHours_IsEmpty(string onderdeel)
    {
        Assert.That(UrenUitMelding.Van(Melding(Enum.Parse<Cursusonderdeel>(onderdeel), 0m, 0m)), Is.Empty);
    }

    private static Voortgangsmelding Melding(Cursusonderdeel onderdeel, decimal fysiek, decimal online) => new()
    {
        Gemeente = "0599",
        Onderdeel = onderdeel,
        UrenAangeboden = 10m,
        UrenGevolgdFysiek = fysiek,
        UrenGevolgdOnline = online,
    };
}
