using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace SampleHost.Api.Operations;

/// <summary>
/// Picks the language of the API's texts. The host's request localization supports only <c>nl-NL</c> and
/// <c>en-GB</c>, so it ignores a bare <c>Accept-Language: en</c>. API clients often send a language without a region,
/// so the API also reads the header itself and takes Dutch or English, whichever has the higher quality.
/// </summary>
internal static class ApiLanguage
{
    public static CultureInfo Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")
        {
            return Texts.English;
        }

        var preferred = StringWithQualityHeaderValue.ParseList([.. request.Headers.AcceptLanguage.OfType<string>()])
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.ToString())
            .FirstOrDefault(tag => IsLanguage(tag, "en") || IsLanguage(tag, "nl"));
        return preferred is not null && IsLanguage(preferred, "en") ? Texts.English : Texts.Dutch;
    }

    private static bool IsLanguage(string tag, string language) =>
        tag.Equals(language, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase);
}
