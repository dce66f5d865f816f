using Inburgering.Plugin.Demo;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The demo data's log messages, event ids 3xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Built the demo process {Verloop} for dossier {DossierId}")]
    public static partial void DemoVerloopBuilt(ILogger logger, Guid dossierId, DemoVerloop verloop);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Added {Count} demo DUO signals without a dossier in gemeente {Gemeente}")]
    public static partial void DemoSignalenAdded(ILogger logger, int count, string gemeente);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Seeded {Count} demo deliveries in gemeente {Gemeente}")]
    public static partial void DemoLeveringenSeeded(ILogger logger, int count, string gemeente);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Seeded the sent demo overdracht {OverdrachtId} of dossier {DossierId} to gemeente {Ontvanger}")]
    public static partial void DemoOverdrachtSeeded(ILogger logger, Guid overdrachtId, Guid dossierId, string ontvanger);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Seeded {Count} demo items of the DUO-portal worklist in gemeente {Gemeente}")]
    public static partial void DemoDuoRegistratiesSeeded(ILogger logger, int count, string gemeente);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Seeded the COA information of {Count} demo dossiers in gemeente {Gemeente}")]
    public static partial void DemoCoaSeeded(ILogger logger, int count, string gemeente);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Seeded the inactive demo subscription {AbonnementId} in gemeente {Gemeente}")]
    public static partial void DemoAbonnementSeeded(ILogger logger, Guid abonnementId, string gemeente);
}
