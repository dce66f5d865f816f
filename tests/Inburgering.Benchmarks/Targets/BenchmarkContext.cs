namespace Inburgering.Benchmarks.Targets;

/// <summary>What every target gets: the run's options and where it writes its files.</summary>
/// <param name="Quick">Whether to run on small data and few requests, to check that the target works, not to measure.</param>
/// <param name="WorkFolder">A folder for the run's files, deleted after the run.</param>
/// <param name="Output">Where progress lines go.</param>
internal sealed record BenchmarkContext(bool Quick, string WorkFolder, TextWriter Output)
{
    /// <summary>Writes one progress line, prefixed with the time.</summary>
    public void Progress(string line) => Output.WriteLine($"[{TimeProvider.System.GetLocalNow():HH:mm:ss}] {line}");
}
