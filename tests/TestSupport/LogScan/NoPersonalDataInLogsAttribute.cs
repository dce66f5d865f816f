using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace TestSupport.LogScan;

/// <summary>
/// Fails each test after which <see cref="LogScanSink.Shared"/> contains hits: personal data of the RvIG test set that
/// was logged during the test, its set-up, or its fixture's one-time set-up. Apply it to a test assembly with
/// <c>[assembly: NoPersonalDataInLogs]</c>.
/// </summary>
/// <remarks>
/// The check takes every hit since the previous check, so a message a background task of an earlier test logs late,
/// or a fixture's one-time tear-down logs, fails the next test. The log file (<see cref="LogScanSink.FilePath"/>)
/// shows where each test starts and ends, and <see cref="LogScanSink.HitsFilePath"/> lists every hit.
/// NOTE: hits logged after the last test (in the last fixture's one-time tear-down) fail only the assembly's
/// result, which <c>dotnet test</c> with the NUnit adapter 6.3 does not show. They are written to the hits file and
/// to standard error. Tests that run in parallel would share the hits; no test assembly here runs tests in parallel.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class NoPersonalDataInLogsAttribute : Attribute, ITestAction
{
    /// <summary>Runs around each test, and around the whole assembly to catch what is logged after the last test.</summary>
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

        sink.WriteHits(test.FullName, hits);
        var listed = hits.Take(20).Select(h => "  " + h);
        var more = hits.Count > 20 ? $"{Environment.NewLine}  … and {hits.Count - 20} more" : "";
        var message = $"The log contains personal data of the RvIG test set ({hits.Count} hits); log our own ids instead. All messages are in {sink.FilePath}.{Environment.NewLine}"
            + string.Join(Environment.NewLine, listed) + more;
        if (test.IsSuite)
        {
            TestContext.Error.WriteLine($"After the last test of {test.FullName}: {message}");
        }

        Assert.Fail(message);
    }
}
