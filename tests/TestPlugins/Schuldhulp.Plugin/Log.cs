using Microsoft.Extensions.Logging;

namespace Schuldhulp.Plugin;

/// <summary>
/// The plugin's log messages. Event ids: 1xxx aanmeldingen, 2xxx persistence, 3xxx demo data.
/// Messages name aanmelding ids, never a BSN or a name.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Registered aanmelding {AanmeldingId}")]
    public static partial void AanmeldingRegistered(ILogger logger, Guid aanmeldingId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Registered client {ClientId} in the host with data from the BRP")]
    public static partial void ClientRegistered(ILogger logger, string clientId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Aanmelding stopped: the BRP lookup failed: {Problem}")]
    public static partial void BrpLookupFailed(ILogger logger, string? problem);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "A concurrent request registered an aanmelding for client {ClientId} first; nothing was saved")]
    public static partial void ConcurrentAanmelding(ILogger logger, string clientId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Applied {Count} schuldhulp migrations on {Provider}")]
    public static partial void MigrationsApplied(ILogger logger, int count, string provider);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Seeded {Created} demo aanmeldingen in gemeente {Gemeente}")]
    public static partial void DemoDataSeeded(ILogger logger, int created, string gemeente);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Demo aanmelding {Index} in gemeente {Gemeente} was not registered; invalid fields: {FieldKeys}")]
    public static partial void DemoAanmeldingNotRegistered(ILogger logger, int index, string gemeente, string fieldKeys);
}
