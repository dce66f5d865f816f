using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The deadline scan's log messages, event ids 5001 and 26000–26099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Deadline scan in gemeente {Gemeente} created {Created} tasks and closed {Closed} lapsed tasks")]
    public static partial void DeadlineScanDone(ILogger logger, string gemeente, int created, int closed);

    [LoggerMessage(EventId = 26000, Level = LogLevel.Debug, Message = "Deadline scan rule {Kind} in gemeente {Gemeente}: {Due} tasks due, {Created} created, {Unchanged} left unchanged, {Closed} closed, in {ElapsedMilliseconds} ms")]
    public static partial void DeadlineScanRuleDone(ILogger logger, string kind, string gemeente, int due, int created, int unchanged, int closed, long elapsedMilliseconds);
}
