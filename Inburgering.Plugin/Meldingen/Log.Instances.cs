using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>
/// The log messages of the work that several host instances share, event ids 24000-24099. They name subscription
/// and run ids only.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 24001, Level = LogLevel.Information, Message = "Skipped subscription {AbonnementId} in gemeente {Gemeente}: another delivery run holds its claim")]
    public static partial void AbonnementBezet(ILogger logger, Guid abonnementId, string gemeente);

    [LoggerMessage(EventId = 24002, Level = LogLevel.Warning, Message = "Delivery run {Run} lost its expired claim on subscription {AbonnementId} to another run and stopped sending for it")]
    public static partial void BezorgClaimVerloren(ILogger logger, Guid abonnementId, Guid run);

    [LoggerMessage(EventId = 24003, Level = LogLevel.Information, Message = "Another delivery run fanned out the same notifications in gemeente {Gemeente} first; this run fanned out none")]
    public static partial void UitwaaieringAlGedaan(ILogger logger, string gemeente);
}
