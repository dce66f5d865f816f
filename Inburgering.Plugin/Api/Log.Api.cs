using Inburgering.Plugin.Leveringen;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>
/// The log messages of the aanbieders API, event ids 15xxx. They name delivery ids and body field paths, never a BSN,
/// a value from the body or the caller's own reference, which may contain anything.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 15001, Level = LogLevel.Information, Message = "API delivery {LeveringId}: status {Status}, {Verwerkt} of {Regels} rows imported, repeated {Herhaald}")]
    public static partial void ApiLeveringProcessed(ILogger logger, Guid leveringId, LeveringStatus status, int verwerkt, int regels, bool herhaald);

    [LoggerMessage(EventId = 15002, Level = LogLevel.Information, Message = "API delivery of {Regels} rows rejected as a whole before any row was checked")]
    public static partial void ApiLeveringRejected(ILogger logger, int regels);

    [LoggerMessage(EventId = 15003, Level = LogLevel.Information, Message = "API request body rejected: field {Veld} has an invalid shape")]
    public static partial void ApiBodyInvalid(ILogger logger, string veld);

    [LoggerMessage(EventId = 15004, Level = LogLevel.Warning, Message = "API caller {UserId} acts for no active aanbieder of this gemeente; request rejected")]
    public static partial void ApiCallerWithoutAanbieder(ILogger logger, string userId);
}
