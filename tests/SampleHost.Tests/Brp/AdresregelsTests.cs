using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Tests.Brp;

/// <summary>Composing address lines by the NEN 5825 rules of the Personen API.</summary>
[TestFixture]
public sealed class AdresregelsTests
{
    [TestCase("Boterdiep", null, 31, null, null, "Boterdiep 31")]
    [TestCase("Kerkstraat", null, 158, "H", null, "Kerkstraat 158 H")]
    [TestCase("Daniël Stalpertstraat", null, 35, null, "III", "Daniël Stalpertstraat 35 III")]
    [TestCase("Atatürkstraat", null, 9, null, "2", "Atatürkstraat 9-2")]
    [TestCase("St. Jacobsstraat", null, 400, "L", "Toe", "St. Jacobsstraat 400 LToe")]
    [TestCase("Cronus", null, 555, "B", "73c", "Cronus 555 B73c")]
    [TestCase("Graan voor Visch", "by", 15201, null, null, "Graan voor Visch bij 15201")]
    [TestCase("1e Exloërmond", "to", 3, null, null, "1e Exloërmond t/o 3")]
    public void Regel1_WithStreetAndNumber_ComposesLine(string straat, string? aanduiding, int huisnummer, string? huisletter, string? toevoeging, string expected)
    {
        var regel1 = Adresregels.Regel1(straat, aanduiding, huisnummer, huisletter, toevoeging);

        Assert.That(regel1, Is.EqualTo(expected));
    }

    [TestCase(null, 88)]
    [TestCase("", 88)]
    [TestCase(".", 88)]
    [TestCase("Jonkheer van Riemsdijkln", 0)]
    [TestCase("Jonkheer van Riemsdijkln", null)]
    public void Regel1_WithoutStreetOrNumber_ReturnsNull(string? straat, int? huisnummer)
    {
        var regel1 = Adresregels.Regel1(straat, null, huisnummer, null, null);

        Assert.That(regel1, Is.Null);
    }

    [TestCase("3077AW", "Rotterdam", "3077 AW  ROTTERDAM")]
    [TestCase("2584BZ", "'s-Gravenhage", "2584 BZ  'S-GRAVENHAGE")]
    [TestCase(null, "'s-Gravenhage", "'S-GRAVENHAGE")]
    [TestCase("1000", "Bruxelles", "1000  BRUXELLES")]
    public void Regel2_WithTown_ComposesLine(string? postcode, string woonplaats, string expected)
    {
        var regel2 = Adresregels.Regel2(postcode, woonplaats);

        Assert.That(regel2, Is.EqualTo(expected));
    }

    [Test]
    public void Regel2_WithoutTown_ReturnsNull()
    {
        var regel2 = Adresregels.Regel2("3077AW", null);

        Assert.That(regel2, Is.Null);
    }
}
