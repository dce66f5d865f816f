using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace SampleHost.Tests.Inburgering;

/// <summary>Delivery files, the upload form posted as a browser posts it, and readers of the resulting screens.</summary>
internal static partial class AanleveringForms
{
    /// <summary>The columns every delivery file must have, in the order of the template.</summary>
    public static readonly string[] Kolommen =
    [
        "levering_id", "aanbieder_kvk", "bsn", "onderdeel", "periode_van", "periode_tot", "uren_aangeboden",
        "uren_gevolgd_fysiek", "uren_gevolgd_online", "uren_geoorloofd_verzuim", "uren_ongeoorloofd_verzuim",
    ];

    /// <summary>Returns the values of one row for <see cref="Kolommen"/>.</summary>
    public static string[] Regel(string leveringId, string bsn, (string Van, string Tot) periode, Uren uren) =>
    [
        leveringId, AanleveringServer.AanbiederKvk, bsn, "TAAL", periode.Van, periode.Tot, uren.Aangeboden,
        uren.Fysiek, uren.Online, uren.Geoorloofd, uren.Ongeoorloofd,
    ];

    /// <summary>Returns a UTF-8 CSV file with a header and <paramref name="rows"/>, separated by <paramref name="separator"/>.</summary>
    public static byte[] Csv(IEnumerable<string[]> rows, string separator = ";", IEnumerable<string>? header = null)
    {
        var lines = new[] { string.Join(separator, header ?? Kolommen) }.Concat(rows.Select(r => string.Join(separator, r)));
        return Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    /// <summary>Returns an XLSX workbook with one sheet, a header of <see cref="Kolommen"/> and <paramref name="rows"/> as text cells.</summary>
    public static byte[] Xlsx(IEnumerable<string[]> rows)
    {
        var sheet = rows.Select(r => Kolommen.Select((kolom, index) => (kolom, (object)r[index])).ToDictionary(p => p.kolom, p => p.Item2)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    /// <summary>Posts the upload form of <paramref name="screenUrl"/> with <paramref name="file"/> in the field <c>bestand</c>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        HostSession session, string screenUrl, string actionId, string fileName, string contentType, byte[] file, IDictionary<string, string> values)
    {
        var (_, html) = await session.GetPageAsync(screenUrl);
        var token = WebUtility.HtmlDecode(AntiForgeryToken().Match(html).Groups[1].Value);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(actionId), "actionId" },
        };
        foreach (var (key, value) in values)
        {
            form.Add(new StringContent(value), key);
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"bestand\"", FileName = $"\"{fileName}\"" };
        form.Add(content);
        return await session.Client.PostAsync(new Uri(screenUrl, UriKind.Relative), form);
    }

    /// <summary>Returns the raw value of field <paramref name="key"/> on the screen that <paramref name="screenUrl"/> shows, read as JSON.</summary>
    public static async Task<string?> ReadFieldAsync(HostSession session, string screenUrl, string key)
    {
        var apiUrl = screenUrl.Replace("/schermen/", "/api/screens/", StringComparison.Ordinal);
        using var response = await session.Client.GetAsync(new Uri(apiUrl, UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{apiUrl}: {json}");
        using var screen = JsonDocument.Parse(json);
        return screen.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("elements").EnumerateArray())
            .Where(e => e.GetProperty("type").GetString() == "field" && e.GetProperty("field").GetProperty("key").GetString() == key)
            .Select(e => e.GetProperty("value").GetProperty("raw").ToString())
            .FirstOrDefault();
    }

    /// <summary>Returns the field errors of a form page, decoded.</summary>
    public static IReadOnlyList<string> FieldErrors(string html) =>
        [.. FieldErrorPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();

    [GeneratedRegex("class=\"field-error\"[^>]*>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex FieldErrorPattern();
}

/// <summary>The hours of one delivered row, as text in the format's notation.</summary>
internal sealed record Uren(string Aangeboden, string Fysiek, string Online, string Geoorloofd, string Ongeoorloofd);
