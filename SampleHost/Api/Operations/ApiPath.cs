using System.Text.RegularExpressions;

namespace SampleHost.Api.Operations;

/// <summary>Reads the segments and parameters of an operation's path, such as <c>notities/{notitieId}</c>.</summary>
internal static partial class ApiPath
{
    /// <summary>Returns the names of the parameters in braces, in order.</summary>
    public static IReadOnlyList<string> ParameterNames(string path) =>
        [.. Parameter().Matches(path).Select(match => match.Groups["name"].Value)];

    /// <summary>Returns the path with every parameter name left out, such as <c>notities/{}</c>, to compare paths as routing does.</summary>
    public static string ParameterShape(string path) => Parameter().Replace(path, "{}").ToLowerInvariant();

    /// <summary>Returns the segments outside braces, such as <c>notities</c>.</summary>
    public static IEnumerable<string> LiteralSegments(string path) =>
        path.Split('/').Where(segment => !segment.StartsWith('{'));

    /// <summary>Returns whether <paramref name="segment"/> is kebab-case: lower-case letters, digits and single hyphens.</summary>
    public static bool IsKebabCase(string segment) => KebabCase().IsMatch(segment);

    /// <summary>
    /// Returns whether <paramref name="name"/> looks like it carries a burgerservicenummer, such as <c>bsn</c>,
    /// <c>klantBsn</c> or <c>burgerservicenummer</c>, which must never travel in a URL.
    /// </summary>
    public static bool IsBsnLike(string name) =>
        name.Contains("bsn", StringComparison.OrdinalIgnoreCase) || name.Contains("burgerservicenummer", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\{(?<name>[^{}/]+)\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
