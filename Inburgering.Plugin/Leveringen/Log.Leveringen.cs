using Inburgering.Plugin.Leveringen;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>
/// The log messages of processing deliveries, event ids 13xxx. They name deliveries, aanbieders and counts, never a
/// BSN or the aanbieder's own reference, which may hold anything.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 13001, Level = LogLevel.Information, Message = "Processed delivery {LeveringId} of aanbieder {AanbiederId} through {Kanaal}: status {Status}, {AantalRegels} rows, {AantalVerwerkt} imported, {AantalGeweigerd} rejected, {AantalGecorrigeerd} earlier rows corrected")]
    public static partial void LeveringVerwerkt(ILogger logger, Guid leveringId, Guid aanbiederId, LeveringKanaal kanaal, LeveringStatus status, int aantalRegels, int aantalVerwerkt, int aantalGeweigerd, int aantalGecorrigeerd);

    [LoggerMessage(EventId = 13002, Level = LogLevel.Information, Message = "Delivery {LeveringId} of aanbieder {AanbiederId} arrived again with the same rows; nothing was written")]
    public static partial void LeveringHerhaald(ILogger logger, Guid leveringId, Guid aanbiederId);

    [LoggerMessage(EventId = 13003, Level = LogLevel.Warning, Message = "A delivery of aanbieder {AanbiederId} reused the reference of delivery {LeveringId} for other rows; it was refused")]
    public static partial void ReferentieHergebruikt(ILogger logger, Guid aanbiederId, Guid leveringId);

    [LoggerMessage(EventId = 13004, Level = LogLevel.Warning, Message = "A concurrent request of aanbieder {AanbiederId} saved a delivery with the same reference first; nothing was written")]
    public static partial void LeveringGelijktijdig(ILogger logger, Guid aanbiederId);

    [LoggerMessage(EventId = 13005, Level = LogLevel.Information, Message = "A delivery through {Kanaal} by user {UserId} was refused before its rows were checked: {Reden}")]
    public static partial void LeveringGeweigerd(ILogger logger, LeveringKanaal kanaal, string userId, string reden);

    [LoggerMessage(EventId = 13006, Level = LogLevel.Warning, Message = "Processing a delivery of aanbieder {AanbiederId} was cancelled; nothing was written")]
    public static partial void LeveringGeannuleerd(ILogger logger, Guid aanbiederId);
}
