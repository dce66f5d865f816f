using System.Globalization;
using Host.Abstractions;

namespace SampleHost;

/// <summary>SampleHost's own texts in Dutch and English, and the helpers views use to pick one.</summary>
internal static class Texts
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The time zone of Dutch legal dates and of times shown to staff.</summary>
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static readonly LocalizedText Yes = new("ja", "yes");

    public static readonly LocalizedText No = new("nee", "no");

    /// <summary>Returns <paramref name="nl"/> or <paramref name="en"/> for the current UI culture.</summary>
    public static string T(string nl, string en) => new LocalizedText(nl, en).For(CultureInfo.CurrentUICulture);

    /// <summary>Returns <paramref name="text"/> for the current UI culture.</summary>
    public static string T(LocalizedText text) => text.For(CultureInfo.CurrentUICulture);
}
