using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>Persons from the RvIG BRP test set (GBA-V proefomgeving, 2 May 2022), as the host's BRP adapter returns them.</summary>
public static class BrpTestPersons
{
    public static BrpPersoon SuzanneMoulin { get; } = new(Bsn.Parse("999993653"))
    {
        Naam = new BrpNaam("Suzanne", null, "Moulin", "Suzanne Moulin"),
        Geboortedatum = PartialDate.FromDate(new DateOnly(1985, 12, 1)),
        Geboorteplaats = "Thann",
        Nationaliteiten = [new BrpNationaliteit("0057", null)],
        Verblijfplaats = new BrpVerblijfplaats("Boterdiep 31", "3077 AW  ROTTERDAM") { Straat = "Boterdiep", Huisnummer = 31, Postcode = "3077AW", Woonplaats = "Rotterdam" },
        GemeenteVanInschrijving = new BrpGemeente("0599", "Rotterdam"),
        DatumInschrijvingInGemeente = PartialDate.FromDate(new DateOnly(2013, 11, 5)),
    };

    /// <summary>Born in 1968. The BRP records neither the month nor the day.</summary>
    public static BrpPersoon RoukshanaBhutto { get; } = new(Bsn.Parse("999992806"))
    {
        Naam = new BrpNaam("Roukshana Najia", null, "Bhutto", "Roukshana Najia Bhutto"),
        Geboortedatum = PartialDate.FromYear(1968),
        Nationaliteiten = [new BrpNationaliteit("0334", null)],
        Verblijfplaats = new BrpVerblijfplaats("Laan v Nieuw Oost-Indië 210", "2593 BP  'S-GRAVENHAGE"),
        GemeenteVanInschrijving = new BrpGemeente("0518", "'s-Gravenhage"),
        DatumInschrijvingInGemeente = PartialDate.FromDate(new DateOnly(1994, 9, 30)),
    };

    public static BrpPersoon WladyslawKwasniewski { get; } = new(Bsn.Parse("999995017"))
    {
        Naam = new BrpNaam("Wladyslaw", null, "Kwasniewski", "Wladyslaw Kwasniewski"),
        Geboortedatum = PartialDate.FromDate(new DateOnly(1950, 7, 13)),
        Nationaliteiten = [new BrpNationaliteit("0072", null)],
        GemeenteVanInschrijving = new BrpGemeente("0518", "'s-Gravenhage"),
    };

    public static BrpPersoon LisantyDoLivramento { get; } = new(Bsn.Parse("999990482"))
    {
        Naam = new BrpNaam("Lisanty Teresita del niño Jesús Virgen", "De las", "do Livramento de La Salete Jansz.", "Lisanty Teresita del niño Jesús Virgen De las do Livramento de La Salete Jansz."),
        Geboortedatum = PartialDate.FromYear(1999),
        GemeenteVanInschrijving = new BrpGemeente("1681", "Borger-Odoorn"),
    };

    /// <summary>A BSN with a leading zero, which older documents print as eight digits (00009921).</summary>
    public static BrpPersoon ErikVanDenOever { get; } = new(Bsn.Parse("000009921"))
    {
        Naam = new BrpNaam("Erik", "van den", "Oever", "Erik van den Oever"),
        Geboortedatum = PartialDate.FromDate(new DateOnly(1921, 10, 9)),
        Nationaliteiten = [new BrpNationaliteit("0001", null)],
        GemeenteVanInschrijving = new BrpGemeente("0599", "Rotterdam"),
    };

    public static BrpPersoon NasierBoeddhoe { get; } = new(Bsn.Parse("999999333"))
    {
        Naam = new BrpNaam("Nasier", null, "Boeddhoe", "Nasier Boeddhoe"),
        Geboortedatum = PartialDate.FromDate(new DateOnly(1950, 9, 19)),
        Nationaliteiten = [new BrpNationaliteit("0312", null)],
        GemeenteVanInschrijving = new BrpGemeente("0518", "'s-Gravenhage"),
    };

    public static BrpPersoon LindaHaglund { get; } = new(Bsn.Parse("999991905"))
    {
        Naam = new BrpNaam("Linda", null, "Haglund", "Linda Haglund"),
        Geboortedatum = PartialDate.FromDate(new DateOnly(1963, 9, 5)),
        GemeenteVanInschrijving = new BrpGemeente("0518", "'s-Gravenhage"),
    };

    public static IReadOnlyList<BrpPersoon> All { get; } =
        [SuzanneMoulin, RoukshanaBhutto, WladyslawKwasniewski, LisantyDoLivramento, ErikVanDenOever, NasierBoeddhoe, LindaHaglund];
}
