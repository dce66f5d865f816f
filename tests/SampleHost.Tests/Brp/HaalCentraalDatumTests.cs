using System.Text.Json;
using Host.Abstractions;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Tests.Brp;

/// <summary>Converting partial dates to and from the Personen API's polymorphic date.</summary>
[TestFixture]
public sealed class HaalCentraalDatumTests
{
    [Test]
    public void FromPartialDate_WithCompleteDate_ReturnsDatum()
    {
        var datum = HaalCentraalDatum.FromPartialDate(PartialDate.FromDate(new DateOnly(1985, 12, 1)));

        Assert.That(datum.Type, Is.EqualTo("Datum"));
        Assert.That(datum.Datum, Is.EqualTo("1985-12-01"));
        Assert.That(datum.LangFormaat, Is.EqualTo("1 december 1985"));
        Assert.That(datum.Jaar, Is.Null);
    }

    [Test]
    public void FromPartialDate_WithYearAndMonth_ReturnsJaarMaandDatum()
    {
        var datum = HaalCentraalDatum.FromPartialDate(PartialDate.FromYearMonth(1995, 2));

        Assert.That(datum.Type, Is.EqualTo("JaarMaandDatum"));
        Assert.That(datum.Jaar, Is.EqualTo(1995));
        Assert.That(datum.Maand, Is.EqualTo(2));
        Assert.That(datum.LangFormaat, Is.EqualTo("februari 1995"));
        Assert.That(datum.Datum, Is.Null);
    }

    [Test]
    public void FromPartialDate_WithYearOnly_ReturnsJaarDatum()
    {
        var datum = HaalCentraalDatum.FromPartialDate(PartialDate.FromYear(1968));

        Assert.That(datum.Type, Is.EqualTo("JaarDatum"));
        Assert.That(datum.Jaar, Is.EqualTo(1968));
        Assert.That(datum.Maand, Is.Null);
        Assert.That(datum.LangFormaat, Is.EqualTo("1968"));
    }

    [Test]
    public void FromPartialDate_WithUnknownDate_ReturnsDatumOnbekend()
    {
        var datum = HaalCentraalDatum.FromPartialDate(PartialDate.Unknown);

        Assert.That(datum.Type, Is.EqualTo("DatumOnbekend"));
        Assert.That(datum.Onbekend, Is.True);
        Assert.That(datum.LangFormaat, Is.EqualTo("onbekend"));
    }

    [Test]
    public void ToPartialDate_WithEachType_ReturnsSameParts()
    {
        var dates = new[]
        {
            PartialDate.FromDate(new DateOnly(2013, 11, 2)),
            PartialDate.FromYearMonth(1995, 2),
            PartialDate.FromYear(1968),
            PartialDate.Unknown,
        };

        var roundTripped = dates.Select(date => HaalCentraalDatum.ToPartialDate(HaalCentraalDatum.FromPartialDate(date), "$.datum")).ToList();

        Assert.That(roundTripped, Is.EqualTo(dates.Cast<PartialDate?>()));
    }

    [Test]
    public void ToPartialDate_WithNull_ReturnsNull()
    {
        var date = HaalCentraalDatum.ToPartialDate(null, "$.datum");

        Assert.That(date, Is.Null);
    }

    [Test]
    public void ToPartialDate_WithMonthThirteen_ThrowsJsonExceptionWithPath()
    {
        var datum = new AbstractDatum { Type = "JaarMaandDatum", Jaar = 1968, Maand = 13 };

        var exception = Assert.Throws<JsonException>(() => HaalCentraalDatum.ToPartialDate(datum, "$.personen[0].geboorte.datum"));

        Assert.That(exception!.Path, Is.EqualTo("$.personen[0].geboorte.datum"));
        Assert.That(exception.Message, Does.Not.Contain("1968"));
    }

    [TestCase("1985-13-01")]
    [TestCase("01-12-1985")]
    [TestCase(null)]
    public void ToPartialDate_WithMalformedDatum_ThrowsJsonException(string? text)
    {
        var datum = new AbstractDatum { Type = "Datum", Datum = text };

        Assert.That(() => HaalCentraalDatum.ToPartialDate(datum, "$.datum"), Throws.TypeOf<JsonException>());
    }

    [Test]
    public void ToPartialDate_WithUnknownType_ThrowsJsonException()
    {
        var datum = new AbstractDatum { Type = "Tijdstip" };

        Assert.That(() => HaalCentraalDatum.ToPartialDate(datum, "$.datum"), Throws.TypeOf<JsonException>());
    }
}
