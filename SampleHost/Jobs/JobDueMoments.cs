using Host.Abstractions;

namespace SampleHost.Jobs;

/// <summary>Computes the due moments of a <see cref="JobSchedule"/>.</summary>
internal static class JobDueMoments
{
    /// <summary>Returns the latest due moment at or before <paramref name="now"/>, in UTC.</summary>
    /// <exception cref="ArgumentException">The schedule has neither an interval nor a daily time.</exception>
    public static DateTimeOffset LatestAtOrBefore(JobSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        if (schedule.Interval is { } interval)
        {
            var ticks = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
            return DateTimeOffset.UnixEpoch.AddTicks(ticks - (ticks % interval.Ticks));
        }

        if (schedule.DailyAt is { } time)
        {
            var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Texts.Amsterdam).DateTime);
            var today = InAmsterdam(localToday, time);
            return today <= now ? today : InAmsterdam(localToday.AddDays(-1), time);
        }

        throw new ArgumentException("The schedule has neither an interval nor a daily time.", nameof(schedule));
    }

    /// <summary>Returns the UTC moment of <paramref name="time"/> on <paramref name="date"/> in Amsterdam.</summary>
    private static DateTimeOffset InAmsterdam(DateOnly date, TimeOnly time)
    {
        // NOTE: a time in the hour skipped when summer time starts gets the winter offset, so it runs an hour late.
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = Texts.Amsterdam.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
