using System.Globalization;
using System.Text;
using Inburgering.Benchmarks.Targets;

namespace Inburgering.Benchmarks.Reporting;

/// <summary>Writes the results of a run as a Markdown table, with the command and the machine.</summary>
internal static class PerformanceReport
{
    public static string ToMarkdown(IReadOnlyList<TargetResult> results, string command, DateTimeOffset startedAt)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run of {startedAt:yyyy-MM-dd HH:mm} UTC: `{command}`");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {MachineDescription.Describe()}");
        text.AppendLine();
        text.AppendLine("| target | goal | data | measured | baseline | ratio | met | notes |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var result in results)
        {
            var ratio = result.Ratio is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(result.Name)} | {Cell(result.Goal)} | {Cell(result.DataSize)} | {Cell(result.Measured)} | {Cell(result.Baseline)} | {ratio} | {(result.Met ? "yes" : "no")} | {Cell(result.Notes)} |");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
