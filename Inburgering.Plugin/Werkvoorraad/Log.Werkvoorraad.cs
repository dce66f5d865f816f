using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The deadline scan's log messages, event ids 5xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Deadline scan in gemeente {Gemeente} created {Created} tasks and closed {Closed} lapsed tasks")]
    public static partial void DeadlineScanDone(ILogger logger, string gemeente, int created, int closed);
}
