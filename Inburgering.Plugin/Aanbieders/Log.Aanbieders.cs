using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of aanbieders, referrals and the aanbieder portal, event ids 12xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 12001, Level = LogLevel.Warning, Message = "The organisation of user {UserId} is not a KvK number with an optional vestigingsnummer; the user acts for no aanbieder")]
    public static partial void OrganisationNotParsed(ILogger logger, string userId);

    [LoggerMessage(EventId = 12002, Level = LogLevel.Information, Message = "Registered aanbieder {AanbiederId} in gemeente {Gemeente}")]
    public static partial void AanbiederRegistered(ILogger logger, Guid aanbiederId, string gemeente);

    [LoggerMessage(EventId = 12003, Level = LogLevel.Warning, Message = "Registering an aanbieder in gemeente {Gemeente} failed: a concurrent registration saved the same KvK number and vestigingsnummer first")]
    public static partial void AanbiederRegisteredConcurrently(ILogger logger, string? gemeente);

    [LoggerMessage(EventId = 12004, Level = LogLevel.Information, Message = "Changed aanbieder {AanbiederId}; active: {Actief}")]
    public static partial void AanbiederChanged(ILogger logger, Guid aanbiederId, bool actief);

    [LoggerMessage(EventId = 12005, Level = LogLevel.Warning, Message = "Aanbieder {AanbiederId} was changed by someone else while it was edited; nothing was saved")]
    public static partial void AanbiederChangedConcurrently(ILogger logger, Guid aanbiederId);

    [LoggerMessage(EventId = 12006, Level = LogLevel.Information, Message = "Referred dossier {DossierId} to aanbieder {AanbiederId} with aanmelding {AanmeldingId}")]
    public static partial void AanmeldingCreated(ILogger logger, Guid aanmeldingId, Guid aanbiederId, Guid dossierId);

    [LoggerMessage(EventId = 12007, Level = LogLevel.Information, Message = "Ended aanmelding {AanmeldingId} of dossier {DossierId}")]
    public static partial void AanmeldingEnded(ILogger logger, Guid aanmeldingId, Guid dossierId);

    [LoggerMessage(EventId = 12008, Level = LogLevel.Information, Message = "Processed portal delivery {LeveringId} for aanmelding {AanmeldingId}")]
    public static partial void PortaalLeveringProcessed(ILogger logger, Guid leveringId, Guid aanmeldingId);

    [LoggerMessage(EventId = 12009, Level = LogLevel.Information, Message = "Portal delivery for aanmelding {AanmeldingId} was rejected with {Count} errors; nothing was stored")]
    public static partial void PortaalLeveringInvalid(ILogger logger, Guid aanmeldingId, int count);

    [LoggerMessage(EventId = 12010, Level = LogLevel.Warning, Message = "Portal delivery for aanmelding {AanmeldingId} was refused as a whole; nothing was stored")]
    public static partial void PortaalLeveringRejected(ILogger logger, Guid aanmeldingId);

    [LoggerMessage(EventId = 12011, Level = LogLevel.Information, Message = "Referred {Count} demo dossiers in gemeente {Gemeente} to the demo aanbieders")]
    public static partial void DemoAanmeldingenSeeded(ILogger logger, int count, string gemeente);
}
