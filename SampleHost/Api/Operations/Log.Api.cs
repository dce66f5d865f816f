namespace SampleHost;

/// <summary>
/// The log messages of the plugins' REST API under <c>/api/v1</c>, event ids 8000-8099. They carry operation ids,
/// plugin ids and gemeentecodes, never a BSN, name or address.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(8001, LogLevel.Information, "API operations mapped under /api/v1: {OperationCount} operations of {PluginCount} plugins")]
    public static partial void ApiOperationsMapped(ILogger logger, int operationCount, int pluginCount);

    [LoggerMessage(8002, LogLevel.Information, "API request to {OperationId} rejected with {Status}: {Reason}")]
    public static partial void ApiRequestRejected(ILogger logger, string operationId, int status, string reason);
}
