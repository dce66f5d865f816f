using System.Globalization;

namespace Inburgering.Plugin.Termijn;

/// <summary>Parses the dates users type and writes dates in messages, in Dutch and English.</summary>
internal static class Datum
{
    private static readonly string[] s_formats = ["yyyy-MM-dd", "d-M-yyyy"];

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>d-M-yyyy</c>; returns false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Nl(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    public static string En(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
