using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Inburgering.Plugin.Paging;

/// <summary>
/// The opaque form of a keyset position: the sort key values of the last row shown, each written in an invariant
/// format and joined, then Base64url-encoded so callers treat it as a token. Base64url is an encoding, not
/// encryption, and the cursor travels in a URL, so a list that pages with it must sort only on dates, codes and our own
/// ids, never on a BSN or a name.
/// </summary>
internal static class KeysetCursor
{
    // Uri.EscapeDataString escapes '|' in a value, so the separator never occurs inside one.
    private const char Separator = '|';

    /// <summary>Encodes the sort key values of one row as a cursor.</summary>
    public static string Encode(IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(values);

        var text = string.Join(Separator, values.Select(v => Uri.EscapeDataString(Format(v))));
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// Decodes <paramref name="cursor"/> into values of <paramref name="types"/>, or returns <see langword="null"/> when it is
    /// missing or not a cursor of that shape. An invalid cursor starts the list at its first page.
    /// </summary>
    public static object[]? Decode(string? cursor, IReadOnlyList<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);

        if (string.IsNullOrEmpty(cursor) || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = text.Split(Separator);
        if (parts.Length != types.Count)
        {
            return null;
        }

        var values = new object[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (Parse(Uri.UnescapeDataString(parts[i]), types[i]) is not { } value)
            {
                return null;
            }

            values[i] = value;
        }

        return values;
    }

    private static string Format(object value) => value switch
    {
        DateTimeOffset moment => moment.UtcTicks.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid id => id.ToString("N"),
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        _ => throw new NotSupportedException($"A keyset cursor cannot contain a value of type {value.GetType().Name}."),
    };

    private static object? Parse(string text, Type type)
    {
        if (type == typeof(DateTimeOffset))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new DateTimeOffset(ticks, TimeSpan.Zero)
                : null;
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }

        if (type == typeof(Guid))
        {
            return Guid.TryParseExact(text, "N", out var id) ? id : null;
        }

        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        if (type == typeof(long))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        if (type == typeof(string))
        {
            return text;
        }

        throw new NotSupportedException($"A keyset cursor cannot contain a value of type {type.Name}.");
    }
}
