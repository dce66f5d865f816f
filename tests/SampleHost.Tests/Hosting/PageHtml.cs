using System.Net;
using System.Text.RegularExpressions;

namespace SampleHost.Tests.Hosting;

/// <summary>Reads what SampleHost's HTML pages show.</summary>
internal static class PageHtml
{
    /// <summary>Returns the text of the displayed field <paramref name="key"/>, or <see langword="null"/> when the page has none.</summary>
    public static string? Field(string html, string key)
    {
        var match = Regex.Match(html, $"<dd data-field=\"{Regex.Escape(key)}\">(.*?)</dd>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value.Trim()) : null;
    }
}
