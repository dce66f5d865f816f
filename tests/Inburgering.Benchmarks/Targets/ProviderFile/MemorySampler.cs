using System.Diagnostics;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>
/// Samples the managed heap and the working set of this process every 20 ms while it runs, and keeps the peaks. The
/// heap figure is the growth above the heap after a full collection at the start.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(20);

    private readonly long _heapAtStart;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakHeap;
    private long _peakWorkingSet;

    private MemorySampler()
    {
        _heapAtStart = GC.GetTotalMemory(forceFullCollection: true);
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>The peak growth of the managed heap in bytes.</summary>
    public long PeakHeapGrowth => Math.Max(0, Interlocked.Read(ref _peakHeap) - _heapAtStart);

    /// <summary>The peak working set of the process in bytes.</summary>
    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    public static MemorySampler Start() => new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        using var timer = new PeriodicTimer(s_interval);
        do
        {
            Peak(ref _peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            process.Refresh();
            Peak(ref _peakWorkingSet, process.WorkingSet64);
        }
        while (await Tick(timer));
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static void Peak(ref long peak, long value)
    {
        if (value > Interlocked.Read(ref peak))
        {
            Interlocked.Exchange(ref peak, value);
        }
    }
}
