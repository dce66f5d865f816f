using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>
/// The plugin's log messages. Event ids: 1xxx registration, 2xxx persistence, 3xxx demo data, 4xxx closure,
/// restriction and retention, 5xxx deadline scan; each area of the process has its own file <c>Log.{Area}.cs</c> with
/// its own range: 6xxx brede intake, 7xxx PIP, 8xxx onderdelen and hours, 9xxx begeleiding and voortgangsgesprekken,
/// 10xxx termijn and handhaving, 11xxx lifecycle and DUO signals, 12xxx aanbieders and the portal, 13xxx processing
/// deliveries, 14xxx file import, 15xxx the aanbieders API, 16xxx moves, 17xxx the warme overdracht, 18xxx its file
/// format, 19xxx COA information, 20xxx the DUO import and portal worklist, 21xxx notifications.
/// Messages name dossier ids, never a BSN, V-nummer, name or address.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Registered dossier {DossierId} for doelgroep {Doelgroep}")]
    public static partial void DossierRegistered(ILogger logger, Guid dossierId, Doelgroep doelgroep);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Registration found existing dossier {DossierId}; nothing was created")]
    public static partial void DossierAlreadyExists(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Registration stopped: the BRP has no person with the given BSN")]
    public static partial void BrpPersonNotFound(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Registration stopped: the BRP lookup failed: {Problem}")]
    public static partial void BrpLookupFailed(ILogger logger, string? problem);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "A concurrent registration saved dossier {DossierId} first; returned that dossier and created nothing")]
    public static partial void ConcurrentRegistration(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Linked a BSN to dossier {DossierId}")]
    public static partial void BsnGekoppeld(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Dossier {DossierId} was changed by someone else while a BSN was linked; nothing was saved")]
    public static partial void DossierChangedConcurrently(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Linking a BSN to dossier {DossierId} failed: another dossier with that BSN was saved first")]
    public static partial void BsnTakenConcurrently(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Applied {Count} inburgering migrations on {Provider}")]
    public static partial void MigrationsApplied(ILogger logger, int count, DatabaseProvider provider);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Seeded {Created} demo dossiers in gemeente {Gemeente}")]
    public static partial void DemoDataSeeded(ILogger logger, int created, string gemeente);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Demo dossier {Index} in gemeente {Gemeente} was not registered; invalid fields: {FieldKeys}")]
    public static partial void DemoDossierNotRegistered(ILogger logger, int index, string gemeente, string fieldKeys);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Closed dossier {DossierId} with reason {Reden}")]
    public static partial void DossierClosed(ILogger logger, Guid dossierId, AfsluitReden reden);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Restricted the processing of dossier {DossierId}")]
    public static partial void DossierRestricted(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Lifted the restriction of dossier {DossierId}")]
    public static partial void RestrictionLifted(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Refused to show restricted dossier {DossierId}")]
    public static partial void RestrictedDossierRefused(ILogger logger, Guid dossierId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Anonymised {Count} dossiers in gemeente {Gemeente} closed on or before {ClosedOnOrBefore}; kept {Restricted} restricted dossiers")]
    public static partial void DossiersAnonymised(ILogger logger, int count, int restricted, string gemeente, DateOnly closedOnOrBefore);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "No dossier {DossierId} to change in gemeente {Gemeente}: another gemeente's dossier, an anonymised one, or an unknown id")]
    public static partial void DossierToChangeNotFound(ILogger logger, Guid dossierId, string? gemeente);
}
