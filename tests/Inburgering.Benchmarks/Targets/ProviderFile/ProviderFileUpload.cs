using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Host.Abstractions.Testing;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>Posts a delivery file as a consulent does on the screen with deliveries: the product's upload path.</summary>
internal static partial class ProviderFileUpload
{
    private const string ScreenUrl = "/schermen/inburgering.leveringen";
    private const string ActionId = "inburgering.levering-importeren";

    /// <summary>
    /// Uploads the file at <paramref name="path"/> in all-or-nothing mode and returns the report's address.
    /// The file is streamed from disk, not read into memory.
    /// </summary>
    /// <exception cref="InvalidOperationException">The host did not accept the file; the message contains its field errors.</exception>
    public static async Task<string> ImportAsync(HostSession consulent, string path, CancellationToken cancellationToken)
    {
        var (_, html) = await consulent.GetPageAsync(ScreenUrl);
        var token = WebUtility.HtmlDecode(AntiForgeryToken().Match(html).Groups[1].Value);

        await using var file = File.OpenRead(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(ActionId), "actionId" },
            { new StringContent(ProviderFileHost.AanbiederKvk), "aanbieder" },
            { new StringContent("AllesOfNiets"), "modus" },
        };
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"bestand\"", FileName = "\"levering.csv\"" };
        form.Add(content);

        using var response = await consulent.Client.PostAsync(new Uri(ScreenUrl, UriKind.Relative), form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } report)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var errors = FieldError().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim());
            throw new InvalidOperationException($"The upload returned {(int)response.StatusCode} instead of a redirect to the report: {string.Join("; ", errors)}");
        }

        return report.OriginalString;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();

    [GeneratedRegex("class=\"field-error\"[^>]*>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex FieldError();
}
