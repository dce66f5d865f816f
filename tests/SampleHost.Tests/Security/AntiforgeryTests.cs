using System.Net;
using System.Text;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>
/// Anti-forgery: every POST handler of every page rejects a post without the token, every form that posts carries
/// the token, and the JSON API takes JSON bodies only.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AntiforgeryTests(DatabaseProvider provider)
{
    private SampleHostServer _server = null!;
    private HostRoutes _routes = null!;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, SeedDemoData = true });
        _routes = await HostRoutes.ReadAsync(_server);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync() => await _server.DisposeAsync();

    [Test]
    public async Task PostHandler_WithoutToken_IsRejected()
    {
        var sessions = new List<HostSession>();
        try
        {
            foreach (var role in HostRoles.All)
            {
                sessions.Add(await _server.LogInAsync(DemoUsers.IdFor(role)));
            }

            var handlers = await PostHandlersAsync();
            Assert.That(handlers, Has.Count.GreaterThanOrEqualTo(11), string.Join(", ", handlers.Select(h => h.Url)));
            Assert.That(handlers.Select(h => h.Url), Does.Contain("/klanten?handler=Zoek"));
            Assert.That(handlers.Select(h => h.Url), Does.Contain("/inloggen"));

            foreach (var (url, page) in handlers)
            {
                var status = await PostWithoutTokenAsync(sessions, url);

                Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), $"POST {url} ({page}) without an anti-forgery token");
            }
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    [Test]
    public async Task PostForm_OnEveryPage_CarriesToken()
    {
        var forms = await PageForms.CollectAsync(_server, _routes);
        var postForms = forms.Where(f => f.Method == "post").ToList();

        Assert.That(postForms.Select(f => f.Page), Does.Contain("/klanten"));
        foreach (var form in postForms)
        {
            Assert.That(form.Html, Does.Contain("name=\"__RequestVerificationToken\""), $"a form on {form.Page} as {form.UserId}");
        }
    }

    [TestCase("application/x-www-form-urlencoded", "bsn=999993653")]
    [TestCase("text/plain", "{\"values\":{\"bsn\":\"999993653\"}}")]
    [TestCase("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"bsn\"\r\n\r\n999993653\r\n--x--\r\n")]
    public async Task ApiAction_NonJsonBody_IsRejected(string contentType, string body)
    {
        using var session = await _server.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        var processingRecords = await ProcessingLogCountAsync();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await session.Client.PostAsync(new Uri("/api/actions/inburgering.zoek", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.UnsupportedMediaType, HttpStatusCode.BadRequest));
        Assert.That(await ProcessingLogCountAsync(), Is.EqualTo(processingRecords), "the action did not run, so it recorded no search");
    }

    /// <summary>Returns every POST handler of every page, as the URL that selects it.</summary>
    private async Task<List<(string Url, string Page)>> PostHandlersAsync()
    {
        var loader = _server.Services.GetRequiredService<PageLoader>();
        var handlers = new List<(string Url, string Page)>();
        foreach (var endpoint in _routes.Endpoints.Where(HostRoutes.IsPage))
        {
            var page = endpoint.Metadata.GetRequiredMetadata<PageActionDescriptor>();
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var url = _routes.Url(endpoint);
            handlers.AddRange(compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase))
                .Select(h => (h.Name is null ? url : $"{url}?handler={h.Name}", page.ViewEnginePath)));
        }

        return handlers;
    }

    /// <summary>
    /// Posts a form without a token as the first demo user whom the page's access rule lets through (the others
    /// are redirected to the access-denied page before the token is checked), and returns the status.
    /// </summary>
    private static async Task<HttpStatusCode> PostWithoutTokenAsync(List<HostSession> sessions, string url)
    {
        foreach (var session in sessions)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["waarde"] = "1" });
            using var response = await session.Client.PostAsync(new Uri(url, UriKind.Relative), content);
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/geen-toegang")
            {
                continue;
            }

            return response.StatusCode;
        }

        Assert.Fail($"No demo user of gemeente {DemoUsers.Rotterdam} may post to {url}.");
        return default;
    }

    private async Task<int> ProcessingLogCountAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.IgnoreQueryFilters().CountAsync();
    }
}
