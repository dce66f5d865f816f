namespace SampleHost;

/// <summary>The log messages of the request rate limits.</summary>
internal static partial class Log
{
    [LoggerMessage(7001, LogLevel.Warning, "Rate limit reached: {Method} request to {Endpoint} rejected with 429")]
    public static partial void RequestRateLimited(ILogger logger, string method, string endpoint);
}
