using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>A consulent registers an inburgeraar in a real browser (Debian's Chromium) against SampleHost on 127.0.0.1.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RegistrationInBrowserTests(DatabaseProvider provider)
{
    [Test]
    public async Task Consulent_RegistersBsn_SeesDossierWithBrpName()
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
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = server.BaseAddress.ToString() });

        await page.GotoAsync("/inloggen");
        await page.Locator("button[value='demo-0599-consulent-inburgering']").ClickAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Inburgeraars" }).ClickAsync();
        await page.Locator("#inburgering-registreer-bsn").FillAsync("999993653");
        await page.Locator("#inburgering-registreer-doelgroep").SelectOptionAsync("Asielstatushouder");
        await page.Locator("#inburgering-registreer-koppeldatum").FillAsync("2026-11-02");
        await page.Locator("#inburgering-registreer-wetRegime").SelectOptionAsync("Wi2021");
        await page.Locator("form:has(#inburgering-registreer-bsn) button[type=submit]").ClickAsync();

        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        var bsn = await page.Locator("dd[data-field='bsn']").InnerTextAsync();
        Assert.That(heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(bsn, Is.EqualTo("999993653"));
        Assert.That(page.Url, Does.Not.Contain("999993653"));
    }
}
