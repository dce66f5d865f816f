namespace SampleHost;

/// <summary>The log messages of the BRP client and stand-in, event ids 5xxx. They never carry a BSN, name or address.</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Warning, "The BRP at {BaseAddress} could not be reached ({Error})")]
    public static partial void BrpUnreachable(ILogger logger, Uri? baseAddress, HttpRequestError error, Exception exception);

    [LoggerMessage(5002, LogLevel.Warning, "The BRP request to {BaseAddress} timed out after {Timeout}")]
    public static partial void BrpTimedOut(ILogger logger, Uri? baseAddress, TimeSpan timeout);

    [LoggerMessage(5003, LogLevel.Warning, "The BRP request failed with status {StatusCode}, problem code {ProblemCode}: {ProblemTitle}")]
    public static partial void BrpRequestFailed(ILogger logger, int statusCode, string? problemCode, string? problemTitle);

    [LoggerMessage(5004, LogLevel.Warning, "The BRP response could not be read at {JsonPath}")]
    public static partial void BrpResponseInvalid(ILogger logger, string jsonPath);

    [LoggerMessage(5101, LogLevel.Information, "BRP stand-in loaded {PersonCount} persons from {PersoonslijstCount} persoonslijsten in {FileName}")]
    public static partial void BrpTestSetLoaded(ILogger logger, int personCount, int persoonslijstCount, string fileName);

    [LoggerMessage(5102, LogLevel.Information, "BRP stand-in serves POST {Route} from the RvIG test set")]
    public static partial void BrpStandInMapped(ILogger logger, string route);

    [LoggerMessage(5104, LogLevel.Warning, "BRP stand-in rejected a request without a valid API key")]
    public static partial void BrpStandInUnauthorized(ILogger logger);

    [LoggerMessage(5105, LogLevel.Warning, "BRP stand-in rejected a request whose body is not a JSON object")]
    public static partial void BrpStandInInvalidBody(ILogger logger);

    [LoggerMessage(5106, LogLevel.Warning, "BRP stand-in rejected a request with invalid parameters: {ParameterNames}")]
    public static partial void BrpStandInInvalidParameters(ILogger logger, string parameterNames);

    [LoggerMessage(5107, LogLevel.Debug, "BRP stand-in returned {FoundCount} persons for {RequestedCount} requested BSNs")]
    public static partial void BrpStandInReturned(ILogger logger, int requestedCount, int foundCount);
}
