using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Termijn;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The termijn and handhaving log messages, event ids 10xxx. A ground of an ontheffing is never logged: it can be a health fact.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 10001, Level = LogLevel.Information, Message = "Recorded extension {Volgnummer} of the term of dossier {DossierId}, decided by {Beslisser}")]
    public static partial void TermijnVerlengd(ILogger logger, Guid dossierId, int volgnummer, VerlengingBeslisser beslisser);

    [LoggerMessage(EventId = 10002, Level = LogLevel.Information, Message = "Recorded no blame for a late finish in dossier {DossierId} for education {Grond}")]
    public static partial void GeenVerwijtVastgelegd(ILogger logger, Guid dossierId, GeenVerwijtGrond grond);

    [LoggerMessage(EventId = 10003, Level = LogLevel.Information, Message = "Recorded a decision of kind {Soort} and closed dossier {DossierId}")]
    public static partial void OntheffingVastgelegd(ILogger logger, Guid dossierId, OntheffingSoort soort);

    [LoggerMessage(EventId = 10004, Level = LogLevel.Information, Message = "Established completion of dossier {DossierId} and closed it")]
    public static partial void VoldaanVastgesteld(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 10005, Level = LogLevel.Information, Message = "Rejected completion of dossier {DossierId}: progress known {Bekend}, {Ontbreekt} parts missing")]
    public static partial void VoldaanNietVastgesteld(ILogger logger, Guid dossierId, bool bekend, int ontbreekt);

    [LoggerMessage(EventId = 10006, Level = LogLevel.Information, Message = "Recorded enforcement fact {Soort} in dossier {DossierId}")]
    public static partial void HandhavingFeitVastgelegd(ILogger logger, Guid dossierId, HandhavingFeitSoort soort);

    [LoggerMessage(EventId = 10007, Level = LogLevel.Information, Message = "Recorded decision {Uitkomst} on measure {Maatregel} in dossier {DossierId}")]
    public static partial void HandhavingsbesluitVastgelegd(ILogger logger, Guid dossierId, Maatregel maatregel, BesluitUitkomst uitkomst);
}
