namespace SampleHost;

/// <summary>SampleHost's log messages about the work queue. Event ids 63xx; they carry our own ids only.</summary>
internal static partial class Log
{
    [LoggerMessage(6301, LogLevel.Information, "Work item {WorkItemId} in gemeente {Gemeente} assigned to {AssigneeId} by user {UserId}")]
    public static partial void WorkItemAssigned(ILogger logger, Guid workItemId, string gemeente, string assigneeId, string userId);

    [LoggerMessage(6302, LogLevel.Information, "Work item {WorkItemId} in gemeente {Gemeente} released by user {UserId}")]
    public static partial void WorkItemReleased(ILogger logger, Guid workItemId, string gemeente, string userId);

    [LoggerMessage(6303, LogLevel.Information, "Work item {WorkItemId} in gemeente {Gemeente} closed by user {UserId}")]
    public static partial void WorkItemClosed(ILogger logger, Guid workItemId, string gemeente, string userId);

    [LoggerMessage(6304, LogLevel.Information, "Work item {WorkItemId} in gemeente {Gemeente} not changed for user {UserId}: it changed since the user's page was loaded")]
    public static partial void WorkItemStale(ILogger logger, Guid workItemId, string gemeente, string userId);
}
