namespace Inburgering.Benchmarks.Targets;

/// <summary>
/// One performance target of the module: it measures the module and a baseline in the same run and returns both,
/// so the result is a ratio on the machine it ran on.
/// </summary>
internal interface IPerformanceTarget
{
    /// <summary>The short name to select the target with, for example <c>dossier-screen</c>.</summary>
    string Name { get; }

    /// <summary>The target as it is stated, for example "p95 at most 25 ms and at most 3× hand-written SQL".</summary>
    string Goal { get; }

    /// <summary>Prepares the data, measures the module and its baseline, and returns the outcome.</summary>
    Task<TargetResult> MeasureAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
