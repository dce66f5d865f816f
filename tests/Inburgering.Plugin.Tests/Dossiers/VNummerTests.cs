using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Tests.Dossiers;

public sealed class VNummerTests
{
    [TestCase("1234567890", "1234567890")]
    [TestCase("12.34.56.7890", "1234567890")]
    [TestCase(" 12 3456 7890 ", "1234567890")]
    [TestCase("0000000001", "0000000001")]
    public void TryParse_TenDigits_ReturnsDigits(string input, string expected)
    {
        var parsed = VNummer.TryParse(input, out var vnummer, out var error);

        Assert.That(parsed, Is.True);
        Assert.That(vnummer.Value, Is.EqualTo(expected));
        Assert.That(error, Is.Null);
    }

    [TestCase("123456789")]
    [TestCase("12345678901")]
    [TestCase("V123456789")]
    [TestCase("1234-567890")]
    public void TryParse_NotTenDigits_ExplainsFormat(string input)
    {
        var parsed = VNummer.TryParse(input, out _, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(error?.Nl, Does.StartWith("Een V-nummer heeft 10 cijfers, zoals 1234567890"));
        Assert.That(error?.En, Does.StartWith("A V-nummer has 10 digits, such as 1234567890"));
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void TryParse_Empty_AsksForVNummer(string? input)
    {
        var parsed = VNummer.TryParse(input, out _, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(error?.Nl, Is.EqualTo("Vul een V-nummer in. Een V-nummer heeft 10 cijfers."));
    }

    [Test]
    public void Value_OfDefault_Throws()
    {
        Assert.That(() => default(VNummer).Value, Throws.InvalidOperationException);
    }
}
