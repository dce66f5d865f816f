using System.Globalization;

namespace SampleHost.Brp.StandIn;

/// <summary>Builds an <see cref="RvigPersoon"/> from the LO GBA elements of a persoonslijst.</summary>
internal static class RvigPersoonBuilder
{
    private const string Burgerservicenummer = "01.01.20";
    private const string Voornamen = "01.02.10";
    private const string Voorvoegsel = "01.02.30";
    private const string Geslachtsnaam = "01.02.40";
    private const string Geboortedatum = "01.03.10";
    private const string Geboorteplaats = "01.03.20";
    private const string Geboorteland = "01.03.30";
    private const string Geslacht = "01.04.10";

    private const string NationaliteitCategorie = "04";
    private const string Nationaliteit = "04.05.10";
    private const string RedenOpnemen = "04.63.10";
    private const string RedenBeeindigen = "04.64.10";
    private const string BijzonderNederlanderschap = "04.65.10";
    private const string NationaliteitIngang = "04.85.10";

    private const string VerblijfplaatsCategorie = "08";

    /// <summary>Builds the person, or returns <see langword="null"/> when the persoonslijst has no BSN.</summary>
    public static RvigPersoon? Build(RvigPersoonslijst persoonslijst)
    {
        var current = persoonslijst.Current;
        if (current[Burgerservicenummer] is not { } bsn)
        {
            return null;
        }

        return new RvigPersoon(bsn)
        {
            Voornamen = current[Voornamen],
            Voorvoegsel = current[Voorvoegsel],
            Geslachtsnaam = current[Geslachtsnaam],
            Geboortedatum = current[Geboortedatum],
            Geboorteplaats = current[Geboorteplaats],
            Geboorteland = current[Geboorteland],
            Geslacht = current[Geslacht],
            Nationaliteiten = BuildNationaliteiten(persoonslijst),
            Verblijfplaats = current.HasCategory(VerblijfplaatsCategorie) ? BuildVerblijfplaats(current) : null,
        };
    }

    private static List<RvigNationaliteit> BuildNationaliteiten(RvigPersoonslijst persoonslijst) =>
        persoonslijst.CurrentOccurrences(NationaliteitCategorie)
            .Select(row => new RvigNationaliteit(
                row[Nationaliteit],
                row[BijzonderNederlanderschap],
                row[RedenOpnemen],
                row[RedenBeeindigen],
                row[NationaliteitIngang]))
            .ToList();

    private static RvigVerblijfplaats BuildVerblijfplaats(RvigRow row) => new()
    {
        GemeenteVanInschrijving = row["08.09.10"],
        DatumInschrijving = row["08.09.20"],
        FunctieAdres = row["08.10.10"],
        DatumAanvangAdreshouding = row["08.10.30"],
        Straatnaam = row["08.11.10"],
        NaamOpenbareRuimte = row["08.11.15"],
        Huisnummer = int.TryParse(row["08.11.20"], NumberStyles.None, CultureInfo.InvariantCulture, out var huisnummer) ? huisnummer : null,
        Huisletter = row["08.11.30"],
        Huisnummertoevoeging = row["08.11.40"],
        AanduidingBijHuisnummer = row["08.11.50"],
        Postcode = row["08.11.60"],
        Woonplaats = row["08.11.70"],
        AdresseerbaarObjectIdentificatie = row["08.11.80"],
        NummeraanduidingIdentificatie = row["08.11.90"],
        Locatiebeschrijving = row["08.12.10"],
        LandAdresBuitenland = row["08.13.10"],
        DatumAanvangAdresBuitenland = row["08.13.20"],
        RegelAdresBuitenland1 = row["08.13.30"],
        RegelAdresBuitenland2 = row["08.13.40"],
        RegelAdresBuitenland3 = row["08.13.50"],
    };
}
