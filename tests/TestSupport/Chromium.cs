namespace TestSupport;

/// <summary>
/// Locates Debian's Chromium for browser tests and lists the arguments to launch it with.
/// </summary>
public static class Chromium
{
    /// <summary>
    /// The environment variable that contains the path of a Chromium executable to use instead of <see cref="DefaultPath"/>.
    /// </summary>
    public const string PathVariable = "CHROMIUM_PATH";

    /// <summary>
    /// The path where Debian's <c>chromium</c> package installs the browser.
    /// </summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>
    /// Gets the command-line arguments for a headless Chromium in a test.
    /// </summary>
    /// <remarks>
    /// <c>--no-sandbox</c> lets Chromium run as root, as it does in CI. <c>--disable-dev-shm-usage</c> keeps shared
    /// memory out of a small <c>/dev/shm</c>. The last three stop the browser's own connections to Google's
    /// services, which a machine without internet access refuses or cannot resolve.
    /// </remarks>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>
    /// Returns the path of the Chromium executable, or <see langword="null"/> when that file does not exist.
    /// The path is the one in <see cref="PathVariable"/> when that is set, else <see cref="DefaultPath"/>.
    /// </summary>
    public static string? FindExecutable()
    {
        var path = ConfiguredPath();

        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Returns the path of the Chromium executable, or ends the test through
    /// <see cref="TestPrerequisite.ReportMissing"/> when it is missing, which ignores the test outside CI and fails it in CI.
    /// </summary>
    public static string RequireChromium()
    {
        var path = FindExecutable();
        if (path is null)
        {
            TestPrerequisite.ReportMissing(MissingMessage(ConfiguredPath()));
        }

        return path;
    }

    private static string ConfiguredPath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);

        return string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
    }

    private static string MissingMessage(string path)
    {
        if (path != DefaultPath)
        {
            return $"Chromium is missing: {PathVariable} is '{path}', which does not exist. " +
                $"Set {PathVariable} to a Chromium executable, or unset it and install Debian's Chromium with 'apt-get install -y chromium'.";
        }

        return $"Chromium is missing: {DefaultPath} does not exist. Install it with 'apt-get install -y chromium', " +
            $"or set {PathVariable} to a Chromium executable.";
    }
}
