using SampleHost.Work;

namespace Inburgering.Benchmarks.Targets.Werkvoorraad;

/// <summary>The filters the werkvoorraad target requests: none, then each filter of the page on its own.</summary>
internal static class WorkQueueScenarios
{
    /// <summary>Returns the first-page filters, with <paramref name="kind"/> as the value of the kind filter.</summary>
    public static IReadOnlyList<WorkQueueFilter> FirstPages(string kind) =>
    [
        WorkQueueFilter.Default,
        WorkQueueFilter.Default with { Kind = kind },
        WorkQueueFilter.Default with { Due = DueFilter.Overdue },
        WorkQueueFilter.Default with { Due = DueFilter.Soon },
        WorkQueueFilter.Default with { Assignment = AssignmentFilter.Mine },
        WorkQueueFilter.Default with { Assignment = AssignmentFilter.Unassigned },
    ];
}
