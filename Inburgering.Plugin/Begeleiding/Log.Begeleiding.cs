using Inburgering.Plugin.Dossiers;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of ontzorgen, maatschappelijke begeleiding and voortgangsgesprekken, event ids 9xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Recorded ontzorgen for dossier {DossierId} from {Startdatum} to {Einddatum}")]
    public static partial void OntzorgenRecorded(ILogger logger, Guid dossierId, DateOnly startdatum, DateOnly einddatum);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Rejected ontzorgen for dossier {DossierId}: doelgroep {Doelgroep} is not asielstatushouder")]
    public static partial void OntzorgenRefusedForDoelgroep(ILogger logger, Guid dossierId, Doelgroep doelgroep);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Recorded maatschappelijke begeleiding for dossier {DossierId}")]
    public static partial void BegeleidingRecorded(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Rejected maatschappelijke begeleiding for dossier {DossierId}: doelgroep {Doelgroep} is not asielstatushouder")]
    public static partial void BegeleidingRefusedForDoelgroep(ILogger logger, Guid dossierId, Doelgroep doelgroep);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information, Message = "Planned voortgangsgesprek {GesprekId} of dossier {DossierId} at {GeplandOp:O}")]
    public static partial void GesprekPlanned(ILogger logger, Guid gesprekId, Guid dossierId, DateTimeOffset geplandOp);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Information, Message = "Recorded voortgangsgesprek {GesprekId} of dossier {DossierId} as held at {GehoudenOp:O}")]
    public static partial void GesprekHeld(ILogger logger, Guid gesprekId, Guid dossierId, DateTimeOffset gehoudenOp);
}
