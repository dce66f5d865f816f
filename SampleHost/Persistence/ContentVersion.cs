using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SampleHost.Persistence;

/// <summary>
/// The version of a set of stored values that have no version column of their own, such as the settings of a
/// gemeente or the stored fields of one record: a hash over each key, value and change time.
/// </summary>
internal static class ContentVersion
{
    /// <summary>
    /// Returns 32 hex characters that change when a value in <paramref name="rows"/> is added, changed or removed,
    /// whatever the order of the rows.
    /// </summary>
    public static string Of(IEnumerable<(string Key, string Value, DateTimeOffset ChangedAt)> rows)
    {
        var text = new StringBuilder();
        foreach (var (key, value, changedAt) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            // Lengths before each part, so no key or value can imitate a boundary.
            text.Append(CultureInfo.InvariantCulture, $"{key.Length}:{key}{value.Length}:{value}{changedAt.UtcTicks};");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..16]);
    }
}
