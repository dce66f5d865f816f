using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SampleHost.Security;

namespace SampleHost.Tests.Security;

/// <summary>
/// Takes an entry point of the authorisation matrix with a real HTTP request, as a browser or API client of one
/// principal would, and reports whether the host let the request in.
/// </summary>
internal sealed partial class EntryPointProbe(HttpClient client, string antiforgeryToken)
{
    /// <summary>A screen id that no plugin registers: an action posted to it renders nothing after it ran.</summary>
    private const string UnknownScreen = "matrix.onbekend";

    /// <summary>The BRP stand-in's key in test hosts; the stand-in checks it itself.</summary>
    private const string BrpStandInKey = "test-brp-key";

    /// <summary>Sends every request that takes <paramref name="entryPoint"/> and returns each one's description and response.</summary>
    /// <param name="entryPoint">The entry point.</param>
    /// <param name="routeValues">Values for the route parameters, by name, such as a client id for <c>id</c>.</param>
    /// <param name="recordIdFor">The record id to open a screen or download with, or <see langword="null"/> for none.</param>
    public async IAsyncEnumerable<(string Request, HttpResponseMessage Response)> TakeAsync(
        EntryPoint entryPoint,
        IReadOnlyDictionary<string, string> routeValues,
        Func<EntryPoint, string?> recordIdFor)
    {
        ArgumentNullException.ThrowIfNull(entryPoint);

        switch (entryPoint.Kind)
        {
            case EntryPointKind.Screen:
                var suffix = recordIdFor(entryPoint) is { } recordId ? $"/{recordId}" : string.Empty;
                yield return await GetAsync($"/schermen/{entryPoint.Path}{suffix}");
                yield return await GetAsync($"/api/screens/{entryPoint.Path}{suffix}");
                break;

            case EntryPointKind.Action:
                yield return await PostFormAsync($"/schermen/{UnknownScreen}", new Dictionary<string, string> { ["actionId"] = entryPoint.Path });
                yield return await PostJsonAsync($"/api/actions/{entryPoint.Path}", new { values = new Dictionary<string, string>() });
                break;

            case EntryPointKind.Download:
                yield return await GetAsync($"/downloads/{entryPoint.Path}");
                if (recordIdFor(entryPoint) is { } downloadRecordId)
                {
                    yield return await GetAsync($"/downloads/{entryPoint.Path}/{downloadRecordId}");
                }

                break;

            default:
                var path = Fill(entryPoint.Path, routeValues);
                var target = entryPoint.Handler is null ? path : $"{path}?handler={entryPoint.Handler}";
                yield return entryPoint.Method switch
                {
                    "GET" => await GetAsync(target),
                    "POST" when entryPoint.Kind == EntryPointKind.Page => await PostFormAsync(target, new Dictionary<string, string>()),
                    _ => await PostJsonAsync(target, new { }),
                };
                break;
        }
    }

    /// <summary>
    /// Returns whether the host refused <paramref name="response"/>. The JSON API and the other routes under
    /// <c>/api</c> and <c>/haalcentraal</c> refuse with 401 or 403. A page refuses with a redirect to the no-access
    /// page, or to the login page with a return address; a page that returns 401 or 403 itself, such as the
    /// no-access page, let the request in.
    /// </summary>
    public static bool IsRefused(HttpResponseMessage response, string path)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(path);

        if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/haalcentraal/", StringComparison.Ordinal))
        {
            return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        }

        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther
            && (location.Contains("/geen-toegang", StringComparison.Ordinal) || location.Contains("/inloggen?ReturnUrl=", StringComparison.Ordinal));
    }

    /// <summary>Replaces the parameters of <paramref name="template"/>, such as <c>{id:guid}</c>, with <paramref name="routeValues"/>.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> routeValues)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(routeValues);

        return RouteParameter().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            return routeValues.TryGetValue(name, out var value)
                ? value
                : throw new InvalidOperationException($"The route {template} has a parameter '{name}' the probe has no value for; add one to the test's route values.");
        });
    }

    private async Task<(string, HttpResponseMessage)> GetAsync(string url) =>
        ($"GET {url}", await client.GetAsync(new Uri(url, UriKind.Relative)));

    private async Task<(string, HttpResponseMessage)> PostFormAsync(string url, IDictionary<string, string> values)
    {
        var form = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = antiforgeryToken };
        using var content = new FormUrlEncodedContent(form);
        return ($"POST {url}", await client.PostAsync(new Uri(url, UriKind.Relative), content));
    }

    private async Task<(string, HttpResponseMessage)> PostJsonAsync(string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (url.StartsWith("/haalcentraal/", StringComparison.Ordinal))
        {
            request.Headers.Add("X-API-KEY", BrpStandInKey);
        }

        return ($"POST {url}", await client.SendAsync(request));
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}
