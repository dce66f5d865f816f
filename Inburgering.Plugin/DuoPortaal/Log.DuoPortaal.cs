using Inburgering.Plugin.DuoPortaal;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>
/// The log messages of the import of DUO signals and of the worklist of registrations in the DUO portal, event ids
/// 20xxx. They name counts and our own ids only, never a BSN, V-nummer or file name.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 20001, Level = LogLevel.Information, Message = "Imported a file of {Regels} DUO signal rows: {Opgeslagen} stored, {AlBekend} already in the inbox, {Fouten} errors")]
    public static partial void DuoSignalenGeimporteerd(ILogger logger, int regels, int opgeslagen, int alBekend, int fouten);

    [LoggerMessage(EventId = 20002, Level = LogLevel.Information, Message = "Rejected a file of {Regels} DUO signal rows with {Fouten} errors; nothing was stored")]
    public static partial void DuoSignalenImportGeweigerd(ILogger logger, int regels, int fouten);

    [LoggerMessage(EventId = 20003, Level = LogLevel.Warning, Message = "A file of {Regels} DUO signal rows was not stored: another save stored one of its signals at the same time")]
    public static partial void DuoSignalenImportGelijktijdig(ILogger logger, int regels);

    [LoggerMessage(EventId = 20004, Level = LogLevel.Information, Message = "Rejected a file of DUO signals for {Fouten} structural errors")]
    public static partial void DuoSignalenBestandGeweigerd(ILogger logger, int fouten);

    [LoggerMessage(EventId = 20010, Level = LogLevel.Information, Message = "Added DUO registration {RegistratieId} of kind {Soort} for dossier {DossierId}")]
    public static partial void DuoRegistratieToegevoegd(ILogger logger, Guid registratieId, DuoRegistratieSoort soort, Guid dossierId);

    [LoggerMessage(EventId = 20011, Level = LogLevel.Information, Message = "DUO registration {RegistratieId} of kind {Soort} for dossier {DossierId} already exists; nothing added")]
    public static partial void DuoRegistratieAlAanwezig(ILogger logger, Guid registratieId, DuoRegistratieSoort soort, Guid dossierId);

    [LoggerMessage(EventId = 20012, Level = LogLevel.Information, Message = "Marked DUO registration {RegistratieId} of dossier {DossierId} as registered on {GeregistreerdOp}")]
    public static partial void DuoRegistratieAfgevinkt(ILogger logger, Guid registratieId, Guid dossierId, DateOnly geregistreerdOp);

    [LoggerMessage(EventId = 20013, Level = LogLevel.Warning, Message = "DUO registration {RegistratieId} was changed by someone else at the same time; nothing was saved")]
    public static partial void DuoRegistratieGelijktijdigGewijzigd(ILogger logger, Guid registratieId);
}
