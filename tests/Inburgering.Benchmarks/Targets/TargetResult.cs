namespace Inburgering.Benchmarks.Targets;

/// <summary>The outcome of one <see cref="IPerformanceTarget"/>.</summary>
/// <param name="Name">The target's <see cref="IPerformanceTarget.Name"/>.</param>
/// <param name="Goal">The target's <see cref="IPerformanceTarget.Goal"/>.</param>
/// <param name="DataSize">The data it ran on, for example "100,000 dossiers, 5,000,000 urenregels, PostgreSQL 15".</param>
/// <param name="Measured">What the module did, for example "p95 18.2 ms, p99 30.1 ms over 2,000 requests".</param>
/// <param name="Baseline">What the baseline did in the same run, for example "hand SQL p95 7.9 ms".</param>
/// <param name="Ratio">The module's figure divided by the baseline's, or <see langword="null"/> when the goal has no baseline.</param>
/// <param name="Met">Whether every part of the goal was met.</param>
/// <param name="Notes">Where the goal is missed, by how much and why; otherwise anything a reader needs to repeat the run.</param>
internal sealed record TargetResult(
    string Name,
    string Goal,
    string DataSize,
    string Measured,
    string Baseline,
    double? Ratio,
    bool Met,
    string Notes);
