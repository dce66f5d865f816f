using System.Text.Json;
using Host.Abstractions;

namespace SampleHost.Api.Operations;

/// <summary>
/// Writes an error of the API as <c>application/problem+json</c> (RFC 9457) with the members the NL API Design Rules
/// ask for: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c> and, when a parameter is wrong,
/// <c>invalidParams</c>. Texts are Dutch, or English when the caller asks for it (<see cref="ApiLanguage"/>).
/// </summary>
internal static class ApiProblemWriter
{
    public const string ContentType = "application/problem+json";

    /// <summary>Writes a problem of <paramref name="status"/> with the host's standard title and detail for it.</summary>
    public static Task WriteAsync(HttpContext context, int status) =>
        WriteAsync(context, status, ApiProblemTexts.Title(status), ApiProblemTexts.Detail(status), []);

    /// <summary>Writes <paramref name="problem"/>, which a plugin returned, with <paramref name="status"/>.</summary>
    public static Task WriteAsync(HttpContext context, int status, ApiProblem problem) =>
        WriteAsync(context, status, problem.Title, problem.Detail ?? ApiProblemTexts.Detail(status), problem.InvalidParameters);

    /// <summary>Writes a problem; <paramref name="detail"/> describes what went wrong this time and how to fix it.</summary>
    public static async Task WriteAsync(
        HttpContext context,
        int status,
        LocalizedText title,
        LocalizedText detail,
        IReadOnlyList<ApiInvalidParameter> invalidParameters)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(invalidParameters);

        var culture = ApiLanguage.Of(context.Request);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.Headers.ContentLanguage = culture.TwoLetterISOLanguageName == "en" ? "en" : "nl";

        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteString("type", TypeOf(status));
        json.WriteString("title", title.For(culture));
        json.WriteNumber("status", status);
        json.WriteString("detail", detail.For(culture));
        json.WriteString("instance", context.Request.PathBase + context.Request.Path);
        if (invalidParameters.Count > 0)
        {
            json.WriteStartArray("invalidParams");
            foreach (var parameter in invalidParameters)
            {
                json.WriteStartObject();
                json.WriteString("name", parameter.Name);
                json.WriteString("code", parameter.Code);
                json.WriteString("reason", parameter.Reason.For(culture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>Returns the section of the standard that defines <paramref name="status"/>, as the problem's type.</summary>
    public static string TypeOf(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ when status >= 500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        _ => "about:blank",
    };
}
