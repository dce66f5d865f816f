using Host.Abstractions;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp.StandIn;

/// <summary>Creates the API's form of a person from the RvIG test set, with every field the stand-in supports.</summary>
internal static class StandInPersoonFactory
{
    /// <summary>Creates the person with all supported fields; <see cref="StandInFieldSelection"/> removes the ones not requested.</summary>
    public static Persoon Create(RvigPersoon persoon)
    {
        var verblijfplaats = persoon.Verblijfplaats;

        return new Persoon
        {
            Burgerservicenummer = persoon.Burgerservicenummer,
            Naam = CreateNaam(persoon),
            Geboorte = CreateGeboorte(persoon),
            Geslacht = CreateGeslacht(persoon.Geslacht),
            Nationaliteiten = persoon.Nationaliteiten.Select(CreateNationaliteit).OfType<AbstractNationaliteit>().ToList(),
            Verblijfplaats = verblijfplaats is null ? null : StandInVerblijfplaatsFactory.Create(verblijfplaats),
            GemeenteVanInschrijving = CreateGemeente(verblijfplaats?.GemeenteVanInschrijving),
            DatumInschrijvingInGemeente = CreateDatum(verblijfplaats?.DatumInschrijving),
            Adressering = verblijfplaats is null ? null : StandInVerblijfplaatsFactory.CreateAdressering(verblijfplaats),
        };
    }

    /// <summary>Creates the API's date from a BRP date such as <c>19680000</c>, or returns <see langword="null"/> when it is missing or invalid.</summary>
    public static AbstractDatum? CreateDatum(string? brpDate) =>
        PartialDate.TryParseBrp(brpDate, out var date) ? HaalCentraalDatum.FromPartialDate(date) : null;

    /// <summary>Creates a gemeente with its name where <see cref="GemeenteTabel"/> has it.</summary>
    public static Waardetabel? CreateGemeente(string? code) =>
        code is null ? null : new Waardetabel { Code = code, Omschrijving = GemeenteTabel.FindName(code) };

    private static Naam CreateNaam(RvigPersoon persoon)
    {
        // NOTE: the API puts a noble title or predicate (01.02.20) into the full name as well; the stand-in leaves it out.
        var parts = new[] { persoon.Voornamen, persoon.Voorvoegsel, persoon.Geslachtsnaam }.Where(part => part is not null);

        return new Naam
        {
            Voornamen = persoon.Voornamen,
            Voorvoegsel = persoon.Voorvoegsel,
            Geslachtsnaam = persoon.Geslachtsnaam,
            VolledigeNaam = string.Join(' ', parts),
        };
    }

    private static Geboorte CreateGeboorte(RvigPersoon persoon)
    {
        return new Geboorte
        {
            Datum = CreateDatum(persoon.Geboortedatum),
            Plaats = CreateGeboorteplaats(persoon.Geboorteplaats),
            Land = persoon.Geboorteland is null ? null : new Waardetabel { Code = persoon.Geboorteland },
        };
    }

    // The BRP records a Dutch place of birth as a gemeentecode and a place abroad as its name.
    private static Waardetabel? CreateGeboorteplaats(string? plaats)
    {
        if (plaats is null)
        {
            return null;
        }

        var isGemeentecode = plaats.Length == 4 && plaats.All(char.IsAsciiDigit);
        return isGemeentecode ? CreateGemeente(plaats) : new Waardetabel { Omschrijving = plaats };
    }

    private static Waardetabel? CreateGeslacht(string? code)
    {
        var omschrijving = code switch
        {
            "M" => "man",
            "V" => "vrouw",
            "O" => "onbekend",
            _ => null,
        };

        return code is null ? null : new Waardetabel { Code = code, Omschrijving = omschrijving };
    }

    private static AbstractNationaliteit? CreateNationaliteit(RvigNationaliteit nationaliteit)
    {
        // An ended nationality stays in the current category with only its reason for ending; the API leaves it out.
        if (nationaliteit.RedenBeeindigen is not null)
        {
            return null;
        }

        var type = (nationaliteit.BijzonderNederlanderschap, nationaliteit.Code) switch
        {
            ("B", _) => AbstractNationaliteit.BehandeldAlsNederlander,
            ("V", _) => AbstractNationaliteit.VastgesteldNietNederlander,
            (_, "0499") => AbstractNationaliteit.Staatloos,
            (_, "0000") => AbstractNationaliteit.Onbekend,
            (_, not null) => AbstractNationaliteit.Bekend,
            _ => null,
        };

        if (type is null)
        {
            return null;
        }

        return new AbstractNationaliteit
        {
            Type = type,
            Nationaliteit = type == AbstractNationaliteit.Bekend ? new Waardetabel { Code = nationaliteit.Code } : null,
            RedenOpname = nationaliteit.RedenOpname is null ? null : new Waardetabel { Code = nationaliteit.RedenOpname },
            DatumIngangGeldigheid = CreateDatum(nationaliteit.DatumIngangGeldigheid),
        };
    }
}
