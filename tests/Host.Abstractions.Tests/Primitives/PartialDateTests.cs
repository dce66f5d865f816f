using System.Globalization;

namespace Host.Abstractions.Tests.Primitives;

[TestFixture]
public sealed class PartialDateTests
{
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    [TestCase("19851201", 1985, 12, 1)]
    [TestCase("19681200", 1968, 12, null)]
    [TestCase("19680000", 1968, null, null)]
    [TestCase("00000000", null, null, null)]
    public void TryParseBrp_KeepsUnknownPartsUnknown(string text, int? year, int? month, int? day)
    {
        var parsed = PartialDate.TryParseBrp(text, out var date);

        Assert.That(parsed, Is.True);
        Assert.That(date.Year, Is.EqualTo(year));
        Assert.That(date.Month, Is.EqualTo(month));
        Assert.That(date.Day, Is.EqualTo(day));
    }

    [TestCase("19851201", "1 december 1985", "1 December 1985")]
    [TestCase("19681200", "december 1968", "December 1968")]
    [TestCase("19680000", "1968", "1968")]
    [TestCase("00000000", "onbekend", "unknown")]
    public void ToDisplayString_ShowsOnlyKnownParts(string text, string dutch, string english)
    {
        Assert.That(PartialDate.TryParseBrp(text, out var date), Is.True);

        Assert.That(date.ToDisplayString(s_dutch), Is.EqualTo(dutch));
        Assert.That(date.ToDisplayString(s_english), Is.EqualTo(english));
    }

    [TestCase("19680000")]
    [TestCase("00000000")]
    public void ToDateOnly_OfPartialDate_IsNull(string text)
    {
        Assert.That(PartialDate.TryParseBrp(text, out var date), Is.True);

        Assert.That(date.ToDateOnly(), Is.Null, "a partial date is never turned into 1 January");
    }

    [TestCase("19851201")]
    [TestCase("19681200")]
    [TestCase("19680000")]
    [TestCase("00000000")]
    public void ToBrpString_RoundTrips(string text)
    {
        Assert.That(PartialDate.TryParseBrp(text, out var date), Is.True);

        Assert.That(date.ToBrpString(), Is.EqualTo(text));
    }

    [TestCase("1985120")]
    [TestCase("198512011")]
    [TestCase("1985-12-")]
    [TestCase("19851301")]
    [TestCase("19850231")]
    [TestCase("00001201")]
    [TestCase("19850001")]
    [TestCase(null)]
    public void TryParseBrp_InvalidText_ReturnsFalse(string? text)
    {
        var parsed = PartialDate.TryParseBrp(text, out var date);

        Assert.That(parsed, Is.False);
        Assert.That(date, Is.EqualTo(PartialDate.Unknown));
    }
}
