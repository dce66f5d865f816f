using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of the unauthorised absence signal, event ids 139xx within the range of processing deliveries.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 13901, Level = LogLevel.Information, Message = "Absence signal checked {Rows} delivered rows: opened {Opened} tasks, closed {Closed} tasks of corrected rows")]
    public static partial void AbsenceSignalled(ILogger logger, int rows, int opened, int closed);
}
