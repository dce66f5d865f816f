using Inburgering.Plugin.Overdracht;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of the warme overdracht between gemeenten, event ids 17xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 17001, Level = LogLevel.Information, Message = "Prepared overdracht {OverdrachtId} of dossier {DossierId} for gemeente {Ontvanger}; health details included: {MetGezondheid}")]
    public static partial void OverdrachtVoorbereid(ILogger logger, Guid overdrachtId, Guid dossierId, string ontvanger, bool metGezondheid);

    [LoggerMessage(EventId = 17002, Level = LogLevel.Information, Message = "Sent overdracht {OverdrachtId} to gemeente {Ontvanger}; dossier {DossierId} closed as Vertrokken on {Verhuisdatum}")]
    public static partial void OverdrachtVerzonden(ILogger logger, Guid overdrachtId, string ontvanger, Guid dossierId, DateOnly verhuisdatum);

    [LoggerMessage(EventId = 17003, Level = LogLevel.Information, Message = "Accepted overdracht {OverdrachtId} into dossier {DossierId}")]
    public static partial void OverdrachtGeaccepteerd(ILogger logger, Guid overdrachtId, Guid dossierId);

    [LoggerMessage(EventId = 17004, Level = LogLevel.Information, Message = "Overdracht {OverdrachtId} is now {Status}")]
    public static partial void OverdrachtAfgehandeld(ILogger logger, Guid overdrachtId, OverdrachtStatus status);

    [LoggerMessage(EventId = 17005, Level = LogLevel.Information, Message = "Took over package {PakketId} from gemeente {Afzender} into new dossier {DossierId}")]
    public static partial void PakketOvergenomen(ILogger logger, Guid pakketId, string afzender, Guid dossierId);

    [LoggerMessage(EventId = 17006, Level = LogLevel.Information, Message = "Package {PakketId} was taken over before into dossier {DossierId}; nothing was created")]
    public static partial void PakketAlOvergenomen(ILogger logger, Guid pakketId, Guid dossierId);

    [LoggerMessage(EventId = 17007, Level = LogLevel.Warning, Message = "Rejected package {PakketId}: {Count} problems, the first at {Pad}")]
    public static partial void PakketGeweigerd(ILogger logger, Guid pakketId, int count, string pad);

    [LoggerMessage(EventId = 17008, Level = LogLevel.Warning, Message = "Overdracht {OverdrachtId} was changed by someone else; nothing was saved")]
    public static partial void OverdrachtChangedConcurrently(ILogger logger, Guid overdrachtId);

    [LoggerMessage(EventId = 17009, Level = LogLevel.Warning, Message = "The BRP lookup for package {PakketId} failed, so the new dossier keeps the package's name and birth date: {Problem}")]
    public static partial void OverdrachtBrpLookupFailed(ILogger logger, Guid pakketId, string? problem);
}
