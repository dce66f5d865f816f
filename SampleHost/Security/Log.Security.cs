namespace SampleHost;

/// <summary>SampleHost's log messages about access to records. Event ids 62xx.</summary>
internal static partial class Log
{
    [LoggerMessage(6201, LogLevel.Warning, "No {RecordType} {RecordId} in gemeente {Gemeente} for user {UserId}: another gemeente's record or an unknown id")]
    public static partial void RecordNotFound(ILogger logger, string recordType, string recordId, string? gemeente, string userId);

    [LoggerMessage(6202, LogLevel.Information, "Search by BSN found no client in gemeente {Gemeente} for user {UserId}")]
    public static partial void ClientSearchFoundNothing(ILogger logger, string? gemeente, string userId);
}
