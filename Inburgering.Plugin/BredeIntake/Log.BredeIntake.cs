using Inburgering.Plugin.Leerroutes;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The brede intake's log messages, event ids 6xxx. They name dossier ids and part keys, never a value of a part.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Saved part {Onderdeel} of the brede intake of dossier {DossierId}")]
    public static partial void IntakeOnderdeelSaved(ILogger logger, Guid dossierId, string onderdeel);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Started the brede intake of dossier {DossierId}")]
    public static partial void IntakeStarted(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Chose leerroute {Leerroute} in the brede intake of dossier {DossierId}; differs from the advice: {Afwijkend}")]
    public static partial void LeerrouteChosen(ILogger logger, Guid dossierId, Leerroute leerroute, bool afwijkend);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Completed the brede intake of dossier {DossierId}")]
    public static partial void IntakeCompleted(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "The brede intake of dossier {DossierId} was changed by someone else meanwhile; nothing was saved")]
    public static partial void IntakeChangedConcurrently(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Rejected a change of the brede intake of restricted dossier {DossierId}")]
    public static partial void RestrictedIntakeChangeRejected(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Refused to show the brede intake of restricted dossier {DossierId}")]
    public static partial void RestrictedIntakeRefused(ILogger logger, Guid dossierId);
}
