using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>
/// Runs the axe rules of <see cref="AccessibilityTests"/> on the screens of aanbieders and deliveries, for the consulent
/// and for the demo aanbieder. The host seeds the demo data, so the lists have aanbieders, deliveries and students to open.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DeliveryScreensAccessibilityTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";
    private const string Aanbieder = "demo-0599-aanbieder";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task StartHostAndBrowser()
    {
        var chromium = Chromium.RequireChromium();
        _folders = PluginFolders.Create();
        _folders.CopyPublished("inburgering");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root, SeedDemoData = true });
        await _server.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });
    }

    [OneTimeTearDown]
    public async Task StopHostAndBrowser()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [TestCase(Consulent, "/schermen/inburgering.aanbieders", TestName = "AanbiedersScreen_HasNoSeriousViolations")]
    [TestCase(Consulent, "/schermen/inburgering.leveringen", TestName = "LeveringenScreen_HasNoSeriousViolations")]
    [TestCase(Aanbieder, "/schermen/inburgering.mijn-cursisten", TestName = "MijnCursistenScreen_HasNoSeriousViolations")]
    [TestCase(Aanbieder, "/schermen/inburgering.mijn-leveringen", TestName = "MijnLeveringenScreen_HasNoSeriousViolations")]
    public async Task ListScreen_HasNoSeriousViolations(string userId, string url)
    {
        var page = await LogInAsync(userId);

        var response = await page.GotoAsync(url);

        Assert.That(response?.Status, Is.EqualTo(200));
        await AssertAccessibleAsync(page);
    }

    [TestCase(Consulent, "/schermen/inburgering.aanbieders", "inburgering.aanbieder", TestName = "AanbiederScreen_HasNoSeriousViolations")]
    [TestCase(Consulent, "/schermen/inburgering.leveringen", "inburgering.levering", TestName = "LeveringScreen_HasNoSeriousViolations")]
    [TestCase(Consulent, "/schermen/inburgering.dossiers", "inburgering.dossier", TestName = "DossierOfDemo_HasNoSeriousViolations")]
    [TestCase(Aanbieder, "/schermen/inburgering.mijn-cursisten", "inburgering.cursist", TestName = "CursistScreen_HasNoSeriousViolations")]
    [TestCase(Aanbieder, "/schermen/inburgering.mijn-leveringen", "inburgering.mijn-levering", TestName = "MijnLeveringScreen_HasNoSeriousViolations")]
    public async Task RecordScreen_HasNoSeriousViolations(string userId, string listUrl, string screenId)
    {
        var page = await LogInAsync(userId);
        await page.GotoAsync(listUrl);

        await page.Locator($"a[href*='/schermen/{screenId}/']").First.ClickAsync();

        Assert.That(page.Url, Does.Contain($"/schermen/{screenId}/"), "the list links to a record of the demo data");
        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task AanmeldingenScreen_HasNoSeriousViolations()
    {
        var page = await LogInAsync(Consulent);
        await page.GotoAsync("/schermen/inburgering.dossiers");
        await page.Locator("a[href*='/schermen/inburgering.dossier/']").First.ClickAsync();
        var dossierId = new Uri(page.Url).AbsolutePath.Split('/')[^1];

        var response = await page.GotoAsync($"/schermen/inburgering.aanmeldingen/{dossierId}");

        Assert.That(response?.Status, Is.EqualTo(200));
        await AssertAccessibleAsync(page);
    }

    private async Task<IPage> LogInAsync(string userId)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.Locator($"button[value='{userId}']").ClickAsync();
        return page;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        await page.Context.CloseAsync();
        Assert.That(serious, Is.Empty);
    }
}
