using System.Text;
using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>
/// Deliveries of aanbieders in a real browser (Debian's Chromium) against SampleHost on 127.0.0.1 with the demo data.
/// The tests cover the template download, uploads by the consulent and by the aanbieder with the wrong row reported
/// by line, column and value, and a period entered and corrected in the aanbieder's portal.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringInBrowserTests(DatabaseProvider provider)
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

    [Test]
    public async Task CsvTemplate_Download_HasHeader()
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
    public async Task ConsulentImport_WrongRow_IsReported()
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
        await page.Locator("form:has(#inburgering-levering-importeren-bestand) button[type=submit]").ClickAndWaitForPageAsync(page);

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
    public async Task AanbiederUpload_WrongRow_IsReported()
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
        await page.Locator("form:has(#inburgering-levering-uploaden-bestand) button[type=submit]").ClickAndWaitForPageAsync(page);

        var tekst = await page.Locator("main").InnerTextAsync();
        Assert.That(page.Url, Does.Contain("/schermen/inburgering.mijn-levering/"), tekst);
        Assert.That(tekst, Does.Contain("Er is niets geïmporteerd: 1 van de 1 regels hebben fouten. Verbeter de regels uit het verslag en lever het bestand opnieuw aan."));
        var cellen = await page.Locator("tr:has(td:text-is('123456789')) td").AllInnerTextsAsync();
        Assert.That(cellen[0], Is.EqualTo("2"), "line number");
        Assert.That(cellen[1], Is.EqualTo("bsn"), "column");
    }

    [Test]
    public async Task Portal_SamePeriodAgain_Corrects()
    {
        var page = await LogInAsync("demo-0599-aanbieder");
        var menu = await page.Locator("nav.main-nav").InnerTextAsync();
        Assert.That(menu, Does.Contain("Mijn cursisten").And.Contain("Mijn leveringen"));
        Assert.That(menu, Does.Not.Contain("Inburgeraars").And.Not.Contain("Leveringen van aanbieders"));

        await page.GotoAsync("/schermen/inburgering.mijn-cursisten");
        await page.Locator("main table a").First.ClickAndWaitForPageAsync(page);
        Assert.That(page.Url, Does.Contain("/schermen/inburgering.cursist/"));
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        var perioden = await PeriodeRijenAsync(page);

        await LeverAsync(page, vandaag, aangeboden: "4", fysiek: "3");

        var ontvangen = $"De gegevens over {vandaag:dd-MM-yyyy} tot en met {vandaag:dd-MM-yyyy} zijn ontvangen.";
        Assert.That(await page.Locator("main").InnerTextAsync(), Does.Contain(ontvangen));
        var naLevering = await PeriodeRijenAsync(page);
        Assert.That(naLevering.Count, Is.EqualTo(perioden.Count + 1));

        await LeverAsync(page, vandaag, aangeboden: "4", fysiek: "2");

        Assert.That(await page.Locator("main").InnerTextAsync(), Does.Contain(ontvangen));
        var naCorrectie = await PeriodeRijenAsync(page);
        Assert.That(naCorrectie.Count, Is.EqualTo(perioden.Count + 2), "the correction is kept next to the row it replaces");
        Assert.That(naCorrectie.Count(r => r.EndsWith("ja", StringComparison.Ordinal)), Is.EqualTo(perioden.Count(r => r.EndsWith("ja", StringComparison.Ordinal)) + 1), "one more row is marked as replaced");
    }

    private static async Task LeverAsync(IPage page, DateOnly dag, string aangeboden, string fysiek)
    {
        const string Formulier = "#inburgering-aanwezigheid-leveren";
        await page.Locator($"{Formulier}-periodeVan").FillAsync(dag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"{Formulier}-periodeTot").FillAsync(dag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"{Formulier}-urenAangeboden").FillAsync(aangeboden);
        await page.Locator($"{Formulier}-urenGevolgdFysiek").FillAsync(fysiek);
        await page.Locator($"{Formulier}-urenGevolgdOnline").FillAsync("0");
        await page.Locator($"{Formulier}-urenGeoorloofdVerzuim").FillAsync("0");
        await page.Locator($"{Formulier}-urenOngeoorloofdVerzuim").FillAsync("0");
        await page.Locator($"form:has({Formulier}-periodeVan) button[type=submit]").ClickAndWaitForPageAsync(page);
    }

    /// <summary>
    /// Returns the rows of the delivered periods as their cells' text joined by tabs, without the time received. The
    /// last cell shows whether the row was replaced.
    /// </summary>
    private static async Task<IReadOnlyList<string>> PeriodeRijenAsync(IPage page)
    {
        var sectie = page.Locator("section:has(h2:text-is('Geleverde perioden'))");
        var rijen = await sectie.Locator("tbody tr").AllAsync();
        var teksten = new List<string>();
        foreach (var rij in rijen)
        {
            var cellen = await rij.Locator("td").AllInnerTextsAsync();
            if (cellen.Count > 1)
            {
                teksten.Add(string.Join('\t', cellen.Take(cellen.Count - 1)).Trim());
            }
        }

        return teksten;
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
