using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Host.Abstractions.Testing;

/// <summary>One message the host or a plugin logged.</summary>
/// <param name="Category">The logger's category, usually the full name of the class that logged.</param>
/// <param name="Level">The log level.</param>
/// <param name="EventId">The event id, or 0 when the message has none.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with the message, or <see langword="null"/>.</param>
public sealed record HostLogEntry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception)
{
    /// <summary>Returns the entry as one line, with the exception's type and message when there is one.</summary>
    public override string ToString() =>
        Exception is null
            ? $"{Level} {Category}: {Message}"
            : $"{Level} {Category}: {Message} ({Exception.GetType().Name}: {Exception.Message})";
}

/// <summary>Keeps every message the host logs, from every category and level, so tests can check and show them.</summary>
internal sealed class HostLog : ILoggerProvider
{
    private readonly ConcurrentQueue<HostLogEntry> _entries = new();

    public IReadOnlyCollection<HostLogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<HostLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);

            entries.Enqueue(new HostLogEntry(category, logLevel, eventId.Id, formatter(state, exception), exception));
        }
    }
}
