using Inburgering.Plugin.Pip;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The PIP's log messages, event ids 7xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Saved the contents of PIP concept version {Versienummer} of dossier {DossierId}")]
    public static partial void PipConceptSaved(ILogger logger, Guid dossierId, int versienummer);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Drew up PIP concept version {Versienummer} ({Soort}) of dossier {DossierId}")]
    public static partial void PipConceptCreated(ILogger logger, Guid dossierId, int versienummer, PipSoort soort);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Adopted PIP version {Versienummer} ({Soort}) of dossier {DossierId} with dagtekening {Dagtekening}")]
    public static partial void PipVastgesteld(ILogger logger, Guid dossierId, int versienummer, PipSoort soort, DateOnly dagtekening);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Recorded DUO's kennisgeving of {KennisgevingOp} for dossier {DossierId}")]
    public static partial void DuoKennisgevingRecorded(ILogger logger, Guid dossierId, DateOnly kennisgevingOp);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Extended the PIP deadline of dossier {DossierId}: waiting for information since {WachtSinds}")]
    public static partial void PipDeadlineExtended(ILogger logger, Guid dossierId, DateOnly wachtSinds);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Recorded that the information for dossier {DossierId} arrived on {OntvangenOp}")]
    public static partial void PipInformationArrived(ILogger logger, Guid dossierId, DateOnly ontvangenOp);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "No PIP version {VersieId} in gemeente {Gemeente}: another gemeente's version or an unknown id")]
    public static partial void PipVersieNotFound(ILogger logger, Guid versieId, string? gemeente);
}
