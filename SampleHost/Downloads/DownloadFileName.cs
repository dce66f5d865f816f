using System.Text;
using Microsoft.Net.Http.Headers;

namespace SampleHost.Downloads;

/// <summary>
/// The <c>Content-Disposition: attachment</c> header of a download (RFC 6266): the plugin's file name without folders,
/// quotes or control characters, as <c>filename*</c> in UTF-8 with an ASCII <c>filename</c> for old clients.
/// </summary>
internal static class DownloadFileName
{
    /// <summary>The name used when the plugin's name has nothing left after cleaning.</summary>
    public const string Fallback = "download";

    /// <summary>Returns the header value for <paramref name="fileName"/>.</summary>
    public static string ContentDisposition(string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(Clean(fileName));
        return header.ToString();
    }

    /// <summary>Returns <paramref name="fileName"/> without folder separators, quotes and control characters.</summary>
    public static string Clean(string? fileName)
    {
        var name = new StringBuilder();
        foreach (var character in fileName ?? string.Empty)
        {
            name.Append(character is '/' or '\\' or '"' or ':' || char.IsControl(character) ? '_' : character);
        }

        var cleaned = name.ToString().Trim().TrimStart('.');
        return cleaned.Length == 0 ? Fallback : cleaned;
    }
}
