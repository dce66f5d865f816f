using System.Text;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>
/// Files of aanbieders in a real browser (Debian's Chromium) against SampleHost on 127.0.0.1 with
/// the demo data: the template download, and uploads by the consulent and by the aanbieder whose wrong row is reported
/// with its line, column and value.
/// </summary>
[TestFixture]
public sealed class LeveringInBrowserTests
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
        _server = new SampleHostServer(new SampleHostSettings { PluginsPath = _folders.Root, SeedDemoData = true });
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

    [Test]
    public async Task Consulent_DownloadsCsvTemplate()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");
        await page.GotoAsync("/schermen/inburgering.leveringen");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Sjabloon downloaden (CSV)").ClickAsync());

        Assert.That(download.SuggestedFilename, Is.EqualTo("aanleverformaat.csv"));
        var inhoud = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        var kop = inhoud.TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.That(kop, Does.StartWith("levering_id;aanbieder_kvk;vestigingsnummer;bsn;traject_ref;leerroute;onderdeel;periode_van;periode_tot;"));
        Assert.That(kop, Does.EndWith(";startdatum;einddatum;uitvalreden;opmerking"));
    }

    [Test]
    public async Task Consulent_ImportsFileWithWrongRow_SeesReport()
    {
        var page = await LogInAsync("demo-0599-consulent-inburgering");
        await page.GotoAsync("/schermen/inburgering.leveringen");
        var csv = "levering_id;aanbieder_kvk;bsn;onderdeel;periode_van;periode_tot;uren_aangeboden;uren_gevolgd_fysiek;uren_gevolgd_online;uren_geoorloofd_verzuim;uren_ongeoorloofd_verzuim\r\n"
            + "BROWSER-1;90059901;123456789;TAAL;2026-10-01;2026-10-31;40;30;6;2;2\r\n";

        await page.Locator("#inburgering-levering-importeren-aanbieder").FillAsync("90059901");
        await page.Locator("#inburgering-levering-importeren-modus").SelectOptionAsync("GeldigeRegels");
        await page.Locator("#inburgering-levering-importeren-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "aanlevering.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.Locator("form:has(#inburgering-levering-importeren-bestand) button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        var tekst = await page.Locator("main").InnerTextAsync();
        Assert.That(page.Url, Does.Contain("/schermen/inburgering.levering/"), tekst);
        Assert.That(tekst, Does.Contain("Er is niets geïmporteerd: 1 van de 1 regels hebben fouten. Verbeter de regels uit het verslag en lever het bestand opnieuw aan."));
        var cellen = await page.Locator("tr:has(td:text-is('123456789')) td").AllInnerTextsAsync();
        Assert.That(cellen[0], Is.EqualTo("2"), "line number");
        Assert.That(cellen[1], Is.EqualTo("bsn"), "column");
        Assert.That(cellen[2], Is.EqualTo("123456789"), "value");
        Assert.That(cellen[3], Does.StartWith("Regel 2, kolom bsn: '123456789' is geen geldig BSN."));
    }

    [Test]
    public async Task Aanbieder_UploadsFileOnMijnLeveringen_SeesReport()
    {
        var page = await LogInAsync("demo-0599-aanbieder");
        await page.GotoAsync("/schermen/inburgering.mijn-leveringen");
        var csv = "levering_id;aanbieder_kvk;bsn;onderdeel;periode_van;periode_tot;uren_aangeboden;uren_gevolgd_fysiek;uren_gevolgd_online;uren_geoorloofd_verzuim;uren_ongeoorloofd_verzuim\r\n"
            + "BROWSER-2;90059901;123456789;TAAL;2026-10-01;2026-10-31;40;30;6;2;2\r\n";

        await page.Locator("#inburgering-levering-uploaden-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "eigen-aanlevering.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.Locator("form:has(#inburgering-levering-uploaden-bestand) button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        var tekst = await page.Locator("main").InnerTextAsync();
        Assert.That(page.Url, Does.Contain("/schermen/inburgering.mijn-levering/"), tekst);
        Assert.That(tekst, Does.Contain("Er is niets geïmporteerd: 1 van de 1 regels hebben fouten. Verbeter de regels uit het verslag en lever het bestand opnieuw aan."));
        var cellen = await page.Locator("tr:has(td:text-is('123456789')) td").AllInnerTextsAsync();
        Assert.That(cellen[0], Is.EqualTo("2"), "line number");
        Assert.That(cellen[1], Is.EqualTo("bsn"), "column");
    }

    private async Task<IPage> LogInAsync(string userId)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _server.BaseAddress.ToString(), Locale = "nl-NL", AcceptDownloads = true });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.Locator($"button[value='{userId}']").ClickAsync();
        return page;
    }
}
