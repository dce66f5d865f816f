using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp.StandIn;

/// <summary>Creates the API's residence and address lines from category 08 of the RvIG test set.</summary>
/// <remarks>
/// The type follows from which elements have a value, checked in this order: a location description (08.12.10)
/// makes a <c>Locatie</c>, a street name (08.11.10) an <c>Adres</c>, and a country (08.13.10) an address abroad, or
/// <c>VerblijfplaatsOnbekend</c> for country 0000. One persoonslijst in the test set has both a street address and a
/// location description; the location description wins, so it is served as a <c>Locatie</c>.
/// </remarks>
internal static class StandInVerblijfplaatsFactory
{
    private const string LandOnbekend = "0000";

    /// <summary>Creates the residence, or returns <see langword="null"/> when category 08 has no address of any kind.</summary>
    public static AbstractVerblijfplaats? Create(RvigVerblijfplaats verblijfplaats)
    {
        if (verblijfplaats.Locatiebeschrijving is not null)
        {
            return new AbstractVerblijfplaats
            {
                Type = AbstractVerblijfplaats.Locatie,
                Verblijfadres = new Verblijfadres { Locatiebeschrijving = verblijfplaats.Locatiebeschrijving },
                FunctieAdres = CreateFunctieAdres(verblijfplaats.FunctieAdres),
                DatumVan = StandInPersoonFactory.CreateDatum(verblijfplaats.DatumAanvangAdreshouding),
            };
        }

        if (verblijfplaats.Straatnaam is not null)
        {
            return CreateAdres(verblijfplaats);
        }

        if (verblijfplaats.LandAdresBuitenland is { } land)
        {
            return CreateBuitenland(verblijfplaats, land);
        }

        return null;
    }

    /// <summary>
    /// Creates the address lines, or returns <see langword="null"/> when there are none. A Dutch address gets lines
    /// only when it has a street and a house number; a location gets its description and the gemeente's name.
    /// </summary>
    public static Adressering? CreateAdressering(RvigVerblijfplaats verblijfplaats)
    {
        var gemeente = GemeenteTabel.FindName(verblijfplaats.GemeenteVanInschrijving);

        if (verblijfplaats.Locatiebeschrijving is { } locatie)
        {
            return new Adressering { Adresregel1 = locatie, Adresregel2 = Adresregels.Regel2(null, gemeente) };
        }

        if (verblijfplaats.Straatnaam is { } straat)
        {
            var regel1 = Adresregels.Regel1(
                straat,
                verblijfplaats.AanduidingBijHuisnummer,
                verblijfplaats.Huisnummer,
                verblijfplaats.Huisletter,
                verblijfplaats.Huisnummertoevoeging);

            return regel1 is null
                ? null
                : new Adressering { Adresregel1 = regel1, Adresregel2 = Adresregels.Regel2(verblijfplaats.Postcode, verblijfplaats.Woonplaats ?? gemeente) };
        }

        if (verblijfplaats.LandAdresBuitenland is { } land && land != LandOnbekend)
        {
            return new Adressering
            {
                Adresregel1 = verblijfplaats.RegelAdresBuitenland1,
                Adresregel2 = verblijfplaats.RegelAdresBuitenland2,
                Adresregel3 = verblijfplaats.RegelAdresBuitenland3,
                Land = new Waardetabel { Code = land },
            };
        }

        return null;
    }

    private static AbstractVerblijfplaats CreateAdres(RvigVerblijfplaats verblijfplaats) => new()
    {
        Type = AbstractVerblijfplaats.Adres,
        Verblijfadres = new Verblijfadres
        {
            OfficieleStraatnaam = verblijfplaats.NaamOpenbareRuimte,
            KorteStraatnaam = verblijfplaats.Straatnaam,
            Huisnummer = verblijfplaats.Huisnummer is > 0 ? verblijfplaats.Huisnummer : null,
            Huisletter = verblijfplaats.Huisletter,
            Huisnummertoevoeging = verblijfplaats.Huisnummertoevoeging,
            AanduidingBijHuisnummer = verblijfplaats.AanduidingBijHuisnummer is { } aanduiding ? new Waardetabel { Code = aanduiding } : null,
            Postcode = verblijfplaats.Postcode,
            Woonplaats = verblijfplaats.Woonplaats,
        },
        FunctieAdres = CreateFunctieAdres(verblijfplaats.FunctieAdres),
        DatumVan = StandInPersoonFactory.CreateDatum(verblijfplaats.DatumAanvangAdreshouding),
        AdresseerbaarObjectIdentificatie = verblijfplaats.AdresseerbaarObjectIdentificatie,
        NummeraanduidingIdentificatie = verblijfplaats.NummeraanduidingIdentificatie,
    };

    private static AbstractVerblijfplaats CreateBuitenland(RvigVerblijfplaats verblijfplaats, string land)
    {
        if (land == LandOnbekend)
        {
            return new AbstractVerblijfplaats { Type = AbstractVerblijfplaats.Onbekend };
        }

        return new AbstractVerblijfplaats
        {
            Type = AbstractVerblijfplaats.Buitenland,
            Verblijfadres = new Verblijfadres
            {
                Regel1 = verblijfplaats.RegelAdresBuitenland1,
                Regel2 = verblijfplaats.RegelAdresBuitenland2,
                Regel3 = verblijfplaats.RegelAdresBuitenland3,
                Land = new Waardetabel { Code = land },
            },
            DatumVan = StandInPersoonFactory.CreateDatum(verblijfplaats.DatumAanvangAdresBuitenland),
        };
    }

    private static Waardetabel? CreateFunctieAdres(string? code) => code switch
    {
        "W" => new Waardetabel { Code = code, Omschrijving = "woonadres" },
        "B" => new Waardetabel { Code = code, Omschrijving = "briefadres" },
        _ => null,
    };
}
