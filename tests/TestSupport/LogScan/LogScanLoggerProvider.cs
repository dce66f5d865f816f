using Microsoft.Extensions.Logging;

namespace TestSupport.LogScan;

/// <summary>A logger provider that passes every message, with its exception, to a <see cref="LogScanSink"/>.</summary>
[ProviderAlias("LogScan")]
public sealed class LogScanLoggerProvider(LogScanSink sink) : ILoggerProvider
{
    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new ScanningLogger(categoryName, sink);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class ScanningLogger(string category, LogScanSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);

            var message = formatter(state, exception);
            sink.Record(category, logLevel, exception is null ? message : $"{message}\n{exception}");
        }
    }
}
