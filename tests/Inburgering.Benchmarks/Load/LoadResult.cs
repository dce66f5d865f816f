namespace Inburgering.Benchmarks.Load;

/// <summary>The outcome of a <see cref="LoadDriver"/> run.</summary>
/// <param name="Latencies">The durations of the requests that succeeded.</param>
/// <param name="Failures">The number of requests that threw.</param>
/// <param name="Elapsed">The wall-clock time of the run.</param>
internal sealed record LoadResult(LatencyRecorder Latencies, int Failures, TimeSpan Elapsed)
{
    /// <summary>The successful requests per second.</summary>
    public double Throughput => Latencies.Count / Elapsed.TotalSeconds;
}
