using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// The content key of a DUO signal: a SHA-256 hash of its kind, its kennisgevingsdatum and the person's BSN or
/// V-nummer. Two signals with the same key are the same signal, even when one came without DUO's kenmerk.
/// </summary>
internal static class DuoSignaalSleutel
{
    /// <summary>The length of a key: 64 lowercase hexadecimal digits.</summary>
    public const int Lengte = 64;

    /// <summary>The maximum length of DUO's kenmerk.</summary>
    public const int KenmerkMaxLength = 64;

    /// <summary>Returns the key of a signal with these values.</summary>
    public static string Van(DuoSignaalSoort soort, DateOnly kennisgevingsdatum, string? bsn, string? vnummer)
    {
        // The field names keep a BSN apart from a V-nummer with the same digits.
        var inhoud = string.Join(
            '|',
            soort.ToString(),
            kennisgevingsdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "bsn=" + bsn,
            "vnummer=" + vnummer);

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inhoud)));
    }
}
