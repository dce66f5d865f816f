namespace TestSupport;

/// <summary>
/// Facts about the environment that the tests run in.
/// </summary>
public static class TestEnvironment
{
    /// <summary>
    /// Gets whether the tests run in CI, where the environment variable <c>CI</c> is <c>true</c> or <c>1</c>.
    /// </summary>
    /// <remarks>
    /// In CI a missing prerequisite such as PostgreSQL or Chromium fails a test instead of ignoring it.
    /// </remarks>
    public static bool IsCi
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("CI")?.Trim();

            return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
        }
    }
}
