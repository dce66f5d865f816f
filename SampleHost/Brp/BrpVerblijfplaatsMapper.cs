using System.Text.Json;
using Host.Abstractions;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp;

/// <summary>Maps the Personen API's residence to the host's <see cref="BrpVerblijfplaats"/> with two address lines.</summary>
/// <remarks>
/// The address lines are the API's own <c>adressering.adresregel1</c> and <c>adresregel2</c>, which the client
/// requests whenever a caller requests <c>verblijfplaats</c>. When the response has no such line, the line is composed
/// with the same NEN 5825 rules (<see cref="Adresregels"/>): <c>Boterdiep 31</c>, <c>Kerkstraat 158 H</c> and
/// <c>3077 AW  ROTTERDAM</c>. A location gets its description as line 1 and the town or gemeente as line 2. An
/// address abroad gets its first line as line 1 and its second and third lines, joined by a comma, as line 2.
/// </remarks>
internal static class BrpVerblijfplaatsMapper
{
    private const string Path = "$.personen[0].verblijfplaats";

    /// <summary>
    /// Maps the residence, or returns <see langword="null"/> when there is none or it is <c>VerblijfplaatsOnbekend</c>.
    /// </summary>
    /// <exception cref="JsonException">The residence has a type the API does not define.</exception>
    public static BrpVerblijfplaats? ToVerblijfplaats(AbstractVerblijfplaats? verblijfplaats, Adressering? adressering, Waardetabel? gemeente)
    {
        if (verblijfplaats is null)
        {
            return null;
        }

        var adres = verblijfplaats.Verblijfadres ?? new Verblijfadres();

        return verblijfplaats.Type switch
        {
            AbstractVerblijfplaats.Adres => ToAdres(adres, adressering, gemeente),
            AbstractVerblijfplaats.Locatie => ToLocatie(adres, adressering, gemeente),
            AbstractVerblijfplaats.Buitenland => ToBuitenland(adres, adressering),
            AbstractVerblijfplaats.Onbekend => null,
            _ => throw new JsonException($"The BRP response has a residence of unknown type '{verblijfplaats.Type}' at {Path}.", Path, null, null),
        };
    }

    private static BrpVerblijfplaats ToAdres(Verblijfadres adres, Adressering? adressering, Waardetabel? gemeente)
    {
        var korteStraatnaam = adres.KorteStraatnaam ?? adres.OfficieleStraatnaam;
        var regel1 = adressering?.Adresregel1
            ?? Adresregels.Regel1(korteStraatnaam, adres.AanduidingBijHuisnummer?.Code, adres.Huisnummer, adres.Huisletter, adres.Huisnummertoevoeging)
            ?? korteStraatnaam
            ?? string.Empty;
        var regel2 = adressering?.Adresregel2 ?? Adresregels.Regel2(adres.Postcode, adres.Woonplaats ?? gemeente?.Omschrijving);

        return new BrpVerblijfplaats(regel1, regel2)
        {
            Straat = adres.OfficieleStraatnaam ?? adres.KorteStraatnaam,
            Huisnummer = adres.Huisnummer,
            Huisletter = adres.Huisletter,
            Huisnummertoevoeging = adres.Huisnummertoevoeging,
            Postcode = adres.Postcode,
            Woonplaats = adres.Woonplaats,
        };
    }

    private static BrpVerblijfplaats ToLocatie(Verblijfadres adres, Adressering? adressering, Waardetabel? gemeente)
    {
        var regel1 = adressering?.Adresregel1 ?? adres.Locatiebeschrijving ?? string.Empty;
        var regel2 = adressering?.Adresregel2 ?? Adresregels.Regel2(null, adres.Woonplaats ?? gemeente?.Omschrijving);

        return new BrpVerblijfplaats(regel1, regel2)
        {
            Woonplaats = adres.Woonplaats,
            Locatiebeschrijving = adres.Locatiebeschrijving,
        };
    }

    // TODO: BrpVerblijfplaats has no country, so the country of an address abroad is dropped here.
    private static BrpVerblijfplaats ToBuitenland(Verblijfadres adres, Adressering? adressering)
    {
        var regel1 = adressering?.Adresregel1 ?? adres.Regel1 ?? string.Empty;
        var rest = new[] { adressering?.Adresregel2 ?? adres.Regel2, adressering?.Adresregel3 ?? adres.Regel3 }
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .ToList();

        return new BrpVerblijfplaats(regel1, rest.Count == 0 ? null : string.Join(", ", rest));
    }
}
