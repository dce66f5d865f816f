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
}
