using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Inburgering.VastgesteldPipSteps;

namespace SampleHost.Tests.Browser;

/// <summary>
/// Suzanne Moulin (999993653) moves from Rotterdam (0599) to 's-Gravenhage (0518) in a real browser (Debian's
/// Chromium) against SampleHost on 127.0.0.1. The dossier with a vastgesteld PIP is set up over HTTP. The move, the
/// warme overdracht and its acceptance happen in the browser.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VerhuizingInBrowserTests(DatabaseProvider provider)
{
    private const string Bsn = "999993653";

    private const string ConsulentRotterdam = "demo-0599-consulent-inburgering";

    private const string ConsulentDenHaag = "demo-0518-consulent-inburgering";

    [Test]
    public async Task AcceptedMove_KeepsLeerrouteAndTermijn()
    {
        var chromium = Chromium.RequireChromium();
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        server.StartServer();
        string dossierRotterdam;
        using (var setup = await HostSession.LogInAsync(server, ConsulentRotterdam))
        {
            dossierRotterdam = await RegistreerMetVastgesteldPipAsync(setup, server.Clock, Bsn);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();

        // Rotterdam: the termijn before the move.
        await LogInAsync(page, ConsulentRotterdam);
        await page.GotoAsync($"/schermen/inburgering.termijn/{dossierRotterdam}");
        var laatsteDagVoor = await FieldAsync(page, "effectieveLaatsteDag");
        Assert.That(laatsteDagVoor, Is.Not.Empty);

        // The BRP stand-in records the move to 's-Gravenhage.
        await page.GotoAsync("/beheer/brp-stand-in");
        await page.Locator("#verhuizing-bsn").FillAsync(Bsn);
        await page.Locator("#verhuizing-gemeente").SelectOptionAsync("0518");
        await page.Locator("#verhuizing-straat").FillAsync("Spui");
        await page.Locator("#verhuizing-huisnummer").FillAsync("70");
        await page.Locator("#verhuizing-postcode").FillAsync("2511 BT");
        await page.Locator("#verhuizing-woonplaats").FillAsync("'s-Gravenhage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verhuizing vastleggen" }).ClickAndWaitForPageAsync(page);
        Assert.That(await MainTextAsync(page), Does.Contain("De adreswijziging is gemeld voor 1 klant(en) met dit BSN."));

        await page.GotoAsync($"/schermen/inburgering.dossier/{dossierRotterdam}");
        var dossierNaVerhuizing = await MainTextAsync(page);
        Assert.That(dossierNaVerhuizing, Does.Contain("Verhuizing naar andere gemeente"));
        Assert.That(dossierNaVerhuizing, Does.Contain("0518"));

        // Rotterdam prepares the warme overdracht, checks the preview and sends it.
        await page.Locator("#inburgering-overdracht-voorbereiden-ontvangerGemeente").FillAsync("0518");
        await page.Locator("#inburgering-overdracht-voorbereiden-verhuisdatum").FillAsync(Iso(Today(server.Clock)));
        await SubmitAsync(page, "inburgering.overdracht-voorbereiden");
        Assert.That(page.Url, Does.Contain("/schermen/inburgering.overdracht/"));
        var preview = await MainTextAsync(page);
        Assert.That(preview, Does.Contain("Voorbereid"));
        Assert.That(preview, Does.Contain("Leerroute (blijft gelijk)\nB1-route"), "the preview shows the leerroute that goes along, by its name");
        var overdrachtUrl = new Uri(page.Url).AbsolutePath;
        await SubmitAsync(page, "inburgering.overdracht-verzenden");
        Assert.That(await FieldAsync(page, "status"), Is.EqualTo("Verzonden"));

        // 's-Gravenhage opens the incoming overdracht from its list and accepts it.
        await LogInAsync(page, ConsulentDenHaag);
        await page.GotoAsync("/schermen/inburgering.overdrachten");
        await page.Locator($"main a[href*='{overdrachtUrl.Split('/')[^1]}']").First.ClickAndWaitForPageAsync(page);
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo(overdrachtUrl));
        await SubmitAsync(page, "inburgering.overdracht-accepteren");
        var nieuwDossier = await NieuwDossierIdAsync(page, dossierRotterdam);

        await page.GotoAsync($"/schermen/inburgering.pip/{nieuwDossier}");
        var leerroute = await FieldAsync(page, "leerroute");
        await page.GotoAsync($"/schermen/inburgering.termijn/{nieuwDossier}");
        var laatsteDagNa = await FieldAsync(page, "effectieveLaatsteDag");
        await page.GotoAsync("/werkvoorraad");
        var werkvoorraad = await MainTextAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "verhuizing-werkvoorraad-0518.png"),
            FullPage = true,
        });

        Assert.That(leerroute, Is.EqualTo("B1-route"));
        Assert.That(laatsteDagNa, Is.EqualTo(laatsteDagVoor), "the termijn runs on after the move");
        Assert.That(werkvoorraad, Does.Contain("Nieuw PIP na verhuizing opstellen"));
    }

    /// <summary>Returns the id of the dossier the accepted overdracht made in the new gemeente, which the browser shows after accepting.</summary>
    private static async Task<string> NieuwDossierIdAsync(IPage page, string oudDossier)
    {
        var path = new Uri(page.Url).AbsolutePath;
        Assert.That(path, Does.StartWith("/schermen/inburgering.dossier/"), await MainTextAsync(page));
        var nieuw = path.Split('/')[^1];
        Assert.That(nieuw, Is.Not.EqualTo(oudDossier), "the new gemeente has a dossier of its own");
        Assert.That(await MainTextAsync(page), Does.Contain("De overdracht is geaccepteerd."));
        return nieuw;
    }

    private static async Task LogInAsync(IPage page, string userId)
    {
        await page.GotoAsync("/inloggen");
        await page.Locator($"button[value='{userId}']").ClickAndWaitForPageAsync(page);
    }

    /// <summary>Submits the form of <paramref name="actionId"/> and fails with the form's errors when the page shows any.</summary>
    private static async Task SubmitAsync(IPage page, string actionId)
    {
        await page.Locator($"form:has(input[name=actionId][value='{actionId}']) button[type=submit]").ClickAndWaitForPageAsync(page);

        var errors = page.Locator(".error-summary, [data-action-error]");
        if (await errors.CountAsync() > 0)
        {
            Assert.Fail($"Submitting {actionId} failed: {await errors.First.InnerTextAsync()}");
        }
    }

    private static async Task<string> FieldAsync(IPage page, string key) =>
        (await page.Locator($"dd[data-field='{key}']").First.InnerTextAsync()).Trim();

    private static async Task<string> MainTextAsync(IPage page) => await page.Locator("main").InnerTextAsync();
}
