using Inburgering.Plugin.Verhuizing;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of move detection, event ids 16xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 16001, Level = LogLevel.Information, Message = "Detected a move of dossier {DossierId} to gemeente {NieuweGemeente} through {Bron}; recorded Verhuizing {VerhuizingId}")]
    public static partial void VerhuizingGesignaleerd(ILogger logger, Guid dossierId, Guid verhuizingId, string nieuweGemeente, VerhuizingBron bron);

    [LoggerMessage(EventId = 16002, Level = LogLevel.Information, Message = "Dossier {DossierId} already has an open Verhuizing or handled this move before; recorded nothing")]
    public static partial void VerhuizingAlreadyKnown(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 16003, Level = LogLevel.Debug, Message = "Checked dossier {DossierId} for a move: {Uitkomst}")]
    public static partial void VerhuizingChecked(ILogger logger, Guid dossierId, VerhuizingUitkomst uitkomst);

    [LoggerMessage(EventId = 16004, Level = LogLevel.Warning, Message = "The BRP lookup for the move check of dossier {DossierId} failed: {Problem}")]
    public static partial void VerhuizingBrpLookupFailed(ILogger logger, Guid dossierId, string? problem);

    [LoggerMessage(EventId = 16005, Level = LogLevel.Warning, Message = "The BRP has no person with the BSN of dossier {DossierId}; the move check was skipped")]
    public static partial void VerhuizingBrpPersonNotFound(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 16006, Level = LogLevel.Debug, Message = "An address change in gemeente {Gemeente} concerns no open dossier; ignored")]
    public static partial void AddressChangeWithoutOpenDossier(ILogger logger, string gemeente);

    [LoggerMessage(EventId = 16007, Level = LogLevel.Information, Message = "Dismissed Verhuizing {VerhuizingId} of dossier {DossierId}: not a move")]
    public static partial void VerhuizingAfgewezen(ILogger logger, Guid dossierId, Guid verhuizingId);

    [LoggerMessage(EventId = 16008, Level = LogLevel.Information, Message = "Marked Verhuizing {VerhuizingId} of dossier {DossierId} as handed over")]
    public static partial void VerhuizingOvergedragen(ILogger logger, Guid dossierId, Guid verhuizingId);

    [LoggerMessage(EventId = 16009, Level = LogLevel.Warning, Message = "Dossier {DossierId} has no open Verhuizing to mark as handed over")]
    public static partial void NoOpenVerhuizing(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 16010, Level = LogLevel.Information, Message = "BRP move check in gemeente {Gemeente}: {Checked} dossiers checked, {Detected} moves detected, {Failed} lookups failed")]
    public static partial void VerhuizingenBrpJobDone(ILogger logger, string gemeente, int @checked, int detected, int failed);
}
