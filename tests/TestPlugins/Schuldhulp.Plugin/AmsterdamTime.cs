namespace Schuldhulp.Plugin;

/// <summary>Dates as they count for Dutch law: in Europe/Amsterdam, whatever the server's time zone.</summary>
internal static class AmsterdamTime
{
    private static readonly TimeZoneInfo s_zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Returns today's date in Amsterdam.</summary>
    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);

        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), s_zone).DateTime);
    }
}
