using System.Diagnostics.CodeAnalysis;
using NUnit.Framework;

namespace TestSupport;

/// <summary>
/// Reports a missing prerequisite of a test, such as a PostgreSQL server or a browser.
/// </summary>
public static class TestPrerequisite
{
    /// <summary>
    /// Ends the current test because a prerequisite is missing. Outside CI the test is ignored. In CI
    /// (<see cref="TestEnvironment.IsCi"/>) it fails, because CI must install every prerequisite.
    /// </summary>
    /// <param name="message">What is missing and how to install it.</param>
    [DoesNotReturn]
    public static void ReportMissing(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);

        if (TestEnvironment.IsCi)
        {
            Assert.Fail($"{message} CI is set, so a missing prerequisite fails the test.");
        }

        Assert.Ignore($"{message} The test is ignored outside CI and fails in CI.");
    }
}
