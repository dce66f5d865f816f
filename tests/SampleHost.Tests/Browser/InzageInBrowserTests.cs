using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>
/// A consulent registers and opens an inburgeraar, and the privacy officer of the same gemeente then produces the
/// inzage overview for that person in a real browser (Debian's Chromium) and downloads it.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class InzageInBrowserTests(DatabaseProvider provider)
{
    private const string Bsn = "999993653";

    [Test]
    public async Task Inzage_ForBsn_ShowsProcessing()
    {
        var chromium = Chromium.RequireChromium();
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        server.StartServer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });

        var consulent = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });
        await LogInAsync(consulent, "demo-0599-consulent-inburgering");
        await RegisterAsync(consulent);

        var officer = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });
        await LogInAsync(officer, "demo-0599-privacy-officer");
        await officer.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Inzage" }).ClickAsync();
        await officer.Locator("#inzage-bsn").FillAsync(Bsn);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Overzicht maken" }).ClickAsync();

        var activities = await officer.Locator("table.inzage tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.activity)");
        var employees = await officer.Locator("table.inzage tbody tr td:nth-child(6)").AllInnerTextsAsync();
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.GetByRole(AriaRole.Button, new() { Name = "Downloaden als CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        await officer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "inzage-999993653.png"), FullPage = true });

        Assert.That(activities, Does.Contain("inburgering.registratie"));
        Assert.That(activities, Does.Contain("inburgering.dossierbeheer"));
        Assert.That(employees.Distinct(), Is.EqualTo(new[] { "demo-0599-consulent-inburgering" }), "the officer's own inzage is logged, but after this overview");
        Assert.That(officer.Url, Does.Not.Contain(Bsn));
        Assert.That(download.SuggestedFilename, Does.Not.Contain(Bsn));
        Assert.That(csv, Does.Contain("demo-0599-consulent-inburgering"));
        Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(activities.Length + 2), "a header, the processing on screen, and the overview the officer just made");
        Assert.That(csv, Does.Contain("demo-0599-privacy-officer"));
    }

    private static async Task LogInAsync(IPage page, string userId)
    {
        await page.GotoAsync("/inloggen");
        await page.Locator($"button[value='{userId}']").ClickAsync();
    }

    private static async Task RegisterAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Inburgeraars" }).ClickAsync();
        await page.Locator("#inburgering-registreer-bsn").FillAsync(Bsn);
        await page.Locator("#inburgering-registreer-doelgroep").SelectOptionAsync("Asielstatushouder");
        await page.Locator("#inburgering-registreer-koppeldatum").FillAsync("2026-11-02");
        await page.Locator("#inburgering-registreer-wetRegime").SelectOptionAsync("Wi2021");
        await page.Locator("form:has(#inburgering-registreer-bsn) button[type=submit]").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Suzanne Moulin" }).WaitForAsync();
    }
}
