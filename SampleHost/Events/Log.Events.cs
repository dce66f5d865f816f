namespace SampleHost;

/// <summary>The log messages of raising host events, event ids 21xx. They name client ids, never a BSN.</summary>
internal static partial class Log
{
    [LoggerMessage(2101, LogLevel.Information, "Raised an address change of client {ClientId} in gemeente {Gemeente} to gemeente {NewGemeente}")]
    public static partial void ClientAddressChangePublished(ILogger logger, Guid clientId, string gemeente, string newGemeente);
}
