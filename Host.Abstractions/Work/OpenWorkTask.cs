namespace Host.Abstractions;

/// <summary>An open task in the host's work queue, as <see cref="IWorkTasks.OpenTasksAsync"/> returns it.</summary>
/// <param name="Key">The task's key.</param>
/// <param name="Title">The task's title, or <see langword="null"/> when the host does not report it.</param>
/// <param name="DueDate">The task's due date, or <see langword="null"/> when the host does not report it.</param>
public sealed record OpenWorkTask(string Key, LocalizedText? Title, DateOnly? DueDate)
{
    /// <summary>
    /// Whether <see cref="IWorkTasks.EnsureAsync"/> would leave this task as it is for <paramref name="task"/>: the same
    /// key, title and due date. It is <see langword="false"/> when the host did not report the title or due date.
    /// </summary>
    /// <param name="task">The task a plugin is about to ensure.</param>
    public bool Matches(WorkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);

        return string.Equals(Key, task.Key, StringComparison.Ordinal) && Title == task.Title && DueDate == task.DueDate;
    }
}
