using Microsoft.Extensions.Logging.Abstractions;
using SampleHost.Brp.StandIn;

namespace SampleHost.Tests.Brp;

/// <summary>Reading the RvIG test set that ships in SampleHost's output folder.</summary>
[TestFixture]
public sealed class RvigTestSetTests
{
    private RvigTestSet _testSet = null!;

    [OneTimeSetUp]
    public void LoadTestSet() => _testSet = new RvigTestSet(RvigTestSet.DefaultPath, NullLogger<RvigTestSet>.Instance);

    [Test]
    public void Count_OfShippedFile_IsDistinctBsns()
    {
        var count = _testSet.Count;

        Assert.That(count, Is.EqualTo(680));
    }

    [Test]
    public void Find_Moulin_ReturnsNameBirthAndSex()
    {
        var persoon = _testSet.Find("999993653");

        Assert.That(persoon, Is.Not.Null);
        Assert.That(persoon!.Burgerservicenummer, Is.EqualTo("999993653"));
        Assert.That(persoon.Voornamen, Is.EqualTo("Suzanne"));
        Assert.That(persoon.Voorvoegsel, Is.Null);
        Assert.That(persoon.Geslachtsnaam, Is.EqualTo("Moulin"));
        Assert.That(persoon.Geboortedatum, Is.EqualTo("19851201"));
        Assert.That(persoon.Geboorteplaats, Is.EqualTo("Thann"));
        Assert.That(persoon.Geboorteland, Is.EqualTo("5001"));
        Assert.That(persoon.Geslacht, Is.EqualTo("V"));
    }

    [Test]
    public void Find_Moulin_ReturnsCurrentAddressNotHistory()
    {
        var verblijfplaats = _testSet.Find("999993653")?.Verblijfplaats;

        Assert.That(verblijfplaats, Is.Not.Null);
        Assert.That(verblijfplaats!.GemeenteVanInschrijving, Is.EqualTo("0599"));
        Assert.That(verblijfplaats.DatumInschrijving, Is.EqualTo("20131102"));
        Assert.That(verblijfplaats.Straatnaam, Is.EqualTo("Boterdiep"));
        Assert.That(verblijfplaats.NaamOpenbareRuimte, Is.EqualTo("Boterdiep"));
        Assert.That(verblijfplaats.Huisnummer, Is.EqualTo(31));
        Assert.That(verblijfplaats.Huisletter, Is.Null);
        Assert.That(verblijfplaats.Huisnummertoevoeging, Is.Null);
        Assert.That(verblijfplaats.Postcode, Is.EqualTo("3077AW"));
        Assert.That(verblijfplaats.Woonplaats, Is.EqualTo("Rotterdam"));
        Assert.That(verblijfplaats.Locatiebeschrijving, Is.Null);
    }

    [Test]
    public void Find_Moulin_ReturnsFrenchNationality()
    {
        var nationaliteiten = _testSet.Find("999993653")?.Nationaliteiten;

        Assert.That(nationaliteiten, Is.Not.Null);
        Assert.That(nationaliteiten!.Select(nationaliteit => nationaliteit.Code), Is.EqualTo(new List<string> { "0057" }));
        Assert.That(nationaliteiten[0].RedenBeeindigen, Is.Null);
    }

    [Test]
    public void Find_WithLeadingZeros_ReturnsVanDenOever()
    {
        var persoon = _testSet.Find("000009921");

        Assert.That(persoon, Is.Not.Null);
        Assert.That(persoon!.Burgerservicenummer, Is.EqualTo("000009921"));
        Assert.That(persoon.Voornamen, Is.EqualTo("Erik"));
        Assert.That(persoon.Voorvoegsel, Is.EqualTo("van den"));
        Assert.That(persoon.Geslachtsnaam, Is.EqualTo("Oever"));
        Assert.That(persoon.Geboortedatum, Is.EqualTo("19211009"));
        Assert.That(persoon.Geboorteplaats, Is.EqualTo("0947"));
    }

    [Test]
    public void Find_VanDenOever_ReturnsLocation()
    {
        var verblijfplaats = _testSet.Find("000009921")?.Verblijfplaats;

        Assert.That(verblijfplaats, Is.Not.Null);
        Assert.That(verblijfplaats!.Locatiebeschrijving, Is.EqualTo("Woonboot in de Grote Sloot"));
        Assert.That(verblijfplaats.GemeenteVanInschrijving, Is.EqualTo("0518"));
        Assert.That(verblijfplaats.Woonplaats, Is.Null);
    }

    [TestCase("999992806", "19680000")]
    [TestCase("999990482", "19990000")]
    public void Find_WithPartialBirthDate_KeepsZeros(string bsn, string geboortedatum)
    {
        var persoon = _testSet.Find(bsn);

        Assert.That(persoon?.Geboortedatum, Is.EqualTo(geboortedatum));
    }

    [Test]
    public void Find_WithHouseLetter_ReturnsIt()
    {
        var verblijfplaats = _testSet.Find("999993550")?.Verblijfplaats;

        Assert.That(verblijfplaats?.Straatnaam, Is.EqualTo("Kerkstraat"));
        Assert.That(verblijfplaats?.Huisnummer, Is.EqualTo(158));
        Assert.That(verblijfplaats?.Huisletter, Is.EqualTo("H"));
        Assert.That(verblijfplaats?.Postcode, Is.EqualTo("1017GS"));
        Assert.That(verblijfplaats?.Woonplaats, Is.EqualTo("Amsterdam"));
    }

    [Test]
    public void Find_WithEndedSecondNationality_SkipsHistoryRows()
    {
        // Current Dutch nationality, then a current occurrence ended in 2015 whose history rows hold the
        // Hungarian nationality (0061). The history must not show up as current.
        var nationaliteiten = _testSet.Find("999991358")?.Nationaliteiten;

        Assert.That(nationaliteiten, Is.Not.Null);
        Assert.That(nationaliteiten!, Has.Count.EqualTo(2));
        Assert.That(nationaliteiten[0].Code, Is.EqualTo("0001"));
        Assert.That(nationaliteiten[0].RedenBeeindigen, Is.Null);
        Assert.That(nationaliteiten[1].Code, Is.Null);
        Assert.That(nationaliteiten[1].RedenBeeindigen, Is.EqualTo("404"));
    }

    [Test]
    public void Find_WithBijzonderNederlanderschap_ReturnsIt()
    {
        var nationaliteiten = _testSet.Find("999992806")?.Nationaliteiten;

        Assert.That(nationaliteiten, Is.Not.Null);
        Assert.That(nationaliteiten!.Select(nationaliteit => nationaliteit.Code), Is.EqualTo(new List<string?> { "0334", null, null }));
        Assert.That(nationaliteiten[2].BijzonderNederlanderschap, Is.EqualTo("V"));
    }

    [Test]
    public void Find_WithUnknownBsn_ReturnsNull()
    {
        var persoon = _testSet.Find("111222333");

        Assert.That(persoon, Is.Null);
    }

    [Test]
    public void Find_WithMissingFile_ThrowsFileNotFound()
    {
        var testSet = new RvigTestSet(Path.Combine(AppContext.BaseDirectory, "Brp", "Data", "missing.csv"), NullLogger<RvigTestSet>.Instance);

        Assert.That(() => testSet.Find("999993653"), Throws.TypeOf<FileNotFoundException>());
    }
}
