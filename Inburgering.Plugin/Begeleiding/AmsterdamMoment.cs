using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// Converts a date and a clock time as a user enters them in the Netherlands (Europe/Amsterdam) to a UTC moment, and
/// back. A time that the clock change skips or repeats is rejected, because it names no single moment.
/// </summary>
internal static class AmsterdamMoment
{
    private static readonly TimeZoneInfo s_zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly string[] s_timeFormats = ["H:mm", "HH:mm"];

    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Returns the UTC moment of <paramref name="time"/> (<c>HH:mm</c>) on <paramref name="date"/> in Amsterdam, or an
    /// error that names the problem with the time and its fix.
    /// </summary>
    public static (DateTimeOffset? Moment, LocalizedText? Error) Parse(DateOnly date, string? time)
    {
        if (!TimeOnly.TryParseExact(time, s_timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clockTime))
        {
            return (null, new LocalizedText(
                "Vul de tijd in als uu:mm in Nederlandse tijd, bijvoorbeeld 14:30.",
                "Enter the time as hh:mm in Dutch time, for example 14:30."));
        }

        var clockText = clockTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        var local = date.ToDateTime(clockTime, DateTimeKind.Unspecified);
        if (s_zone.IsInvalidTime(local))
        {
            return (null, new LocalizedText(
                $"{clockText} op {Dutch(date)} bestaat niet: de klok gaat die nacht van 02:00 naar 03:00 (zomertijd). Kies een tijd vóór 02:00 of vanaf 03:00.",
                $"{clockText} on {English(date)} does not exist: that night the clocks go from 02:00 to 03:00 (summer time). Choose a time before 02:00 or from 03:00."));
        }

        if (s_zone.IsAmbiguousTime(local))
        {
            return (null, new LocalizedText(
                $"{clockText} op {Dutch(date)} komt twee keer voor: de klok gaat die nacht van 03:00 terug naar 02:00 (wintertijd). Kies een tijd buiten het uur van 02:00 tot 03:00.",
                $"{clockText} on {English(date)} occurs twice: that night the clocks go back from 03:00 to 02:00 (winter time). Choose a time outside the hour from 02:00 to 03:00."));
        }

        var moment = new DateTimeOffset(local, s_zone.GetUtcOffset(local));
        return (moment.ToUniversalTime(), null);
    }

    /// <summary>Returns <paramref name="moment"/> as the date and time on a clock in Amsterdam.</summary>
    public static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, s_zone);

    /// <summary>Returns the date in Amsterdam at <paramref name="moment"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(InAmsterdam(moment).DateTime);

    /// <summary>Returns the clock time in Amsterdam at <paramref name="moment"/> as <c>HH:mm</c>.</summary>
    public static string TimeOf(DateTimeOffset moment) => InAmsterdam(moment).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Returns <paramref name="moment"/> as Dutch readers write it in Amsterdam, for example <c>4 december 2026 14:30</c>.</summary>
    public static string Dutch(DateTimeOffset moment) => InAmsterdam(moment).ToString("d MMMM yyyy HH:mm", s_dutch);

    /// <summary>Returns <paramref name="moment"/> in Amsterdam for English readers, for example <c>4 December 2026 14:30</c>.</summary>
    public static string English(DateTimeOffset moment) => InAmsterdam(moment).ToString("d MMMM yyyy HH:mm", s_english);

    private static string Dutch(DateOnly date) => date.ToString("d MMMM yyyy", s_dutch);

    private static string English(DateOnly date) => date.ToString("d MMMM yyyy", s_english);
}
