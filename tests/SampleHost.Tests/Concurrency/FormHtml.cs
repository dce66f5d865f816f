using System.Net;
using System.Text.RegularExpressions;

namespace SampleHost.Tests.Concurrency;

/// <summary>Reads form inputs from SampleHost's HTML, as a browser would submit them.</summary>
internal static partial class FormHtml
{
    /// <summary>Returns the value of the first input named <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    public static string? InputValue(string html, string name)
    {
        var values = InputValues(html, name);
        return values.Count > 0 ? values[0] : null;
    }

    /// <summary>Returns the values of every input named <paramref name="name"/>, in page order.</summary>
    public static IReadOnlyList<string> InputValues(string html, string name) =>
        [.. InputTag().Matches(html)
            .Select(m => m.Value)
            .Where(tag => tag.Contains($"name=\"{name}\"", StringComparison.Ordinal))
            .Select(tag => ValueAttribute().Match(tag))
            .Where(m => m.Success)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputTag();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
