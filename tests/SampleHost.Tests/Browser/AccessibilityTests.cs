using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>
/// Runs the axe accessibility rules (WCAG 2.1 A and AA) in Chromium on a page of every kind SampleHost renders, and
/// fails on any serious or critical violation.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AccessibilityTests(DatabaseProvider provider)
{
    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _dossierUrl = null!;
    private string _clientUrl = null!;
    private string _beschikkingUrl = null!;
    private string _duoSignaalUrl = null!;

    [OneTimeSetUp]
    public async Task StartHostAndBrowser()
    {
        var chromium = Chromium.RequireChromium();
        _folders = PluginFolders.Create();
        _folders.CopyPublished("inburgering");
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root });
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
        _beschikkingUrl = await DraftPipAsync(page, DossierId);
        _duoSignaalUrl = await EnterDuoSignaalAsync(page, "999993653");
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

    [TestCase("inburgering.brede-intake", TestName = "BredeIntakeScreen_HasNoSeriousViolations")]
    [TestCase("inburgering.pip", TestName = "PipScreen_HasNoSeriousViolations")]
    [TestCase("inburgering.voortgang", TestName = "VoortgangScreen_HasNoSeriousViolations")]
    [TestCase("inburgering.begeleiding", TestName = "BegeleidingScreen_HasNoSeriousViolations")]
    [TestCase("inburgering.termijn", TestName = "TermijnScreen_HasNoSeriousViolations")]
    public async Task DossierPartScreen_HasNoSeriousViolations(string screenId)
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");

        var response = await page.GotoAsync($"/schermen/{screenId}/{DossierId}");

        Assert.That(response?.Status, Is.EqualTo(200));
        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task PipBeschikkingLetter_HasNoSeriousViolations()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");

        var response = await page.GotoAsync(_beschikkingUrl);

        Assert.That(response?.Status, Is.EqualTo(200));
        await AssertAccessibleAsync(page);
    }

    [TestCase("/schermen/inburgering.duo-signalen", TestName = "DuoSignalenInbox_HasNoSeriousViolations")]
    [TestCase(null, TestName = "DuoSignaalScreen_HasNoSeriousViolations")]
    public async Task DuoSignaalPage_HasNoSeriousViolations(string? url)
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");

        var response = await page.GotoAsync(url ?? _duoSignaalUrl);

        Assert.That(response?.Status, Is.EqualTo(200));
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

    /// <summary>The id of the registered dossier, which its part screens take as record id.</summary>
    private string DossierId => _dossierUrl.Split('/')[^1];

    /// <summary>Saves a PIP concept for the dossier and returns the URL of its beschikking letter.</summary>
    private static async Task<string> DraftPipAsync(IPage page, string dossierId)
    {
        await page.GotoAsync($"/schermen/inburgering.pip/{dossierId}");
        await page.Locator("#inburgering-pip-concept-leerroute").SelectOptionAsync("B1Route");
        await page.Locator("#inburgering-pip-concept-niveau").SelectOptionAsync("B1");
        await page.Locator("#inburgering-pip-concept-contactpersoonNaam").FillAsync("Consulent Inburgering");
        await page.Locator("#inburgering-pip-concept-contactpersoonEmail").FillAsync("inburgering@gemeente.example");
        await SubmitAsync(page, "#inburgering-pip-concept-leerroute", "Saving the PIP concept");
        await page.Locator("a[href*='inburgering.pip-beschikking']").First.ClickAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Enters a DUO signal about <paramref name="bsn"/> in the inbox and returns the URL of the signal's screen.</summary>
    private static async Task<string> EnterDuoSignaalAsync(IPage page, string bsn)
    {
        await page.GotoAsync("/schermen/inburgering.duo-signalen");
        await page.Locator("#inburgering-duo-signaal-invoeren-soort").SelectOptionAsync("Correctie");
        await page.Locator("#inburgering-duo-signaal-invoeren-kennisgevingsdatum").FillAsync("2026-11-16");
        await page.Locator("#inburgering-duo-signaal-invoeren-bsn").FillAsync(bsn);
        await page.Locator("#inburgering-duo-signaal-invoeren-doelgroep").SelectOptionAsync("Gezinsmigrant");
        await SubmitAsync(page, "#inburgering-duo-signaal-invoeren-soort", "Entering the DUO signal");
        Assert.That(page.Url, Does.Contain("/schermen/inburgering.duo-signaal/"), "entering a signal opens its screen");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Submits the form that contains <paramref name="inputSelector"/> and fails the setup with the form's errors when the page shows any.</summary>
    private static async Task SubmitAsync(IPage page, string inputSelector, string step)
    {
        await page.Locator($"form:has({inputSelector}) button[type=submit]").ClickAndWaitForPageAsync(page);

        var errors = page.Locator(".error-summary");
        if (await errors.CountAsync() > 0)
        {
            Assert.Fail($"{step} failed: {await errors.InnerTextAsync()}");
        }
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
