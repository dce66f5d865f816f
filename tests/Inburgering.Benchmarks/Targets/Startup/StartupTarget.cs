using System.Globalization;

namespace Inburgering.Benchmarks.Targets.Startup;

/// <summary>
/// The start-up of SampleHost from a Release build as a separate process, with the published inburgering plugin and
/// with an empty plugin folder, alternating. Each start is timed from the process start to the first 200 response of
/// <see cref="SampleHostProcess.ProbePath"/>, a route the host serves with and without plugins.
/// </summary>
internal sealed class StartupTarget : IPerformanceTarget
{
    /// <summary>The highest accepted ratio of the median start-up with the plugin to the median without.</summary>
    private const double MaxRatio = 1.3;

    public string Name => "startup";

    public string Goal => "start-up to the first successful request with the inburgering plugin at most 1.3× without plugins";

    public async Task<TargetResult> MeasureAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var build = SampleHostBuild.Find();
        var emptyPlugins = Directory.CreateDirectory(Path.Combine(context.WorkFolder, "startup-no-plugins")).FullName;
        var withPlugin = new SampleHostProcess(build, build.PluginsFolder, Path.Combine(context.WorkFolder, "startup-with-plugin.db"), context.WorkFolder);
        var withoutPlugins = new SampleHostProcess(build, emptyPlugins, Path.Combine(context.WorkFolder, "startup-no-plugins.db"), context.WorkFolder);
        var starts = context.Quick ? 2 : 7;

        // One unmeasured start each creates and migrates its database, so the measured starts are restarts of a
        // deployment whose database is up to date, and the files are in the operating system's cache.
        context.Progress("Warm-up start of each variant, which migrates its database");
        await withPlugin.TimeStartAsync(cancellationToken);
        await withoutPlugins.TimeStartAsync(cancellationToken);

        var withTimes = new List<double>();
        var withoutTimes = new List<double>();
        for (var start = 0; start < starts; start++)
        {
            withTimes.Add((await withPlugin.TimeStartAsync(cancellationToken)).TotalMilliseconds);
            withoutTimes.Add((await withoutPlugins.TimeStartAsync(cancellationToken)).TotalMilliseconds);
            context.Progress(string.Create(CultureInfo.InvariantCulture, $"Start {start + 1}/{starts}: with plugin {withTimes[^1]:0} ms, without {withoutTimes[^1]:0} ms"));
        }

        var withMedian = Median(withTimes);
        var withoutMedian = Median(withoutTimes);
        var ratio = withMedian / withoutMedian;
        var met = ratio <= MaxRatio;

        return new TargetResult(
            Name,
            Goal,
            string.Create(CultureInfo.InvariantCulture, $"{starts} starts each, alternating; SQLite, Production environment, database migrated beforehand"),
            string.Create(CultureInfo.InvariantCulture, $"with the inburgering plugin: median {withMedian:0} ms (min {withTimes.Min():0}, max {withTimes.Max():0})"),
            string.Create(CultureInfo.InvariantCulture, $"without plugins: median {withoutMedian:0} ms (min {withoutTimes.Min():0}, max {withoutTimes.Max():0})"),
            ratio,
            met,
            string.Create(CultureInfo.InvariantCulture, $"Timed from Process.Start of 'dotnet SampleHost.dll' to the first 200 of GET {SampleHostProcess.ProbePath}, polled every {SampleHostProcess.PollInterval.TotalMilliseconds:0} ms."));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
