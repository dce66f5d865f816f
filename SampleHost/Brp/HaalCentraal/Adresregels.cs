using System.Text;
using System.Text.RegularExpressions;

namespace SampleHost.Brp.HaalCentraal;

/// <summary>
/// Composes the two address lines of a Dutch address as NEN 5825:2002 writes them on an envelope, the rules the
/// Personen API uses for <c>adressering.adresregel1</c> and <c>adresregel2</c>.
/// </summary>
internal static partial class Adresregels
{
    /// <summary>
    /// Composes the street line: street, then <c>bij</c> or <c>t/o</c> for a place near or opposite a number, then the
    /// number. The house letter and addition follow as one suffix, after a hyphen when the suffix starts with a digit
    /// and after a space otherwise: <c>Kerkstraat 158 H</c>, <c>Atatürkstraat 9-2</c>, <c>Cronus 555 B73c</c>.
    /// </summary>
    /// <param name="straat">The short street name (<c>korteStraatnaam</c>).</param>
    /// <param name="aanduidingBijHuisnummer">The code <c>by</c> or <c>to</c>, or <see langword="null"/>.</param>
    /// <param name="huisnummer">The house number.</param>
    /// <param name="huisletter">The house letter, or <see langword="null"/>.</param>
    /// <param name="huisnummertoevoeging">The house number addition, or <see langword="null"/>.</param>
    /// <returns>
    /// The line, or <see langword="null"/> when the street or the number has no value. The BRP writes <c>.</c> for
    /// an unknown street and <c>0</c> for an unknown number, and these count as no value.
    /// </returns>
    public static string? Regel1(string? straat, string? aanduidingBijHuisnummer, int? huisnummer, string? huisletter, string? huisnummertoevoeging)
    {
        if (!HasValue(straat) || huisnummer is not > 0)
        {
            return null;
        }

        var line = new StringBuilder(straat!.Trim());

        var aanduiding = aanduidingBijHuisnummer?.Trim() switch
        {
            "by" => "bij",
            "to" => "t/o",
            _ => null,
        };
        if (aanduiding is not null)
        {
            line.Append(' ').Append(aanduiding);
        }

        line.Append(' ').Append(huisnummer.Value);

        var suffix = (huisletter?.Trim() ?? string.Empty) + (huisnummertoevoeging?.Trim() ?? string.Empty);
        if (suffix.Length > 0)
        {
            line.Append(char.IsAsciiDigit(suffix[0]) ? '-' : ' ').Append(suffix);
        }

        return line.ToString();
    }

    /// <summary>
    /// Composes the town line: the postcode with a space between digits and letters, two spaces, and the town in
    /// capitals, such as <c>3077 AW  ROTTERDAM</c>. Without a postcode the line is the town alone.
    /// </summary>
    /// <param name="postcode">The postcode, such as <c>3077AW</c>, or <see langword="null"/>.</param>
    /// <param name="woonplaats">The town; callers pass the gemeente's name when the BRP has no town.</param>
    /// <returns>The line, or <see langword="null"/> when the town has no value.</returns>
    public static string? Regel2(string? postcode, string? woonplaats)
    {
        if (!HasValue(woonplaats))
        {
            return null;
        }

        var town = woonplaats!.Trim().ToUpperInvariant();
        if (!HasValue(postcode))
        {
            return town;
        }

        var code = postcode!.Trim();
        if (DutchPostcode().IsMatch(code))
        {
            code = $"{code[..4]} {code[4..]}";
        }

        return $"{code}  {town}";
    }

    private static bool HasValue(string? text) => !string.IsNullOrWhiteSpace(text) && text.Trim() != ".";

    [GeneratedRegex("^[0-9]{4}[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchPostcode();
}
