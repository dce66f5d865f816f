using System.Diagnostics;

namespace Inburgering.Benchmarks.Load;

/// <summary>
/// Sends requests from a number of concurrent clients until a request count or a time limit is reached, whichever
/// comes first, and records each request's duration. It is bounded in both, so it always stops by itself.
/// </summary>
internal static class LoadDriver
{
    /// <summary>Runs <paramref name="request"/> from <paramref name="clients"/> workers and returns the durations and the throughput.</summary>
    /// <param name="clients">The number of concurrent workers.</param>
    /// <param name="requests">The total number of requests over all workers.</param>
    /// <param name="timeLimit">The longest the run may take; the workers stop starting requests after it.</param>
    /// <param name="request">Sends request number n (0-based) and throws when its response is not the expected one.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<LoadResult> RunAsync(
        int clients,
        int requests,
        TimeSpan timeLimit,
        Func<int, CancellationToken, Task> request,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clients);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requests);
        ArgumentNullException.ThrowIfNull(request);

        var latencies = new LatencyRecorder();
        var failures = 0;
        var next = -1;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);

        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(
            async () =>
            {
                int n;
                while (!limit.IsCancellationRequested && (n = Interlocked.Increment(ref next)) < requests)
                {
                    var requestStarted = Stopwatch.GetTimestamp();
                    try
                    {
                        await request(n, limit.Token);
                        latencies.Record(requestStarted);
                    }
                    catch (OperationCanceledException) when (limit.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            },
            CancellationToken.None));
        await Task.WhenAll(workers);

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new LoadResult(latencies, failures, elapsed);
    }
}
