using System.Net;
using System.Text.RegularExpressions;

namespace SampleHost.Tests.Hosting;

/// <summary>
/// A logged-in user of SampleHost over HTTP, as a browser would be: cookies, anti-forgery tokens taken from the
/// page, and redirects followed one at a time so tests can assert on them.
/// </summary>
internal sealed partial class HostSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static async Task<HostSession> LogInAsync(SampleHostServer server, string userId)
    {
        var session = new HostSession(server.CreateBrowserLikeClient());
        using var response = await session.PostFormAsync("/inloggen", new Dictionary<string, string> { ["userId"] = userId });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Logging in as {userId} returned {(int)response.StatusCode}, not a redirect.");
        }

        return session;
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its anti-forgery token and posts <paramref name="values"/> to <paramref name="target"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IDictionary<string, string> values, string? target = null)
    {
        using var page = await Client.GetAsync(new Uri(formPage, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiForgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage} returned {(int)page.StatusCode} without an anti-forgery token.");
        }

        var form = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri(target ?? formPage, UriKind.Relative), content);
    }

    /// <summary>Posts an action of a plugin screen, as the screen's form does.</summary>
    public Task<HttpResponseMessage> PostActionAsync(string screenUrl, string actionId, IDictionary<string, string> inputs) =>
        PostFormAsync(screenUrl, new Dictionary<string, string>(inputs) { ["actionId"] = actionId });

    public async Task<(HttpStatusCode Status, string Html)> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
