using System.Globalization;

namespace TestSupport;

/// <summary>
/// Finds the PostgreSQL server programs that Debian's packages install under <c>/usr/lib/postgresql/VERSION/bin</c>.
/// </summary>
public static class PostgresBinaries
{
    /// <summary>
    /// The folder that contains one folder per installed major version.
    /// </summary>
    public const string InstallRoot = "/usr/lib/postgresql";

    /// <summary>
    /// The message for a machine without the server programs.
    /// </summary>
    public const string InstallHint =
        $"PostgreSQL server programs are missing: no {InstallRoot}/*/bin/initdb was found. " +
        $"Install them with 'apt-get install -y postgresql', or set {PostgresServer.ConnectionStringVariable} " +
        "to the connection string of a server that the tests may create databases on.";

    /// <summary>
    /// Returns the <c>bin</c> folder of the newest installed major version that contains <c>initdb</c> and
    /// <c>pg_ctl</c>, or <see langword="null"/> when there is none.
    /// </summary>
    public static string? FindNewestBinDirectory()
    {
        if (!Directory.Exists(InstallRoot))
        {
            return null;
        }

        return Directory.EnumerateDirectories(InstallRoot)
            .Select(versionDirectory => (Version: ParseMajorVersion(versionDirectory), Bin: Path.Combine(versionDirectory, "bin")))
            .Where(candidate => candidate.Version is not null)
            .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "initdb")))
            .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "pg_ctl")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    /// <summary>
    /// Parses a folder name such as <c>15</c> or <c>9.6</c> as a version.
    /// </summary>
    private static Version? ParseMajorVersion(string versionDirectory)
    {
        var name = Path.GetFileName(versionDirectory);
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return new Version(major, 0);
        }

        return Version.TryParse(name, out var version) ? version : null;
    }
}
