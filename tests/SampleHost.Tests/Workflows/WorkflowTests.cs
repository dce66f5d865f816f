using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Workflows;

/// <summary>
/// The host's workflow engine and werkvoorraad, driven through the showcase plugin's application workflow over HTTP.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class WorkflowTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";
    private const string Klantmanager = "demo-0599-klantmanager";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task Step_TakeOn_MovesStateAndTask()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);

        using var step = await StepAsync(consulent, "1", "oppakken");
        var (_, item) = await consulent.GetPageAsync("/schermen/showcase.item/1");
        var (_, queue) = await consulent.GetPageAsync("/werkvoorraad");

        Assert.That(step.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(PageHtml.Field(item, "aanvraagstatus"), Is.EqualTo("in-behandeling"));
        Assert.That(HistoryStates(item), Is.EqualTo(new[] { "nieuw", "in-behandeling" }));
        Assert.That(item, Does.Contain($"<td>{Consulent}</td>"));
        Assert.That(queue, Does.Contain("<a href=\"/schermen/showcase.item/1\">Rond de aanvraag af</a>"));
        Assert.That(queue, Does.Contain(DueDate(10)));
        Assert.That(queue, Does.Not.Contain("<a href=\"/schermen/showcase.item/1\">Beoordeel de aanvraag</a>"), "the task of the state it left is closed");
    }

    [Test]
    public async Task Step_GuardRejects_ChangesNothing()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        using var takeOn = await StepAsync(consulent, "3", "oppakken");

        using var complete = await StepAsync(consulent, "3", "afronden");
        var html = await complete.Content.ReadAsStringAsync();
        var (_, item) = await consulent.GetPageAsync("/schermen/showcase.item/3");

        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Alleen een open item kan worden afgerond."));
        Assert.That(PageHtml.Field(item, "aanvraagstatus"), Is.EqualTo("in-behandeling"));
    }

    [Test]
    public async Task Step_WithoutItsPermission_IsRejected()
    {
        using var klantmanager = await HostSession.LogInAsync(_server, Klantmanager);
        using var takeOn = await StepAsync(klantmanager, "2", "oppakken");
        using var complete = await StepAsync(klantmanager, "2", "afronden");

        using var reopen = await StepAsync(klantmanager, "2", "heropenen");
        var html = await reopen.Content.ReadAsStringAsync();

        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(reopen.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("U heeft geen rechten voor deze stap."));
    }

    [Test]
    public async Task Step_NotFromCurrentState_IsRejected()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);

        using var complete = await StepAsync(consulent, "4", "afronden");
        var html = await complete.Content.ReadAsStringAsync();

        Assert.That(complete.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("De stap &#x27;afronden&#x27; kan niet vanuit de huidige status."));
    }

    [Test]
    public async Task Step_StaleVersion_IsConflict()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        using var takeOn = await StepAsync(consulent, "5", "oppakken");

        using var stale = await consulent.PostFormAsync("/schermen/showcase.item/5", new Dictionary<string, string>
        {
            ["actionId"] = "showcase.stap",
            ["stap"] = "afronden",
            ["__version"] = "1",
        });

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task OtherGemeente_SeesNoInstanceOrTask()
    {
        using var consulent = await HostSession.LogInAsync(_server, Consulent);
        using var takeOn = await StepAsync(consulent, "6", "oppakken");
        using var denHaag = await HostSession.LogInAsync(_server, "demo-0518-consulent-inburgering");

        var (_, queue) = await denHaag.GetPageAsync("/werkvoorraad");
        await using var scope = _server.CreateScopeAs("demo-0518-consulent-inburgering");
        var status = await scope.ServiceProvider.GetRequiredService<IWorkflowEngine>().GetAsync("showcase.aanvraag", "6", CancellationToken.None);

        Assert.That(queue, Does.Not.Contain("showcase.item/6"));
        Assert.That(status, Is.Null);
    }

    [Test]
    public async Task WorkQueue_RoleWithoutPermission_IsForbidden()
    {
        using var aanbieder = await HostSession.LogInAsync(_server, "demo-0599-aanbieder");

        using var response = await aanbieder.Client.GetAsync(new Uri("/werkvoorraad", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
    }

    private static Task<HttpResponseMessage> StepAsync(HostSession session, string item, string step) =>
        session.PostActionAsync($"/schermen/showcase.item/{item}", "showcase.stap", new Dictionary<string, string> { ["stap"] = step });

    private string DueDate(int days)
    {
        var clock = _server.Services.GetRequiredService<TimeProvider>();
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), amsterdam).DateTime);
        return today.AddDays(days).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
    }

    private static List<string> HistoryStates(string html) =>
        [.. HistoryRowPattern().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr>\\s*<td>([a-z-]+)</td>\\s*<td>demo-", RegexOptions.Singleline)]
    private static partial Regex HistoryRowPattern();
}
