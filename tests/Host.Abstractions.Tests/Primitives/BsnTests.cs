
namespace Host.Abstractions.Tests.Primitives;

[TestFixture]
public sealed class BsnTests
{
    [TestCase("999993653", "999993653")]
    [TestCase("000009921", "000009921")]
    [TestCase("999999333", "999999333")]
    public void TryParse_ValidBsn_KeepsAllNineDigits(string input, string expected)
    {
        var parsed = Bsn.TryParse(input, out var bsn, out var error);

        Assert.That(parsed, Is.True);
        Assert.That(bsn.Value, Is.EqualTo(expected));
        Assert.That(error, Is.Null);
    }

    [TestCase("00009921", "000009921")]
    [TestCase("99999333", null)]
    public void TryParse_EightDigits_AddsOneLeadingZero(string input, string? expected)
    {
        var parsed = Bsn.TryParse(input, out var bsn, out var error);

        if (expected is null)
        {
            Assert.That(parsed, Is.False, "099999333 fails the elfproef");
            Assert.That(error, Is.EqualTo(BsnError.CheckDigit));
            return;
        }

        Assert.That(parsed, Is.True);
        Assert.That(bsn.Value, Is.EqualTo(expected));
    }

    [TestCase("9999.93.653")]
    [TestCase("999 993 653")]
    [TestCase(" 999-993-653 ")]
    [TestCase("9999 93 653\t")]
    public void TryParse_FormattingCharacters_AreRemoved(string input)
    {
        var parsed = Bsn.TryParse(input, out var bsn, out _);

        Assert.That(parsed, Is.True);
        Assert.That(bsn.Value, Is.EqualTo("999993653"));
    }

    [TestCase("999993654", BsnError.CheckDigit)]
    [TestCase("123456789", BsnError.CheckDigit)]
    [TestCase("000000000", BsnError.AllZeros)]
    [TestCase("00000000", BsnError.AllZeros)]
    [TestCase("9921", BsnError.WrongLength)]
    [TestCase("9999936", BsnError.WrongLength)]
    [TestCase("9999936530", BsnError.WrongLength)]
    [TestCase("99999365a", BsnError.NotDigits)]
    [TestCase("BSN999993653", BsnError.NotDigits)]
    [TestCase("٩٩٩٩٩٣٦٥٣", BsnError.NotDigits)]
    [TestCase("", BsnError.Missing)]
    [TestCase("  . ", BsnError.Missing)]
    [TestCase(null, BsnError.Missing)]
    public void TryParse_InvalidInput_ReturnsError(string? input, BsnError expected)
    {
        var parsed = Bsn.TryParse(input, out var bsn, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(bsn, Is.EqualTo(default(Bsn)));
    }

    [Test]
    public void Parse_InvalidBsn_OmitsValueFromMessage()
    {
        var exception = Assert.Throws<FormatException>(() => Bsn.Parse("999993654"));

        Assert.That(exception.Message, Is.EqualTo("The value is not a valid BSN: CheckDigit."));
    }

    [Test]
    public void Value_OfDefault_Throws()
    {
        var bsn = default(Bsn);

        Assert.Throws<InvalidOperationException>(() => _ = bsn.Value);
    }

    [Test]
    public void ToString_KeepsLeadingZeros()
    {
        var bsn = Bsn.Parse("000009921");

        Assert.That(bsn.ToString(), Is.EqualTo("000009921"));
    }

    [TestCase(BsnError.Missing, "Vul een BSN in.")]
    [TestCase(BsnError.WrongLength, "Een BSN heeft 9 cijfers; 8 cijfers krijgen een voorloopnul.")]
    [TestCase(BsnError.CheckDigit, "Dit BSN is ongeldig: het voldoet niet aan de elfproef.")]
    public void ErrorMessage_SaysWhatIsWrongInDutch(BsnError error, string start)
    {
        var message = BsnErrorMessages.For(error);

        Assert.That(message.Nl, Does.StartWith(start));
    }
}
