using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Security;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>
/// The authorisation matrix against the running host: every page, route, screen and action that the host and its
/// plugins registered is taken by an anonymous visitor and by a demo user of every role, and each gets in exactly
/// when the matrix says so.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class AuthorizationMatrixTests(DatabaseProvider provider)
{
    private const string Gemeente = "0599";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;
    private AuthorizationMatrix _matrix = null!;
    private Dictionary<string, string> _routeValues = null!;
    private HashSet<string> _clientTabs = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyPublished("inburgering");
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _folders.CopyTestPlugin("Schuldhulp.Plugin", "schuldhulp");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root, SeedDemoData = true });
        await _server.StartAsync();

        _matrix = await AuthorizationMatrixReader.ReadAsync(_server.Services, _server.Services.GetRequiredService<EndpointDataSource>());
        _routeValues = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = await FirstClientIdAsync(), ["notitieId"] = "1" };
        await AddAanbiederValuesAsync();
        await AddKetenValuesAsync();

        await using var scope = _server.Services.CreateAsyncScope();
        _clientTabs = [.. scope.ServiceProvider.GetServices<IScreen>().Where(s => s.Definition.Slot == HostSlots.ClientTab).Select(s => s.Definition.Id)];
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _webhooks.Dispose();
        _folders.Dispose();
    }

    [Test]
    public void Matrix_RunningHost_CoversEveryEntryPoint()
    {
        var names = _matrix.EntryPoints.Select(e => e.Name).ToList();

        Assert.That(_matrix.Problems, Is.Empty);
        Assert.That(names, Does.Contain("GET /klanten/{id:guid}"));
        Assert.That(names, Does.Contain("POST /klanten?handler=Registreer"));
        Assert.That(names, Does.Contain("scherm inburgering.dossier"));
        Assert.That(names, Does.Contain("scherm showcase.overzicht"));
        Assert.That(names, Does.Contain("scherm schuldhulp.aanmeldingen"));
        Assert.That(names, Does.Contain("GET /api/v1/notities"));
        Assert.That(names, Does.Contain("POST /api/v1/notities"));
        Assert.That(names, Does.Contain("GET /api/v1/notities/{notitieId}"));
        Assert.That(names, Does.Contain("GET /api/v1/openapi.json"));
    }

    [Test]
    public void Matrix_ApiOperation_HasItsPermission()
    {
        var rules = _matrix.EntryPoints.Where(e => e.Path.StartsWith("/api/v1/", StringComparison.Ordinal)).ToDictionary(e => e.Name, e => e.Rule.ToString());

        Assert.That(rules, Is.EqualTo(new Dictionary<string, string>
        {
            ["GET /api/v1/notities"] = "`showcase.view`",
            ["POST /api/v1/notities"] = "`showcase.edit`",
            ["GET /api/v1/notities/{notitieId}"] = "`showcase.view`",
            ["GET /api/v1/openapi.json"] = "iedereen",
            ["GET /api/v1/aanmeldingen"] = "`inburgering.aanleveren`",
            ["GET /api/v1/aanmeldingen/{aanmeldingId}"] = "`inburgering.aanleveren`",
            ["GET /api/v1/leveringen"] = "`inburgering.aanleveren`",
            ["POST /api/v1/leveringen"] = "`inburgering.aanleveren`",
            ["GET /api/v1/leveringen/{leveringId}"] = "`inburgering.aanleveren`",
        }));
    }

    /// <summary>
    /// Every API operation as every role and anonymously, with the exact status: 401 without a login, 403 without the
    /// permission, and otherwise what the operation returns for the request. The aanbieders API is asked for the demo
    /// aanbieder's own aanmelding and delivery; its POST is covered by the probe of every entry point.
    /// </summary>
    [TestCase("GET", "/api/v1/notities", 200)]
    [TestCase("GET", "/api/v1/notities/{notitieId}", 404)]
    [TestCase("POST", "/api/v1/notities", 201)]
    [TestCase("GET", "/api/v1/aanmeldingen", 200)]
    [TestCase("GET", "/api/v1/aanmeldingen/{aanmeldingId}", 200)]
    [TestCase("GET", "/api/v1/leveringen", 200)]
    [TestCase("GET", "/api/v1/leveringen/{leveringId}", 200)]
    public async Task ApiOperation_EveryRole_ExactStatus(string method, string template, int allowedStatus)
    {
        var entryPoint = _matrix.EntryPoints.Single(e => e.Method == method && e.Path == template);
        var path = EntryPointProbe.Fill(template, new Dictionary<string, string>(_routeValues) { ["notitieId"] = "999" });
        var statuses = new Dictionary<string, int>();
        var expected = new Dictionary<string, int>();

        foreach (var role in new string?[] { null }.Concat(HostRoles.All))
        {
            using var client = _server.CreateBrowserLikeClient();
            if (role is not null)
            {
                using var login = await new HostSession(client).PostFormAsync("/inloggen", new Dictionary<string, string> { ["userId"] = $"demo-{Gemeente}-{role}" });
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (method == "POST")
            {
                request.Content = System.Net.Http.Json.JsonContent.Create(new { tekst = $"Matrix {role}" });
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            }

            using var response = await client.SendAsync(request);
            var name = role ?? "anoniem";
            statuses[name] = (int)response.StatusCode;
            expected[name] = role is null ? 401 : _matrix.Allows(role, entryPoint) ? allowedStatus : 403;
        }

        Assert.That(statuses, Is.EqualTo(expected));
        Assert.That(expected.Values, Does.Contain(allowedStatus), "some role may take the operation");
        Assert.That(expected.Values, Does.Contain(403), "some role may not");
    }

    [Test]
    public async Task Matrix_RouteWithoutRule_IsProblem()
    {
        var unruled = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/nieuw"), 0, EndpointMetadataCollection.Empty, "nieuw");

        var matrix = await AuthorizationMatrixReader.ReadAsync(_server.Services, new DefaultEndpointDataSource(unruled));

        Assert.That(matrix.Problems, Is.EqualTo(new[]
        {
            "De route /nieuw heeft geen plaats in de autorisatiematrix: geef haar [AllowAnonymous], [SignedIn] of [RequiresPermission].",
        }));
        Assert.That(matrix.EntryPoints, Is.Empty);
    }

    [Test]
    public async Task EntryPoints_EveryRole_MatchMatrix()
    {
        var mismatches = new List<string>();
        var allowed = 0;
        var refused = 0;

        foreach (var role in new string?[] { null }.Concat(HostRoles.All))
        {
            var session = await SignInAsync(role);
            try
            {
                foreach (var entryPoint in _matrix.EntryPoints)
                {
                    var expected = _matrix.Allows(role, entryPoint);
                    await foreach (var (request, response) in session.Probe.TakeAsync(entryPoint, _routeValues, RecordIdFor))
                    {
                        using (response)
                        {
                            var path = request[(request.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                            var wasRefused = EntryPointProbe.IsRefused(response, path);
                            if ((int)response.StatusCode >= 500 || wasRefused == expected)
                            {
                                mismatches.Add($"{role ?? "anoniem"}: {request} gaf {(int)response.StatusCode}, de matrix zegt {(expected ? "toegestaan" : "geweigerd")} ({entryPoint.Rule})");
                            }

                            _ = wasRefused ? refused++ : allowed++;
                        }
                    }

                    if (entryPoint is { Method: "POST", Path: "/uitloggen" } && role is not null)
                    {
                        session.Dispose();
                        session = await SignInAsync(role);
                    }
                }
            }
            finally
            {
                session.Dispose();
            }
        }

        Assert.That(mismatches, Is.Empty, string.Join(Environment.NewLine, mismatches));
        Assert.That(allowed, Is.GreaterThan(100), "requests let in");
        Assert.That(refused, Is.GreaterThan(100), "requests refused");
    }

    /// <summary>
    /// A screen links to a download only for a user who holds the download's permission, and never to a download the
    /// host does not serve; the HTML page and the JSON screen model both render this filtered content.
    /// </summary>
    [TestCase("consulent-inburgering", new[] { "inburgering.levering-fouten" })]
    [TestCase("klantmanager", new string[0])]
    [TestCase("aanbieder", new[] { "inburgering.mijn-levering-fouten" })]
    public async Task DownloadLinks_PerRole_OnlyWithPermission(string role, string[] expected)
    {
        await using var scope = _server.CreateScopeAs($"demo-{Gemeente}-{role}");
        var services = scope.ServiceProvider;
        var content = new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Downloads", "Downloads"),
            [
                new DownloadElement(new LocalizedText("Fouten", "Errors"), "inburgering.levering-fouten", _routeValues["leveringId"]),
                new DownloadElement(new LocalizedText("Mijn fouten", "My errors"), "inburgering.mijn-levering-fouten", _routeValues["leveringId"]),
                new DownloadElement(new LocalizedText("Onbekend", "Unknown"), "matrix.onbekende-download", null),
                new TextElement(new LocalizedText("Uitleg", "Explanation")),
            ]),
        ]);

        var filtered = services.GetRequiredService<FieldAccess>().Filter(content, services.GetRequiredService<SampleHost.Downloads.DownloadCatalog>());
        var elements = filtered.Sections.Single().Elements;

        Assert.That(elements.OfType<DownloadElement>().Select(d => d.DownloadId), Is.EqualTo(expected));
        Assert.That(elements.OfType<TextElement>().Count(), Is.EqualTo(1), "other elements stay");
    }

    [Test]
    public async Task Document_InRepository_MatchesCode()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        server.StartServer();
        var matrix = await AuthorizationMatrixReader.ReadAsync(server.Services, server.Services.GetRequiredService<EndpointDataSource>());
        var expected = AuthorizationMatrixDocument.Write(matrix);

        var actual = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "autorisatiematrix.md"))).ReplaceLineEndings("\n");

        Assert.That(actual, Is.EqualTo(expected), $"docs/autorisatiematrix.md is out of date; regenerate it with: {AuthorizationMatrixDocument.Command}");
    }

    /// <summary>
    /// Returns the record id to open a screen or download with. A client tab opens with the client's id, the report
    /// of a delivery and its errors with the delivery's id, a student with the aanmelding's id, and the screens and
    /// the download of the chain of a move with the records <see cref="AddKetenValuesAsync"/> made. Other screens and
    /// downloads open without a record.
    /// </summary>
    private string? RecordIdFor(EntryPoint entryPoint) => entryPoint.Path switch
    {
        _ when entryPoint.Kind == EntryPointKind.Screen && _clientTabs.Contains(entryPoint.Path) => _routeValues["id"],
        "inburgering.levering" or "inburgering.mijn-levering" or "inburgering.levering-fouten" or "inburgering.mijn-levering-fouten" => _routeValues["leveringId"],
        "inburgering.cursist" => _routeValues["aanmeldingId"],
        _ => KetenRecordIdFor(entryPoint),
    };

    /// <summary>
    /// Adds the ids of an aanmelding and a delivery of the demo aanbieder of the gemeente, which the routes of the
    /// aanbieders API and the reports take. The delivery is made here through the API, with a rejected row, so its
    /// errors can be downloaded.
    /// </summary>
    private async Task AddAanbiederValuesAsync()
    {
        using var aanbieder = await HostSession.LogInAsync(_server, $"demo-{Gemeente}-{HostRoles.Aanbieder}");
        var aanmelding = await Tenancy.AanbiederApi.VrijeAanmeldingAsync(aanbieder.Client);

        _routeValues["aanmeldingId"] = aanmelding.Id;
        _routeValues["leveringId"] = await Tenancy.AanbiederApi.LeverAsync(aanbieder.Client, aanmelding);
    }

    private async Task<ProbeSession> SignInAsync(string? role)
    {
        var client = _server.CreateBrowserLikeClient();
        if (role is not null)
        {
            var login = new HostSession(client);
            using var response = await login.PostFormAsync("/inloggen", new Dictionary<string, string> { ["userId"] = $"demo-{Gemeente}-{role}" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"demo-{Gemeente}-{role} logs in");
        }

        var (_, html) = await new HostSession(client).GetPageAsync(role is null ? "/inloggen" : "/");
        var token = AntiForgeryToken().Match(html);
        Assert.That(token.Success, Is.True, "the page has an anti-forgery token");
        return new ProbeSession(client, new EntryPointProbe(client, WebUtility.HtmlDecode(token.Groups[1].Value)));
    }

    private async Task<string> FirstClientIdAsync()
    {
        await using var scope = _server.CreateScopeAs($"demo-{Gemeente}-consulent-inburgering");
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var id = await db.Clients.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        return id.ToString();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();

    /// <summary>A client of one principal with its probe.</summary>
    private sealed record ProbeSession(HttpClient Client, EntryPointProbe Probe) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }
}
