using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace TestSupport.LogScan;

/// <summary>
/// Scans every log message it receives for personal data of the RvIG test set, keeps the hits until a test takes
/// them, and, when it has a file, appends every message to it.
/// </summary>
/// <remarks>
/// <see cref="Shared"/> is the one instance of a test process: every host and logger factory that a test starts
/// writes into it through <see cref="LogScanLoggingExtensions.AddLogScan"/>, and <see cref="NoPersonalDataInLogsAttribute"/>
/// fails a test when it finds hits. A test of the scan itself creates its own instance, whose hits fail no test.
/// </remarks>
public sealed class LogScanSink : IDisposable
{
    private static readonly Lazy<LogScanSink> s_shared = new(CreateShared);

    private readonly PersonalDataScanner _scanner;
    private readonly ConcurrentQueue<PersonalDataHit> _hits = new();
    private readonly Lock _fileLock = new();
    private readonly StreamWriter? _file;
    private long _line;

    /// <summary>Creates a sink that scans with <paramref name="scanner"/> and, when <paramref name="filePath"/> is set, writes every message to that file.</summary>
    public LogScanSink(PersonalDataScanner scanner, string? filePath = null)
    {
        ArgumentNullException.ThrowIfNull(scanner);

        _scanner = scanner;
        FilePath = filePath;
        if (filePath is not null)
        {
            var folder = Path.GetDirectoryName(filePath)!;
            Directory.CreateDirectory(folder);
            _file = new StreamWriter(filePath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            HitsFilePath = Path.Combine(folder, "hits.txt");
            File.Delete(HitsFilePath);
        }
    }

    /// <summary>
    /// The sink of this test process, which writes to <c>log-scan/all-logs.txt</c> under NUnit's work directory
    /// (the test assembly's output folder unless <c>--work</c> sets another), replacing the file of an earlier run.
    /// </summary>
    public static LogScanSink Shared => s_shared.Value;

    /// <summary>The file every message is written to, or <see langword="null"/>.</summary>
    public string? FilePath { get; }

    /// <summary>
    /// The file <see cref="WriteHits"/> appends to, <c>hits.txt</c> next to <see cref="FilePath"/>, or
    /// <see langword="null"/> when the sink keeps no file.
    /// </summary>
    public string? HitsFilePath { get; }

    /// <summary>Scans one message and writes it to the file.</summary>
    /// <param name="category">The logger's category.</param>
    /// <param name="level">The log level.</param>
    /// <param name="text">The formatted message, with the exception after it when there is one.</param>
    public void Record(string category, LogLevel level, string text)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(text);

        long line = 0;
        if (_file is not null)
        {
            lock (_fileLock)
            {
                line = ++_line;
                _file.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}\t{level}\t{category}\t{OneLine(text)}"));
            }
        }

        foreach (var hit in _scanner.Scan(category, text, line))
        {
            _hits.Enqueue(hit);
        }
    }

    /// <summary>Writes a line that marks where a test starts or ends in the file, so a reader can find its messages.</summary>
    public void Mark(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_file is null)
        {
            return;
        }

        lock (_fileLock)
        {
            _file.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--- {OneLine(text)}"));
            _file.Flush();
        }
    }

    /// <summary>Returns the hits found since the last call and removes them from the sink.</summary>
    public IReadOnlyList<PersonalDataHit> TakeHits()
    {
        var hits = new List<PersonalDataHit>();
        while (_hits.TryDequeue(out var hit))
        {
            hits.Add(hit);
        }

        return hits;
    }

    /// <summary>Appends <paramref name="hits"/>, which contain masked BSNs only, to <see cref="HitsFilePath"/> under the name of the test that found them.</summary>
    public void WriteHits(string testName, IReadOnlyList<PersonalDataHit> hits)
    {
        ArgumentNullException.ThrowIfNull(testName);
        ArgumentNullException.ThrowIfNull(hits);
        if (HitsFilePath is null)
        {
            return;
        }

        lock (_fileLock)
        {
            File.AppendAllLines(HitsFilePath, [$"{testName}:", .. hits.Select(h => "  " + h)]);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_fileLock)
        {
            _file?.Dispose();
        }
    }

    private static LogScanSink CreateShared()
    {
        var path = Path.Combine(NUnit.Framework.TestContext.CurrentContext.WorkDirectory, "log-scan", "all-logs.txt");
        var sink = new LogScanSink(new PersonalDataScanner(RvigTestSetEntries.Default), path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => sink.Dispose();
        return sink;
    }

    /// <summary>Keeps a message on one line of the file, so line numbers count messages. The scan reads the original text.</summary>
    private static string OneLine(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
