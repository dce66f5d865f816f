using Host.Abstractions;

namespace SampleHost.Work;

/// <summary>A kind of task that has open tasks in the gemeente, for the work queue's filter.</summary>
/// <param name="Kind">The kind, such as <c>inburgering.pip-te-laat</c> or a workflow id.</param>
/// <param name="Name">The name users see.</param>
internal sealed record WorkQueueKind(string Kind, LocalizedText Name);

/// <summary>One open task as the work queue shows it.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="DueDate">The day the task is due, in Europe/Amsterdam.</param>
/// <param name="IsOverdue">Whether the due date is before today.</param>
/// <param name="Kind">The kind and its name.</param>
/// <param name="Task">What has to be done.</param>
/// <param name="RecordUrl">The screen that opens the record, or <see langword="null"/>.</param>
/// <param name="AssignedTo">The user id of the assignee, or <see langword="null"/>.</param>
/// <param name="AssignedToName">The assignee's name; the user id when the host does not know the name.</param>
/// <param name="ConcurrencyStamp">The stamp a change of this task must send back.</param>
internal sealed record WorkQueueRow(
    Guid Id,
    DateOnly DueDate,
    bool IsOverdue,
    WorkQueueKind Kind,
    LocalizedText Task,
    string? RecordUrl,
    string? AssignedTo,
    string? AssignedToName,
    Guid ConcurrencyStamp);

/// <summary>One page of the work queue.</summary>
/// <param name="Rows">At most <see cref="WorkQueue.PageSize"/> tasks, the earliest due first.</param>
/// <param name="Kinds">The kinds with open tasks in the gemeente, of available plugins only.</param>
/// <param name="Next">Where the next page starts, or <see langword="null"/> on the last page.</param>
/// <param name="Today">Today in Europe/Amsterdam, against which <see cref="WorkQueueRow.IsOverdue"/> was decided.</param>
internal sealed record WorkQueuePage(IReadOnlyList<WorkQueueRow> Rows, IReadOnlyList<WorkQueueKind> Kinds, WorkQueueCursor? Next, DateOnly Today);

/// <summary>The outcome of a change to a task in the work queue.</summary>
internal enum WorkQueueChangeResult
{
    /// <summary>The task changed.</summary>
    Changed,

    /// <summary>No open or closed task with that id in the current gemeente, or one of a plugin that is off.</summary>
    NotFound,

    /// <summary>The task changed since the user's page was loaded; nothing was changed.</summary>
    Stale,

    /// <summary>The task is already closed; closed tasks stay closed.</summary>
    Closed,

    /// <summary>The chosen colleague is not a user of the gemeente who may handle tasks.</summary>
    UnknownColleague,
}
