using System.Reflection;
using Inburgering.Benchmarks.Reporting;

namespace Inburgering.Benchmarks.Targets;

/// <summary>
/// Runs the performance targets one after another, each on its own data, and writes the report to the console and
/// to <c>TestResults/performance/</c>.
/// </summary>
internal static class TargetRunner
{
    /// <summary>Returns every <see cref="IPerformanceTarget"/> in this assembly, ordered by name.</summary>
    public static IReadOnlyList<IPerformanceTarget> Discover() =>
    [
        .. typeof(TargetRunner).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IPerformanceTarget).IsAssignableFrom(type))
            .Select(type => (IPerformanceTarget)Activator.CreateInstance(type)!)
            .OrderBy(target => target.Name, StringComparer.Ordinal),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> only, bool quick, string command, CancellationToken cancellationToken)
    {
        var targets = Discover().Where(target => only.Count == 0 || only.Contains(target.Name)).ToList();
        var unknown = only.Except(Discover().Select(target => target.Name)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Unknown target {string.Join(", ", unknown)}. Known targets: {string.Join(", ", Discover().Select(t => t.Name))}.");
            return 2;
        }

        var startedAt = TimeProvider.System.GetUtcNow();
        var workFolder = Directory.CreateTempSubdirectory("inburgering-benchmarks-").FullName;
        var results = new List<TargetResult>();
        try
        {
            var context = new BenchmarkContext(quick, workFolder, Console.Out);
            foreach (var target in targets)
            {
                context.Progress($"Measuring {target.Name}: {target.Goal}");
                results.Add(await MeasureAsync(target, context, cancellationToken));
                context.Progress($"{target.Name}: {results[^1].Measured} against {results[^1].Baseline}; met: {results[^1].Met}");
            }
        }
        finally
        {
            Directory.Delete(workFolder, recursive: true);
        }

        var report = PerformanceReport.ToMarkdown(results, command, startedAt);
        Console.WriteLine();
        Console.WriteLine(report);

        var folder = Path.Combine(Directory.GetCurrentDirectory(), "TestResults", "performance");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"results-{startedAt:yyyyMMdd-HHmmss}.md");
        await File.WriteAllTextAsync(file, report, cancellationToken);
        Console.WriteLine($"Report written to {file}");

        return 0;
    }

    /// <summary>Measures one target; a target that throws is reported as missed with its error, so the others still run.</summary>
    private static async Task<TargetResult> MeasureAsync(IPerformanceTarget target, BenchmarkContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await target.MeasureAsync(context, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not TargetInvocationException)
        {
            context.Progress($"{target.Name} failed: {exception}");
            return new TargetResult(target.Name, target.Goal, "–", "failed", "–", null, Met: false, $"The run failed: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
