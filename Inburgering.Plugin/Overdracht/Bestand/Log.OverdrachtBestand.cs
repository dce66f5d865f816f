using Host.Abstractions;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>
/// The log messages of the signed file format of the warme overdracht, event ids 18xxx. They name package ids, dossier
/// ids, key ids and JSON paths, never a value from the package.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 18001, Level = LogLevel.Information, Message = "Signed handover package {PakketId} of dossier {DossierId} with key {KeyId}")]
    public static partial void OverdrachtBestandOndertekend(ILogger logger, Guid pakketId, Guid dossierId, string keyId);

    [LoggerMessage(EventId = 18002, Level = LogLevel.Information, Message = "Read handover package {PakketId} of sending dossier {DossierId}")]
    public static partial void OverdrachtBestandGelezen(ILogger logger, Guid pakketId, Guid dossierId);

    [LoggerMessage(EventId = 18003, Level = LogLevel.Warning, Message = "Rejected the signature of a handover file with key {KeyId}: {Failure}")]
    public static partial void OverdrachtBestandHandtekeningGeweigerd(ILogger logger, string keyId, SignatureCheckFailure failure);

    [LoggerMessage(EventId = 18004, Level = LogLevel.Information, Message = "Rejected a handover file with {Count} problems, the first at {Path}")]
    public static partial void OverdrachtBestandGeweigerd(ILogger logger, int count, string path);

    [LoggerMessage(EventId = 18005, Level = LogLevel.Information, Message = "Exported dossier {DossierId} as handover package {PakketId} for gemeente {Ontvanger}; health part included: {MetGezondheid}")]
    public static partial void OverdrachtBestandGeexporteerd(ILogger logger, Guid dossierId, Guid pakketId, string ontvanger, bool metGezondheid);

    [LoggerMessage(EventId = 18006, Level = LogLevel.Information, Message = "Imported handover package {PakketId} into dossier {DossierId}; taken over before: {AlOvergenomen}")]
    public static partial void OverdrachtBestandGeimporteerd(ILogger logger, Guid pakketId, Guid dossierId, bool alOvergenomen);

    [LoggerMessage(EventId = 18007, Level = LogLevel.Information, Message = "Rejected handover package {PakketId}: it is addressed to gemeente {Ontvanger}")]
    public static partial void OverdrachtBestandAndereGemeente(ILogger logger, Guid pakketId, string ontvanger);
}
