using System.Globalization;

namespace Inburgering.Plugin.Levensloop;

/// <summary>Parses a typed date as <c>yyyy-MM-dd</c> (what a date input sends) or <c>d-M-yyyy</c> (what people type).</summary>
internal static class DateInput
{
    private static readonly string[] s_formats = ["yyyy-MM-dd", "d-M-yyyy"];

    /// <summary>Returns the date, or <see langword="null"/> when <paramref name="text"/> is empty or not a date.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Returns the date as Dutch text, for example <c>4 december 2026</c>.</summary>
    public static string Dutch(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Returns the date as English text, for example <c>4 December 2026</c>.</summary>
    public static string English(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
