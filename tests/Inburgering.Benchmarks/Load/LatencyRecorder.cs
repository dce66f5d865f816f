using System.Diagnostics;

namespace Inburgering.Benchmarks.Load;

/// <summary>Collects request durations from several threads and returns their percentiles.</summary>
internal sealed class LatencyRecorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _milliseconds.Count;
            }
        }
    }

    /// <summary>Records the time since <paramref name="startTimestamp"/>, a value of <see cref="Stopwatch.GetTimestamp"/>.</summary>
    public void Record(long startTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public void Record(double milliseconds)
    {
        lock (_gate)
        {
            _milliseconds.Add(milliseconds);
        }
    }

    /// <summary>Returns the <paramref name="percentile"/> (0 to 100) of the recorded durations in milliseconds, by the nearest-rank method.</summary>
    public double Percentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);

        double[] sorted;
        lock (_gate)
        {
            if (_milliseconds.Count == 0)
            {
                throw new InvalidOperationException("No durations were recorded.");
            }

            sorted = [.. _milliseconds];
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
