using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Host.Abstractions;

/// <summary>
/// A version of the form <c>major.minor.patch</c>, compared as semantic versioning compares release versions.
/// </summary>
/// <param name="Major">The major version; a change here may break plugins.</param>
/// <param name="Minor">The minor version; a change here only adds to the contract.</param>
/// <param name="Patch">The patch version; a change here fixes behaviour without changing the contract.</param>
public readonly record struct SemanticVersion(int Major, int Minor, int Patch) : IComparable<SemanticVersion>
{
    /// <summary>
    /// Parses <c>major</c>, <c>major.minor</c> or <c>major.minor.patch</c>; missing parts are zero.
    /// </summary>
    /// <param name="text">The version text, for example <c>1.2</c>.</param>
    /// <param name="version">The parsed version, or the default when parsing failed.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SemanticVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length > 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new SemanticVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SemanticVersion other)
    {
        var major = Major.CompareTo(other.Major);
        if (major != 0)
        {
            return major;
        }

        var minor = Minor.CompareTo(other.Minor);
        return minor != 0 ? minor : Patch.CompareTo(other.Patch);
    }

    /// <summary>Returns whether <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is older than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is newer than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the version as <c>major.minor.patch</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
