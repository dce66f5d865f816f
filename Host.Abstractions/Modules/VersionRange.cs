using System.Diagnostics.CodeAnalysis;

namespace Host.Abstractions;

/// <summary>
/// A range of versions written as space-separated comparisons, for example <c>&gt;=1.0 &lt;2.0</c>.
/// </summary>
/// <remarks>
/// Each comparison is one of <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c> or <c>=</c> followed by a version.
/// A version satisfies the range when it satisfies every comparison.
/// </remarks>
public sealed class VersionRange
{
    private readonly IReadOnlyList<(string Operator, SemanticVersion Version)> _comparisons;

    private VersionRange(string text, IReadOnlyList<(string Operator, SemanticVersion Version)> comparisons)
    {
        Text = text;
        _comparisons = comparisons;
    }

    /// <summary>The range as it was written.</summary>
    public string Text { get; }

    /// <summary>Parses a range such as <c>&gt;=1.0 &lt;2.0</c>.</summary>
    /// <param name="text">The range text.</param>
    /// <param name="range">The parsed range, or <see langword="null"/> when the text is not a valid range.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid, non-empty range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out VersionRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var comparisons = new List<(string, SemanticVersion)>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var operatorLength = part.StartsWith(">=", StringComparison.Ordinal) || part.StartsWith("<=", StringComparison.Ordinal) ? 2
                : part.StartsWith('>') || part.StartsWith('<') || part.StartsWith('=') ? 1
                : 0;
            if (operatorLength == 0 || !SemanticVersion.TryParse(part[operatorLength..], out var version))
            {
                return false;
            }

            comparisons.Add((part[..operatorLength], version));
        }

        range = new VersionRange(text.Trim(), comparisons);
        return true;
    }

    /// <summary>Returns whether <paramref name="version"/> satisfies every comparison of this range.</summary>
    /// <param name="version">The version to test, usually <see cref="HostApi.Version"/>.</param>
    public bool Includes(SemanticVersion version) => _comparisons.All(c => c.Operator switch
    {
        ">=" => version >= c.Version,
        ">" => version > c.Version,
        "<=" => version <= c.Version,
        "<" => version < c.Version,
        _ => version == c.Version,
    });

    /// <summary>Returns the range as it was written.</summary>
    public override string ToString() => Text;
}
