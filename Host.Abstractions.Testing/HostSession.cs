using System.Net;
using System.Text.RegularExpressions;

namespace Host.Abstractions.Testing;

/// <summary>
/// A logged-in user of SampleHost over HTTP, as a browser would be: cookies, anti-forgery tokens taken from the
/// page, and redirects followed one at a time so tests can assert on them.
/// </summary>
public sealed partial class HostSession : IDisposable
{
    /// <summary>Creates a session on <paramref name="client"/>, which should keep cookies and not follow redirects.</summary>
    /// <param name="client">The client; the session disposes it.</param>
    public HostSession(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);

        Client = client;
    }

    /// <summary>The hidden form field with the version of the record a form was rendered for.</summary>
    public const string VersionFieldName = "__version";

    /// <summary>The HTTP client, with the session's cookies and the host's base address.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts <paramref name="host"/> when needed and logs in as the demo user <paramref name="userId"/>.</summary>
    /// <param name="host">The host.</param>
    /// <param name="userId">A demo user id, see <see cref="DemoUsers.IdFor"/>.</param>
    /// <exception cref="InvalidOperationException">The login page did not redirect, so no session started.</exception>
    public static async Task<HostSession> LogInAsync(PluginTestHost host, string userId)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        await host.StartAsync();
        var session = new HostSession(host.CreateBrowserLikeClient());
        using var response = await session.PostFormAsync("/inloggen", new Dictionary<string, string> { ["userId"] = userId });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            session.Dispose();
            throw new InvalidOperationException(
                $"Logging in as {userId} returned {(int)response.StatusCode}, not a redirect. Check that the host runs in Development and that {userId} is a demo user.");
        }

        return session;
    }

    /// <summary>
    /// Opens <paramref name="formPage"/>, takes its anti-forgery token and posts <paramref name="values"/> to
    /// <paramref name="target"/>. Like a browser, it also sends the record version the page rendered (the hidden
    /// <c>__version</c> field) unless <paramref name="values"/> has one.
    /// </summary>
    /// <param name="formPage">The page with the form, for example <c>/klanten</c>.</param>
    /// <param name="values">The form fields, without the anti-forgery token.</param>
    /// <param name="target">Where the form posts to; defaults to <paramref name="formPage"/>.</param>
    /// <exception cref="InvalidOperationException">The page has no anti-forgery token.</exception>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, IDictionary<string, string> values, string? target = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formPage);
        ArgumentNullException.ThrowIfNull(values);

        using var page = await Client.GetAsync(new Uri(formPage, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiForgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage} returned {(int)page.StatusCode} without an anti-forgery token.");
        }

        var form = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };

        // A browser submits the version the form was rendered with, so an edit is checked against what the user saw.
        if (!form.ContainsKey(VersionFieldName) && RenderedVersion().Match(html) is { Success: true } version)
        {
            form[VersionFieldName] = WebUtility.HtmlDecode(version.Groups[1].Value);
        }

        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri(target ?? formPage, UriKind.Relative), content);
    }

    /// <summary>Posts an action of a plugin screen, as the screen's form does.</summary>
    /// <param name="screenUrl">The screen's URL, for example <c>/schermen/inburgering.dossiers</c>.</param>
    /// <param name="actionId">The action's id.</param>
    /// <param name="inputs">The action's inputs by field key.</param>
    public Task<HttpResponseMessage> PostActionAsync(string screenUrl, string actionId, IDictionary<string, string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        return PostFormAsync(screenUrl, new Dictionary<string, string>(inputs) { ["actionId"] = actionId });
    }

    /// <summary>Gets <paramref name="url"/> and returns the status and the body.</summary>
    /// <param name="url">A URL relative to the host, for example <c>/klanten</c>.</param>
    public async Task<(HttpStatusCode Status, string Html)> GetPageAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__version\" value=\"([^\"]*)\"")]
    private static partial Regex RenderedVersion();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
