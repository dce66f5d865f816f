using SampleHost.Brp.StandIn;

namespace SampleHost.Tests.Brp;

/// <summary>The moves recorded in the BRP stand-in, applied to a person of the test set; no HTTP.</summary>
[TestFixture]
public sealed class StandInVerhuizingenTests
{
    private static readonly RvigPersoon s_inRotterdam = new("999993653")
    {
        Geslachtsnaam = "Moulin",
        Verblijfplaats = new RvigVerblijfplaats
        {
            GemeenteVanInschrijving = "0599",
            DatumInschrijving = "20131105",
            Straatnaam = "Boterdiep",
            Huisnummer = 31,
        },
    };

    [Test]
    public void Apply_MoveToOtherGemeente_ReturnsNewGemeenteAndDate()
    {
        var verhuizingen = new StandInVerhuizingen();
        verhuizingen.Record(new StandInVerhuizing("999993653", "0518", "Spui", 70, "2511BT", "'s-Gravenhage", new DateOnly(2026, 12, 5)));

        var verblijfplaats = verhuizingen.Apply(s_inRotterdam).Verblijfplaats!;

        Assert.That(verblijfplaats.GemeenteVanInschrijving, Is.EqualTo("0518"));
        Assert.That(verblijfplaats.DatumInschrijving, Is.EqualTo("20261205"));
        Assert.That(verblijfplaats.DatumAanvangAdreshouding, Is.EqualTo("20261205"));
        Assert.That(verblijfplaats.Straatnaam, Is.EqualTo("Spui"));
        Assert.That(verblijfplaats.Huisnummer, Is.EqualTo(70));
        Assert.That(verblijfplaats.Postcode, Is.EqualTo("2511BT"));
        Assert.That(verblijfplaats.Woonplaats, Is.EqualTo("'s-Gravenhage"));
    }

    [Test]
    public void Apply_MoveInsideGemeente_KeepsRegistrationDate()
    {
        var verhuizingen = new StandInVerhuizingen();
        verhuizingen.Record(new StandInVerhuizing("999993653", "0599", "Coolsingel", 40, null, null, new DateOnly(2026, 12, 5)));

        var verblijfplaats = verhuizingen.Apply(s_inRotterdam).Verblijfplaats!;

        Assert.That(verblijfplaats.GemeenteVanInschrijving, Is.EqualTo("0599"));
        Assert.That(verblijfplaats.DatumInschrijving, Is.EqualTo("20131105"));
        Assert.That(verblijfplaats.DatumAanvangAdreshouding, Is.EqualTo("20261205"));
        Assert.That(verblijfplaats.Straatnaam, Is.EqualTo("Coolsingel"));
    }

    [Test]
    public void Apply_NoMove_ReturnsPersonUnchanged()
    {
        var verhuizingen = new StandInVerhuizingen();
        verhuizingen.Record(new StandInVerhuizing("999990482", "0518", "Spui", 70, null, null, new DateOnly(2026, 12, 5)));

        Assert.That(verhuizingen.Apply(s_inRotterdam), Is.SameAs(s_inRotterdam));
    }

    [Test]
    public void Apply_SecondMove_ReplacesFirst()
    {
        var verhuizingen = new StandInVerhuizingen();
        verhuizingen.Record(new StandInVerhuizing("999993653", "0518", "Spui", 70, null, null, new DateOnly(2026, 12, 5)));
        verhuizingen.Record(new StandInVerhuizing("999993653", "0363", "Dam", 1, null, null, new DateOnly(2026, 12, 6)));

        var verblijfplaats = verhuizingen.Apply(s_inRotterdam).Verblijfplaats!;

        Assert.That(verblijfplaats.GemeenteVanInschrijving, Is.EqualTo("0363"));
        Assert.That(verblijfplaats.DatumInschrijving, Is.EqualTo("20261206"));
    }
}
