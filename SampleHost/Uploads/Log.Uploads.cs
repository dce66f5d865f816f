namespace SampleHost;

/// <summary>
/// SampleHost's log messages about uploaded and downloaded files. Event ids 90xx. They carry the route and our own
/// ids, never a file's name or content.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(9001, LogLevel.Warning, "Upload to {Path} rejected: the request is larger than {MaxRequestBytes} bytes")]
    public static partial void UploadRequestTooLarge(ILogger logger, PathString path, long maxRequestBytes);

    [LoggerMessage(9002, LogLevel.Warning, "Upload to {Path} rejected: the multipart form is invalid ({Reason})")]
    public static partial void UploadFormInvalid(ILogger logger, PathString path, string reason);

    [LoggerMessage(9003, LogLevel.Information, "File of input {FieldKey} of action {ActionId} rejected: {Length} bytes, more than {MaxBytes}")]
    public static partial void UploadTooLarge(ILogger logger, string actionId, string fieldKey, long length, long maxBytes);

    [LoggerMessage(9011, LogLevel.Information, "Download {DownloadId} served for record {RecordId} to user {UserId} in gemeente {Gemeente}")]
    public static partial void DownloadServed(ILogger logger, string downloadId, string? recordId, string userId, string? gemeente);

    [LoggerMessage(9012, LogLevel.Error, "Download {DownloadId} failed after the response started; the connection was aborted")]
    public static partial void DownloadFailedWhileStreaming(ILogger logger, string downloadId);
}
