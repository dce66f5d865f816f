namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// The retry schedule of a delivery: exponential backoff of 1, 2, 4 ... minutes, capped at one hour, plus a jitter of
/// less than a tenth of the wait. After <see cref="PogingenTotMislukt"/> failed attempts the delivery is
/// <see cref="AfleveringStatus.Mislukt"/> but is still retried every hour or more, so a subscriber that is down loses nothing.
/// </summary>
internal static class AfleveringSchema
{
    /// <summary>The number of failed attempts after which a delivery is marked failed, about two hours after the first.</summary>
    public const int PogingenTotMislukt = 8;

    /// <summary>The longest wait between two attempts, without jitter.</summary>
    public static readonly TimeSpan MaximumWachttijd = TimeSpan.FromHours(1);

    /// <summary>
    /// Returns the wait before the next attempt after <paramref name="pogingen"/> failed attempts, without jitter:
    /// 2^(pogingen - 1) minutes, at most <see cref="MaximumWachttijd"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pogingen"/> is less than 1.</exception>
    public static TimeSpan Wachttijd(int pogingen)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pogingen, 1);

        // 2^6 = 64 minutes is past the cap already, so the exponent stops there.
        var minuten = Math.Pow(2, Math.Min(pogingen - 1, 6));
        return TimeSpan.FromMinutes(Math.Min(minuten, MaximumWachttijd.TotalMinutes));
    }

    /// <summary>
    /// Returns the jitter added to <see cref="Wachttijd"/>: whole seconds below a tenth of the wait, derived from the
    /// delivery id and the attempt, so retries of many deliveries spread out and the schedule is reproducible.
    /// </summary>
    public static TimeSpan Jitter(Guid afleveringId, int pogingen)
    {
        var maximumSeconden = (int)(Wachttijd(pogingen).TotalSeconds / 10);

        return TimeSpan.FromSeconds(StableHash(afleveringId, pogingen) % (uint)maximumSeconden);
    }

    /// <summary>Returns when the next attempt is due after <paramref name="pogingen"/> failed attempts ending at <paramref name="nu"/>.</summary>
    public static DateTimeOffset VolgendePoging(Guid afleveringId, int pogingen, DateTimeOffset nu) =>
        nu + Wachttijd(pogingen) + Jitter(afleveringId, pogingen);

    /// <summary>Returns whether a delivery with <paramref name="pogingen"/> failed attempts is marked failed.</summary>
    public static bool IsMislukt(int pogingen) => pogingen >= PogingenTotMislukt;

    /// <summary>
    /// Mixes the id's bytes and the attempt into a number that is the same in every process, which
    /// <see cref="HashCode"/> is not.
    /// </summary>
    private static uint StableHash(Guid id, int pogingen)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);

        // FNV-1a over the 16 bytes of the id and the attempt number.
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (hash ^ (uint)pogingen) * 16777619u;
    }
}
