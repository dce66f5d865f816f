using Inburgering.Plugin.Aanbieders;

namespace Inburgering.Plugin.Tests.Aanbieders;

public sealed class AanbiederOrganisatieTests
{
    [Test]
    public void TryParse_KvkOnly_HasNoVestiging()
    {
        var parsed = AanbiederOrganisatie.TryParse("90059901", out var organisatie);

        Assert.That(parsed, Is.True);
        Assert.That(organisatie, Is.EqualTo(new AanbiederOrganisatie("90059901", null)));
    }

    [Test]
    public void TryParse_KvkAndVestiging_HasBoth()
    {
        var parsed = AanbiederOrganisatie.TryParse(" 90059901/000012345678 ", out var organisatie);

        Assert.That(parsed, Is.True);
        Assert.That(organisatie, Is.EqualTo(new AanbiederOrganisatie("90059901", "000012345678")));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("9005990")]
    [TestCase("900599011")]
    [TestCase("9005990A")]
    [TestCase("90059901/")]
    [TestCase("90059901/00001234567")]
    [TestCase("90059901/0000123456789")]
    [TestCase("90059901/000012345678/1")]
    [TestCase("/000012345678")]
    [TestCase("９００５９９０１")]
    public void TryParse_InvalidValue_ReturnsFalse(string? value)
    {
        var parsed = AanbiederOrganisatie.TryParse(value, out var organisatie);

        Assert.That(parsed, Is.False);
        Assert.That(organisatie, Is.Null);
    }

    [TestCase(null, null, true)]
    [TestCase(null, "000012345678", true)]
    [TestCase("000012345678", null, true)]
    [TestCase("000012345678", "000012345678", true)]
    [TestCase("000012345678", "000087654321", false)]
    public void Omvat_SameKvk_MatchesVestiging(string? loginVestiging, string? aanbiederVestiging, bool expected)
    {
        var organisatie = new AanbiederOrganisatie("90059901", loginVestiging);

        Assert.That(organisatie.Omvat(Aanbieder("90059901", aanbiederVestiging)), Is.EqualTo(expected));
    }

    [Test]
    public void Omvat_OtherKvk_ReturnsFalse()
    {
        var organisatie = new AanbiederOrganisatie("90059901", null);

        Assert.That(organisatie.Omvat(Aanbieder("90059902", null)), Is.False);
    }

    private static Aanbieder Aanbieder(string kvk, string? vestigingsnummer) => new()
    {
        Gemeente = "0599",
        Naam = "Taalschool De Brug",
        KvkNummer = kvk,
        Vestigingsnummer = vestigingsnummer,
        GeregistreerdDoor = "beheerder-1",
    };
}
