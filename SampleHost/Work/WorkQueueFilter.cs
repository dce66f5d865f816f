using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace SampleHost.Work;

/// <summary>Whose tasks the work queue shows.</summary>
internal enum AssignmentFilter
{
    /// <summary>Every open task, assigned or not.</summary>
    Everyone,

    /// <summary>The tasks assigned to the current user.</summary>
    Mine,

    /// <summary>The tasks without an assignee.</summary>
    Unassigned,
}

/// <summary>Which due dates the work queue shows, counted in days in Europe/Amsterdam.</summary>
internal enum DueFilter
{
    /// <summary>Every due date.</summary>
    All,

    /// <summary>Due before today.</summary>
    Overdue,

    /// <summary>Due today or within the next <see cref="WorkQueueFilter.SoonDays"/> days.</summary>
    Soon,
}

/// <summary>
/// The work queue's filters and page position, read from and written to the query string. The values are kinds,
/// fixed words, a date and a task id, never personal data.
/// </summary>
/// <param name="Kind">The task kind to show, or <see langword="null"/> for every kind.</param>
/// <param name="Assignment">Whose tasks to show.</param>
/// <param name="Due">Which due dates to show.</param>
/// <param name="After">The last row of the previous page, or <see langword="null"/> for the first page.</param>
internal sealed record WorkQueueFilter(string? Kind, AssignmentFilter Assignment, DueFilter Due, WorkQueueCursor? After)
{
    public const string KindParameter = "soort";

    public const string AssignmentParameter = "toewijzing";

    public const string DueParameter = "termijn";

    public const string AfterParameter = "na";

    /// <summary>How many days ahead <see cref="DueFilter.Soon"/> looks.</summary>
    public const int SoonDays = 7;

    public static WorkQueueFilter Default { get; } = new(null, AssignmentFilter.Everyone, DueFilter.All, null);

    /// <summary>The query string values of each <see cref="AssignmentFilter"/>.</summary>
    public static IReadOnlyDictionary<AssignmentFilter, string> AssignmentValues { get; } = new Dictionary<AssignmentFilter, string>
    {
        [AssignmentFilter.Everyone] = "iedereen",
        [AssignmentFilter.Mine] = "mij",
        [AssignmentFilter.Unassigned] = "niemand",
    };

    /// <summary>The query string values of each <see cref="DueFilter"/>.</summary>
    public static IReadOnlyDictionary<DueFilter, string> DueValues { get; } = new Dictionary<DueFilter, string>
    {
        [DueFilter.All] = "alle",
        [DueFilter.Overdue] = "te-laat",
        [DueFilter.Soon] = "binnen-7-dagen",
    };

    /// <summary>Reads the filter from <paramref name="query"/>; an unknown or missing value falls back to its default.</summary>
    public static WorkQueueFilter Read(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var values = query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var kind = values.GetValueOrDefault(KindParameter) is { Length: > 0 } value ? value : null;
        var assignment = AssignmentValues.FirstOrDefault(p => p.Value == values.GetValueOrDefault(AssignmentParameter)).Key;
        var due = DueValues.FirstOrDefault(p => p.Value == values.GetValueOrDefault(DueParameter)).Key;
        var after = WorkQueueCursor.TryParse(values.GetValueOrDefault(AfterParameter), out var cursor) ? cursor : (WorkQueueCursor?)null;

        return new WorkQueueFilter(kind, assignment, due, after);
    }

    /// <summary>Returns the query string of this filter, starting with <c>?</c>, or an empty string for the default filter.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Kind is not null)
        {
            parts.Add($"{KindParameter}={Uri.EscapeDataString(Kind)}");
        }

        if (Assignment != AssignmentFilter.Everyone)
        {
            parts.Add($"{AssignmentParameter}={AssignmentValues[Assignment]}");
        }

        if (Due != DueFilter.All)
        {
            parts.Add($"{DueParameter}={DueValues[Due]}");
        }

        if (After is { } after)
        {
            parts.Add($"{AfterParameter}={after.ToString()}");
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }
}

/// <summary>
/// A position in the work queue, which is ordered by due date and then task id; the next page starts after it.
/// Written as <c>yyyy-MM-dd_{id}</c>.
/// </summary>
internal readonly record struct WorkQueueCursor(DateOnly DueDate, Guid Id)
{
    public static bool TryParse(string? value, out WorkQueueCursor cursor)
    {
        cursor = default;
        var parts = value?.Split('_');
        if (parts is not { Length: 2 }
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueDate)
            || !Guid.TryParseExact(parts[1], "D", out var id))
        {
            return false;
        }

        cursor = new WorkQueueCursor(dueDate, id);
        return true;
    }

    public override string ToString() => $"{DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_{Id:D}";
}
