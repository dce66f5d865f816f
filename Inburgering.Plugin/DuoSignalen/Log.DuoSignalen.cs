using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Levensloop;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of the DUO signals and the lifecycle actions, event ids 11xxx; they name signal and dossier ids only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 11001, Level = LogLevel.Information, Message = "Entered DUO signal {SignaalId} of kind {Soort}")]
    public static partial void DuoSignaalIngevoerd(ILogger logger, Guid signaalId, DuoSignaalSoort soort);

    [LoggerMessage(EventId = 11002, Level = LogLevel.Information, Message = "Refused a DUO signal of kind {Soort} as a duplicate of signal {BestaandSignaalId}")]
    public static partial void DuoSignaalDubbel(ILogger logger, DuoSignaalSoort soort, Guid bestaandSignaalId);

    [LoggerMessage(EventId = 11003, Level = LogLevel.Information, Message = "Processed DUO signal {SignaalId} of kind {Soort} for dossier {DossierId}")]
    public static partial void DuoSignaalVerwerkt(ILogger logger, Guid signaalId, DuoSignaalSoort soort, Guid dossierId);

    [LoggerMessage(EventId = 11004, Level = LogLevel.Information, Message = "Rejected DUO signal {SignaalId}")]
    public static partial void DuoSignaalAfgewezen(ILogger logger, Guid signaalId);

    [LoggerMessage(EventId = 11005, Level = LogLevel.Information, Message = "Refused to handle DUO signal {SignaalId}: its status is already {Status}")]
    public static partial void DuoSignaalAlAfgehandeld(ILogger logger, Guid signaalId, DuoSignaalStatus status);

    [LoggerMessage(EventId = 11006, Level = LogLevel.Information, Message = "The withdrawal by DUO signal {SignaalId} restricted dossier {DossierId} and closed {Closed} open tasks")]
    public static partial void IntrekkingVerwerkt(ILogger logger, Guid signaalId, Guid dossierId, int closed);

    [LoggerMessage(EventId = 11007, Level = LogLevel.Information, Message = "Corrected {Gegeven} of dossier {DossierId} from {Oud} to {Nieuw}")]
    public static partial void DossierGecorrigeerd(ILogger logger, Guid dossierId, CorrectieGegeven gegeven, string oud, string nieuw);

    [LoggerMessage(EventId = 11008, Level = LogLevel.Information, Message = "Dossier {DossierId} moved from {VorigeStatus} to {NieuweStatus} on {Op}")]
    public static partial void DossierStatusGewijzigd(ILogger logger, Guid dossierId, DossierStatus vorigeStatus, DossierStatus nieuweStatus, DateOnly op);

    [LoggerMessage(EventId = 11009, Level = LogLevel.Warning, Message = "DUO signal {SignaalId} was handled by someone else at the same time; nothing was saved")]
    public static partial void DuoSignaalConcurrentlyHandled(ILogger logger, Guid signaalId);
}
