using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>
/// The log messages of the notifications to other municipal systems, event ids 21xxx. They name notification and
/// subscription ids only, never a subscription's name, URL or secret.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 21001, Level = LogLevel.Information, Message = "Notification delivery in gemeente {Gemeente}: {Uitgewaaierd} deliveries created, {Afgeleverd} delivered, {Mislukt} attempts failed")]
    public static partial void MeldingenBezorgd(ILogger logger, string gemeente, int uitgewaaierd, int afgeleverd, int mislukt);

    [LoggerMessage(EventId = 21002, Level = LogLevel.Warning, Message = "Delivering notification {MeldingId} to subscription {AbonnementId} failed at attempt {Pogingen} with HTTP status {HttpStatus}: {Fout}; next attempt at {VolgendePogingOp:O}")]
    public static partial void AfleveringMislukt(ILogger logger, Guid meldingId, Guid abonnementId, int pogingen, int? httpStatus, string? fout, DateTimeOffset? volgendePogingOp);

    [LoggerMessage(EventId = 21003, Level = LogLevel.Warning, Message = "Deactivated subscription {AbonnementId} because its webhook answered 410 Gone; its pending deliveries wait until it is active again")]
    public static partial void AbonnementVerdwenen(ILogger logger, Guid abonnementId);

    [LoggerMessage(EventId = 21004, Level = LogLevel.Information, Message = "Added subscription {AbonnementId}")]
    public static partial void AbonnementToegevoegd(ILogger logger, Guid abonnementId);

    [LoggerMessage(EventId = 21005, Level = LogLevel.Information, Message = "Changed subscription {AbonnementId}; active: {Actief}")]
    public static partial void AbonnementGewijzigd(ILogger logger, Guid abonnementId, bool actief);

    [LoggerMessage(EventId = 21006, Level = LogLevel.Information, Message = "Deactivated subscription {AbonnementId}")]
    public static partial void AbonnementGedeactiveerd(ILogger logger, Guid abonnementId);

    [LoggerMessage(EventId = 21007, Level = LogLevel.Information, Message = "Made {Aantal} undelivered notifications of subscription {AbonnementId} due now")]
    public static partial void AbonnementOpnieuwProberen(ILogger logger, Guid abonnementId, int aantal);

    [LoggerMessage(EventId = 21008, Level = LogLevel.Warning, Message = "Subscription {AbonnementId} was changed by someone else since the form was opened; nothing was saved")]
    public static partial void AbonnementGelijktijdigGewijzigd(ILogger logger, Guid abonnementId);
}
