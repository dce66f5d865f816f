using Microsoft.Extensions.Logging;

namespace TestSupport.LogScan;

/// <summary>Adds the personal-data log scan to a logging setup.</summary>
public static class LogScanLoggingExtensions
{
    /// <summary>
    /// Sends every message of every category from <see cref="LogLevel.Debug"/> up to <paramref name="sink"/>
    /// (by default <see cref="LogScanSink.Shared"/>). The level is a rule for this provider only, so it applies
    /// whatever the host's configuration sets for other providers, for example <c>Microsoft.AspNetCore: Warning</c>,
    /// which would hide the request URLs that <c>Microsoft.AspNetCore.Hosting</c> logs.
    /// </summary>
    public static ILoggingBuilder AddLogScan(this ILoggingBuilder logging, LogScanSink? sink = null)
    {
        ArgumentNullException.ThrowIfNull(logging);

        logging.AddProvider(new LogScanLoggerProvider(sink ?? LogScanSink.Shared));
        logging.AddFilter<LogScanLoggerProvider>(category: null, LogLevel.Debug);
        return logging;
    }
}
