using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>
/// Runs the axe accessibility rules (WCAG 2.1 A and AA) in Chromium on a page of every kind SampleHost renders, and
/// fails on any serious or critical violation.
/// </summary>
[TestFixture]
public sealed class AccessibilityTests
{
    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _dossierUrl = null!;
    private string _clientUrl = null!;

    [OneTimeSetUp]
    public async Task StartHostAndBrowser()
    {
        var chromium = Chromium.RequireChromium();
        _folders = PluginFolders.Create();
        _folders.CopyPublished("inburgering");
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { PluginsPath = _folders.Root });
        _server.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });

        var page = await LogInAsync("demo-0599-consulent-inburgering");
        await page.GotoAsync("/schermen/showcase.item/3");
        await page.Locator("#showcase-stap-stap").SelectOptionAsync("oppakken");
        await page.Locator("form:has(#showcase-stap-stap) button[type=submit]").ClickAsync();
        await RegisterAsync(page, "999993653");
        _dossierUrl = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync("/klanten");
        await page.Locator("a:has-text('Suzanne Moulin')").ClickAsync();
        _clientUrl = new Uri(page.Url).AbsolutePath;
        await page.Context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopHostAndBrowser()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task LoginPage_HasNoSeriousViolations()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/inloggen");

        await AssertAccessibleAsync(page);
    }

    [TestCase("/", TestName = "StartPageWithCountersAndCharts_HasNoSeriousViolations")]
    [TestCase("/schermen/showcase.overzicht", TestName = "ScreenWithEveryFieldTypeAndInput_HasNoSeriousViolations")]
    [TestCase("/schermen/showcase.overzicht?filter.status=open&sorteer=naam&aflopend=true&na=10", TestName = "FilteredSortedPagedList_HasNoSeriousViolations")]
    [TestCase("/schermen/showcase.item/3", TestName = "ReferencedPageWithWorkflowHistory_HasNoSeriousViolations")]
    [TestCase("/werkvoorraad", TestName = "WorkQueue_HasNoSeriousViolations")]
    [TestCase("/klanten", TestName = "ClientList_HasNoSeriousViolations")]
    [TestCase("/schermen/inburgering.dossiers", TestName = "NavigationScreenWithListAndForms_HasNoSeriousViolations")]
    public async Task Page_HasNoSeriousViolations(string url)
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");

        await page.GotoAsync(url);

        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task DossierScreen_HasNoSeriousViolations()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");

        await page.GotoAsync(_dossierUrl);

        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task ClientPageWithPluginFieldsAndTab_HasNoSeriousViolations()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");

        await page.GotoAsync(_clientUrl);

        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task FormWithErrors_HasNoSeriousViolations()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");
        await page.GotoAsync("/schermen/inburgering.dossiers");

        await page.Locator("form:has(#inburgering-registreer-bsn) button[type=submit]").ClickAsync();

        Assert.That(await page.Locator(".error-summary").CountAsync(), Is.EqualTo(1), "the form shows its errors");
        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task FormWithConditionalInputShown_HasNoSeriousViolations()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");
        await page.GotoAsync("/schermen/showcase.overzicht");

        await page.Locator("#showcase-bewerk-keuze").SelectOptionAsync("c");

        Assert.That(await page.Locator("#showcase-bewerk-reden").IsVisibleAsync(), Is.True, "choosing option C shows the reason");
        await AssertAccessibleAsync(page);
    }

    [TestCase("/beheer/plugins", TestName = "PluginAdminPage_HasNoSeriousViolations")]
    [TestCase("/schermen/host.instellingen", TestName = "SettingsScreen_HasNoSeriousViolations")]
    [TestCase("/beheer/api-clients", TestName = "ApiClientsPage_HasNoSeriousViolations")]
    public async Task AdministratorPage_HasNoSeriousViolations(string url)
    {
        var page = await LogInAsync("demo-0599-functioneel-beheerder");

        await page.GotoAsync(url);

        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task EnglishDossierScreen_HasNoSeriousViolations()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");
        await page.GotoAsync(_dossierUrl);

        await page.Locator("button[name=taal]").ClickAsync();

        Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("en"));
        await AssertAccessibleAsync(page);
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString(), Locale = "nl-NL" });
        return await context.NewPageAsync();
    }

    private async Task<IPage> LogInAsync(string userId)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.Locator($"button[value='{userId}']").ClickAsync();
        return page;
    }

    private static async Task RegisterAsync(IPage page, string bsn)
    {
        await page.GotoAsync("/schermen/inburgering.dossiers");
        await page.Locator("#inburgering-registreer-bsn").FillAsync(bsn);
        await page.Locator("#inburgering-registreer-doelgroep").SelectOptionAsync("Asielstatushouder");
        await page.Locator("#inburgering-registreer-koppeldatum").FillAsync("2026-11-02");
        await page.Locator("#inburgering-registreer-wetRegime").SelectOptionAsync("Wi2021");
        await page.Locator("form:has(#inburgering-registreer-bsn) button[type=submit]").ClickAsync();
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
