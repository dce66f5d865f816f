using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>
/// Opens a page of every kind in Chromium, with the Content-Security-Policy on, and fails when the browser reports a
/// violation: an inline script, style or handler that the policy blocks.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ContentSecurityPolicyTests(DatabaseProvider provider)
{
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
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
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

    [TestCase("demo-0599-consulent-inburgering", "/")]
    [TestCase("demo-0599-consulent-inburgering", "/klanten")]
    [TestCase("demo-0599-consulent-inburgering", "/werkvoorraad")]
    [TestCase("demo-0599-consulent-inburgering", "/schermen/showcase.overzicht")]
    [TestCase("demo-0599-consulent-inburgering", "/schermen/showcase.item/3")]
    [TestCase("demo-0599-consulent-inburgering", "/schermen/inburgering.dossiers")]
    [TestCase("demo-0599-functioneel-beheerder", "/beheer/plugins")]
    [TestCase("demo-0599-functioneel-beheerder", "/schermen/host.instellingen")]
    public async Task Page_InBrowser_HasNoPolicyViolation(string userId, string url)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync("/inloggen");
        await page.Locator($"button[value='{userId}']").ClickAsync();

        var response = await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await context.CloseAsync();

        Assert.That(response?.Status, Is.EqualTo(200));
        Assert.That(violations, Is.Empty);
    }
}
