using Inburgering.Plugin.Uren;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of the onderdelen, hours and exams, event ids 8xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Recorded hours {UrenregelId} of kind {Soort} in dossier {DossierId}")]
    public static partial void UrenRegistered(ILogger logger, Guid urenregelId, UrenSoort soort, Guid dossierId);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Removed hours {UrenregelId} from dossier {DossierId} with reason {Reden}")]
    public static partial void UrenRemoved(ILogger logger, Guid urenregelId, Guid dossierId, UrenCorrectieReden reden);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "Recorded onderdeel {Onderdeel} in dossier {DossierId}")]
    public static partial void OnderdeelRecorded(ILogger logger, string onderdeel, Guid dossierId);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Information, Message = "Recorded exam result {ExamenresultaatId} in dossier {DossierId}")]
    public static partial void ExamenRegistered(ILogger logger, Guid examenresultaatId, Guid dossierId);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Information, Message = "Dossier {DossierId} moved to InTraject with its first recorded progress")]
    public static partial void TrajectStarted(ILogger logger, Guid dossierId);
}
