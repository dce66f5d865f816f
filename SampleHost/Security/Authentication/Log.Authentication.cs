namespace SampleHost;

/// <summary>Sign-in and API client messages, event ids 61xx. They carry our own ids and key ids, never a secret or a token.</summary>
internal static partial class Log
{
    [LoggerMessage(6101, LogLevel.Information, "User {UserId} of gemeente {Gemeente} signed in with OpenID Connect")]
    public static partial void SignedIn(ILogger logger, string userId, string gemeente);

    [LoggerMessage(6102, LogLevel.Warning, "OpenID Connect sign-in rejected: {Reason}")]
    public static partial void SignInRefused(ILogger logger, string reason);

    [LoggerMessage(6103, LogLevel.Warning, "OpenID Connect sign-in failed")]
    public static partial void SignInFailed(ILogger logger, Exception exception);

    [LoggerMessage(6111, LogLevel.Warning, "API request with key id {KeyId} rejected: {Reason}")]
    public static partial void ApiKeyRejected(ILogger logger, string keyId, string reason);

    [LoggerMessage(6112, LogLevel.Information, "API client {ApiClientId} created in gemeente {Gemeente} by {UserId}")]
    public static partial void ApiClientCreated(ILogger logger, Guid apiClientId, string gemeente, string userId);

    [LoggerMessage(6113, LogLevel.Information, "API client {ApiClientId} revoked in gemeente {Gemeente} by {UserId}")]
    public static partial void ApiClientRevoked(ILogger logger, Guid apiClientId, string gemeente, string userId);
}
