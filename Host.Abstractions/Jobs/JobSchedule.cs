namespace Host.Abstractions;

/// <summary>When a job is due: at a fixed interval, or once a day at a time in Europe/Amsterdam.</summary>
public sealed record JobSchedule
{
    private JobSchedule(TimeSpan? interval, TimeOnly? dailyAt)
    {
        Interval = interval;
        DailyAt = dailyAt;
    }

    /// <summary>The time between due moments, counted from 1 January 1970 00:00 UTC; <see langword="null"/> for a daily job.</summary>
    public TimeSpan? Interval { get; }

    /// <summary>The time of day in Europe/Amsterdam at which the job is due; <see langword="null"/> for an interval job.</summary>
    public TimeOnly? DailyAt { get; }

    /// <summary>Creates a schedule that is due every <paramref name="interval"/>.</summary>
    /// <param name="interval">At least one minute.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> is shorter than one minute.</exception>
    public static JobSchedule Every(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.FromMinutes(1));

        return new JobSchedule(interval, null);
    }

    /// <summary>Creates a schedule that is due once a day at <paramref name="time"/> in Europe/Amsterdam.</summary>
    /// <param name="time">The local time, for example 03:00; avoid 02:00–03:00, which is skipped on the day summer time starts.</param>
    public static JobSchedule Daily(TimeOnly time) => new(null, time);
}
