using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace TestSupport.LogScan;

/// <summary>
/// Fails each test after which <see cref="LogScanSink.Shared"/> contains hits: personal data of the RvIG test set that
/// was logged during the test, its set-up, or its fixture's one-time set-up. Apply it to a test assembly with
/// <c>[assembly: NoPersonalDataInLogs]</c>.
/// </summary>
/// <remarks>
/// The check takes every hit since the previous check, so a message a background task of an earlier test logs late
/// fails the next test; the log file (<see cref="LogScanSink.FilePath"/>) shows where each test starts and ends.
/// NOTE: tests that run in parallel would share the hits; no test assembly of this solution runs tests in parallel.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class NoPersonalDataInLogsAttribute : Attribute, ITestAction
{
    /// <inheritdoc />
    public ActionTargets Targets => ActionTargets.Test | ActionTargets.Suite;

    /// <inheritdoc />
    public void BeforeTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);

        LogScanSink.Shared.Mark($"start {test.FullName}");
    }

    /// <inheritdoc />
    public void AfterTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);

        var sink = LogScanSink.Shared;
        sink.Mark($"end {test.FullName}");

        var hits = sink.TakeHits();
        if (hits.Count == 0)
        {
            return;
        }

        var listed = hits.Take(20).Select(h => "  " + h);
        var more = hits.Count > 20 ? $"{Environment.NewLine}  … and {hits.Count - 20} more" : "";
        Assert.Fail(
            $"The log contains personal data of the RvIG test set ({hits.Count} hits); log our own ids instead. All messages are in {sink.FilePath}.{Environment.NewLine}"
            + string.Join(Environment.NewLine, listed) + more);
    }
}
