using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Host.Abstractions.Testing;
using TestSupport;

namespace Schuldhulp.Plugin.Tests;

/// <summary>
/// SampleHost with only the schuldhulp plugin in its plugins folder: it starts, seeds the plugin's demo data and
/// serves its screen, and a klantmanager registers aanmeldingen by BSN.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class SchuldhulpInSampleHostTests(DatabaseProvider provider)
{
    private const string AanmeldingenScreen = "/schermen/schuldhulp.aanmeldingen";

    private static readonly string s_klantmanagerRotterdam = DemoUsers.IdFor(HostRoles.Klantmanager, DemoUsers.Rotterdam);
    private static readonly string s_klantmanagerDenHaag = DemoUsers.IdFor(HostRoles.Klantmanager, DemoUsers.DenHaag);

    private PluginTestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync()
    {
        _host = new PluginTestHost(new PluginTestHostOptions { Provider = provider, PublishedPlugins = [PublishedPlugins.Schuldhulp] });
        await _host.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopHostAsync() => await _host.DisposeAsync();

    [Test]
    public async Task SchuldhulpOnly_Start_SeedsAndServesScreen()
    {
        using var klantmanager = await _host.LogInAsync(s_klantmanagerRotterdam);

        var (status, html) = await klantmanager.GetPageAsync(AanmeldingenScreen);

        Assert.That(_host.Plugins.Select(p => p.ToString()), Is.EqualTo(new[] { "schuldhulp (Loaded)" }));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<td>999993847</td>"), "demo aanmelding of a client the host seeded");
        Assert.That(html, Does.Contain("<td>999993483</td>"), "demo aanmelding of a person the plugin registered from the BRP");
        Assert.That(html, Does.Contain("<td>24 november 2026</td>"), "the aanmelddatum 10 days before the clock's 4 December 2026");
    }

    [Test]
    public async Task Aanmelden_NewBsn_PutsFirstConversationInWorkQueue()
    {
        using var klantmanager = await _host.LogInAsync(s_klantmanagerRotterdam);
        var (_, before) = await klantmanager.GetPageAsync("/werkvoorraad");

        using var response = await klantmanager.PostActionAsync(AanmeldingenScreen, "schuldhulp.aanmelden", Inputs("999999333", "2026-12-02"));
        var (_, after) = await klantmanager.GetPageAsync("/werkvoorraad");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(TaskCount(after), Is.EqualTo(TaskCount(before) + 1), "one new task for the new aanmelding");
        Assert.That(after, Does.Contain("1 januari 2027"), "due 28 days after the clock's 4 December 2026");
    }

    [Test]
    public async Task Aanmelden_NewBsn_RegistersClientAndAanmelding()
    {
        using var klantmanager = await _host.LogInAsync(s_klantmanagerRotterdam);

        using var response = await klantmanager.PostActionAsync(AanmeldingenScreen, "schuldhulp.aanmelden", Inputs("999993653", "2026-12-01"));
        var (_, list) = await klantmanager.GetPageAsync(AanmeldingenScreen);
        var clientUrl = await FindClientAsync(klantmanager, "999993653");
        var (clientStatus, clientPage) = await klantmanager.GetPageAsync(clientUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo(AanmeldingenScreen));
        Assert.That(list, Does.Contain("<td>Suzanne Moulin</td>"), "the name the BRP stand-in returns");
        Assert.That(list, Does.Contain("De aanmelding is geregistreerd."));
        Assert.That(clientStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Field(clientPage, "schuldhulp.aangemeld"), Is.EqualTo("ja"));
        Assert.That(Field(clientPage, "schuldhulp.aanmelddatum"), Is.EqualTo("1 december 2026"));
    }

    [Test]
    public async Task Aanmelden_SameClientTwice_ChangesNothing()
    {
        using var klantmanager = await _host.LogInAsync(s_klantmanagerRotterdam);
        using var first = await klantmanager.PostActionAsync(AanmeldingenScreen, "schuldhulp.aanmelden", Inputs("999995017", "2026-11-30"));

        using var second = await klantmanager.PostActionAsync(AanmeldingenScreen, "schuldhulp.aanmelden", Inputs("999 995 017", "2026-12-02"));
        var (_, list) = await klantmanager.GetPageAsync(AanmeldingenScreen);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(list, Does.Contain("Deze klant is al aangemeld op 30 november 2026; er is niets gewijzigd."));
        Assert.That(Regex.Count(list, "<td>999995017</td>"), Is.EqualTo(1), "one aanmelding per client");
    }

    [Test]
    public async Task Aanmelden_ClockAdvanced_UsesHostToday()
    {
        await using var host = new PluginTestHost(new PluginTestHostOptions { Provider = provider, PublishedPlugins = [PublishedPlugins.Schuldhulp], SeedDemoData = false });
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 15, 10, 0, 0, TimeSpan.Zero));
        using var klantmanager = await host.LogInAsync(s_klantmanagerRotterdam);

        using var tomorrow = await klantmanager.PostActionAsync(AanmeldingenScreen, "schuldhulp.aanmelden", Inputs("999993653", "2027-03-16"));
        var html = await tomorrow.Content.ReadAsStringAsync();
        using var today = await klantmanager.PostActionAsync(AanmeldingenScreen, "schuldhulp.aanmelden", Inputs("999993653", "2027-03-15"));

        Assert.That(tomorrow.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("De aanmelddatum ligt na vandaag (15 maart 2027)."));
        Assert.That(today.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the host's today is accepted");
    }

    [Test]
    public async Task Aanmelden_InvalidCheckDigit_NamesField()
    {
        using var klantmanager = await _host.LogInAsync(s_klantmanagerRotterdam);

        using var response = await klantmanager.PostActionAsync(AanmeldingenScreen, "schuldhulp.aanmelden", Inputs("999993654", "2026-12-01"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("id=\"schuldhulp-aanmelden-bsn-fout\""));
        Assert.That(html, Does.Contain("elfproef"));
    }

    [Test]
    public async Task OtherGemeente_SeesOnlyItsOwnAanmeldingen()
    {
        using var denHaag = await _host.LogInAsync(s_klantmanagerDenHaag);

        var (status, html) = await denHaag.GetPageAsync(AanmeldingenScreen);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<td>999993550</td>"), "the demo aanmelding of 's-Gravenhage");
        Assert.That(html, Does.Not.Contain("<td>999993483</td>"), "the demo aanmelding of Rotterdam");
    }

    [Test]
    public async Task Consulent_WithoutPermission_IsForbidden()
    {
        using var consulent = await _host.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));

        using var response = await consulent.Client.GetAsync(new Uri(AanmeldingenScreen, UriKind.Relative));
        var (_, home) = await consulent.GetPageAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo("/geen-toegang"));
        Assert.That(home, Does.Not.Contain($"href=\"{AanmeldingenScreen}\""), "no navigation entry");
    }

    private static Dictionary<string, string> Inputs(string bsn, string aanmelddatum) => new()
    {
        ["bsn"] = bsn,
        ["aanmelddatum"] = aanmelddatum,
    };

    /// <summary>Searches the host's client list by BSN, as staff do, and returns the client page's URL.</summary>
    private static async Task<string> FindClientAsync(HostSession session, string bsn)
    {
        using var response = await session.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = bsn }, "/klanten?handler=Zoek");

        return response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location!.OriginalString
            : throw new InvalidOperationException($"Searching the clients for a BSN returned {(int)response.StatusCode}, not a redirect to the client page.");
    }

    private static string? Field(string html, string key)
    {
        var match = Regex.Match(html, $"data-field=\"{Regex.Escape(key)}\">([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
    }

    /// <summary>Counts the task in the queue's rows; the buttons of each row repeat it in their accessible names.</summary>
    private static int TaskCount(string html) => Regex.Count(html, ">Voer het eerste gesprek over de aanmelding<");
}
