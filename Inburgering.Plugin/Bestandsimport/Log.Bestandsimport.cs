using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Leveringen;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of importing delivery files, event ids 14xxx; they name delivery ids and counts, never a file name.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 14001, Level = LogLevel.Information, Message = "Imported delivery file as delivery {LeveringId} with status {Status}: {AantalRegels} rows, {AantalVerwerkt} imported")]
    public static partial void LeveringBestandVerwerkt(ILogger logger, Guid leveringId, LeveringStatus status, int aantalRegels, int aantalVerwerkt);

    [LoggerMessage(EventId = 14002, Level = LogLevel.Information, Message = "Rejected a delivery file before import: {Soort}")]
    public static partial void LeveringBestandStructuurfout(ILogger logger, BestandsfoutSoort soort);

    [LoggerMessage(EventId = 14003, Level = LogLevel.Information, Message = "A delivery file repeated delivery {LeveringId}; nothing was counted again")]
    public static partial void LeveringBestandHerhaald(ILogger logger, Guid leveringId);

    [LoggerMessage(EventId = 14004, Level = LogLevel.Information, Message = "The processing rejected a delivery file of {AantalRegels} rows as a whole; nothing was stored")]
    public static partial void LeveringBestandGeweigerd(ILogger logger, int aantalRegels);
}
