using SampleHost.Privacy;

namespace SampleHost;

/// <summary>The log messages of the processing log, event ids 6xxx. They carry gemeentecodes and sequence numbers only.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "Processing log chain of gemeente {Gemeente} moved while appending (attempt {Attempt}); retrying")]
    public static partial void ProcessingLogHeadMoved(ILogger logger, string gemeente, int attempt);

    [LoggerMessage(6002, LogLevel.Information, "Processing log chain of gemeente {Gemeente} verified: {RecordCount} records intact")]
    public static partial void ProcessingLogVerified(ILogger logger, string gemeente, long recordCount);

    [LoggerMessage(6003, LogLevel.Error, "Processing log chain of gemeente {Gemeente} is broken at sequence number {Sequence}: {Problem}")]
    public static partial void ProcessingLogBroken(ILogger logger, string gemeente, long sequence, ChainProblem problem);
}
