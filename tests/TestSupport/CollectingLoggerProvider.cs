using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TestSupport;

/// <summary>Keeps every log line, exceptions included, so tests can check what was logged.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>The formatted messages, each followed by its exception when there is one.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(_lines);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lines.Enqueue(exception is null ? formatter(state, exception) : $"{formatter(state, exception)} {exception}");
        }
    }
}
