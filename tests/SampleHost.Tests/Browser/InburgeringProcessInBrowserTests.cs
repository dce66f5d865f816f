using System.Globalization;
using Host.Abstractions;
using Microsoft.Playwright;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Browser;

/// <summary>
/// A consulent takes one inburgeraar through the process in a real browser (Debian's Chromium) against SampleHost on
/// 127.0.0.1: registration, DUO's kennisgeving, the brede intake, the first PIP and its beschikking, and a
/// voortgangsgesprek. Dates are relative to the host's clock, which starts at the current time.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class InburgeringProcessInBrowserTests(DatabaseProvider provider)
{
    private const string Bsn = "999993653";

    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Test]
    public async Task Consulent_TakesDossierThroughProcess()
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
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var visited = new List<string>();
        page.FrameNavigated += (_, frame) => visited.Add(frame.Url);
        var today = Today(server.Clock);
        var kennisgevingOp = today.AddDays(-20);

        // Registration: the dossier starts as Gekoppeld.
        await LogInAsync(page);
        await page.GotoAsync("/schermen/inburgering.dossiers");
        await page.Locator("#inburgering-registreer-bsn").FillAsync(Bsn);
        await page.Locator("#inburgering-registreer-doelgroep").SelectOptionAsync("Asielstatushouder");
        await page.Locator("#inburgering-registreer-koppeldatum").FillAsync(Iso(today.AddDays(-33)));
        await page.Locator("#inburgering-registreer-wetRegime").SelectOptionAsync("Wi2021");
        await SubmitAsync(page, "inburgering.registreer");
        var dossierId = page.Url.Split('/')[^1];
        Assert.That(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo("Suzanne Moulin"));
        Assert.That(await FieldAsync(page, "status"), Is.EqualTo("Gekoppeld"));

        // DUO's kennisgeving sets the deadline for the first PIP: ten weeks later.
        await page.GotoAsync($"/schermen/inburgering.pip/{dossierId}");
        await page.Locator("#inburgering-pip-duo-kennisgeving-duoKennisgevingOp").FillAsync(Iso(kennisgevingOp));
        await SubmitAsync(page, "inburgering.pip-duo-kennisgeving");
        Assert.That(await FieldAsync(page, "uitersteDatum"), Is.EqualTo(Nl(kennisgevingOp.AddDays(70))));

        // The brede intake, every part. The first save moves the dossier to Brede intake.
        await page.GotoAsync($"/schermen/inburgering.brede-intake/{dossierId}");
        await SaveIntakePartAsync(page, "zelfredzaamheid", ("zelfredzaamheid", "GedeeltelijkZelfredzaam"), ("zelfredzaamheidToelichting", "Doet boodschappen zelf, post met hulp"));
        await SaveIntakePartAsync(page, "niveau-nederlands", ("niveauNederlands", "A1"), ("alfabetiseringNodig", "true"));
        await SaveIntakePartAsync(page, "leerbaarheidstoets", ("leerbaarheidstoets", "Afgenomen"), ("leerbaarheidstoetsScore", "30"), ("leerbaarheidstoetsDatum", Iso(today.AddDays(-5))));
        await SaveIntakePartAsync(page, "opleiding-werkervaring", ("opleidingHerkomstland", "Middelbare school, zes jaar"), ("werkervaringHerkomstland", "Kapper, vier jaar"));
        await SaveIntakePartAsync(page, "gezondheid", ("gezondheidLichamelijk", "Rugklachten bij lang staan"), ("gezondheidPsychisch", "Slaapt slecht"));
        await SaveIntakePartAsync(page, "gezin", ("gezinssituatie", "Gehuwd, twee kinderen"), ("sociaalNetwerk", "Buren en een sportclub"));
        await SaveIntakePartAsync(page, "vve", ("aantalKinderenJongerDanVier", "1"), ("vveToelichting", "Peuteropvang in de wijk"));
        await SaveIntakePartAsync(page, "werk-participatie", ("werknemersvaardigheden", "Komt op tijd"), ("werkervaring", "Kapper"), ("praktischeCompetenties", "Knippen en verven"));
        await SaveIntakePartAsync(page, "digitale-vaardigheden", ("digitaleVaardigheden", "Basis"), ("digitaleVaardighedenToelichting", "Heeft nog geen DigiD"));
        await SaveIntakePartAsync(page, "ontwikkelwensen", ("ontwikkelwensen", "Een eigen kapsalon"));
        await SaveIntakePartAsync(page, "tolk", ("tolkNodig", "true"), ("tolkTaal", "Tigrinya"));
        Assert.That(await FieldAsync(page, "leerbaarheidstoetsScore"), Is.EqualTo("30"));
        Assert.That(await FieldAsync(page, "leerbaarheidstoetsDatum"), Is.EqualTo(Nl(today.AddDays(-5))));
        Assert.That(await FieldAsync(page, "gezondheidLichamelijk"), Is.EqualTo("Rugklachten bij lang staan"), "a consulent reads the health part");
        Assert.That(await FieldAsync(page, "adviesLeerroute"), Is.EqualTo("B1-route"), "a score of 30 is above the cesuur of 28");

        // The leerroute follows the advice, and completing the intake makes it read-only.
        await SaveIntakePartAsync(page, "leerroute", ("gekozenLeerroute", "B1Route"));
        await SubmitAsync(page, "inburgering.brede-intake.afronden");
        Assert.That(await FieldAsync(page, "afgerondOp"), Is.EqualTo(Nl(today)));
        Assert.That(await page.Locator("input[name=actionId][value='inburgering.brede-intake.zelfredzaamheid']").CountAsync(), Is.Zero, "a completed intake offers no part to edit");
        await page.GotoAsync($"/schermen/inburgering.dossier/{dossierId}");
        Assert.That(await FieldAsync(page, "status"), Is.EqualTo("Brede intake"));

        // A PIP concept, then vaststellen with today's dagtekening.
        await page.GotoAsync($"/schermen/inburgering.pip/{dossierId}");
        await FillFormAsync(page, "inburgering.pip-concept",
            ("leerroute", "B1Route"),
            ("niveau", "B1"),
            ("ondersteuning", "Taalcoach één keer per week"),
            ("intensiteitPvt", "12 uur in 6 weken"),
            ("intensiteitMap", "40 uur praktijk"),
            ("knm", "KNM-lessen bij de taalschool"),
            ("ontzorgen", "true"),
            ("ontzorgenToelichting", "Huur, energie en zorgverzekering gedurende 6 maanden"),
            ("vve", "Peuteropvang voor het jongste kind"),
            ("contactpersoonNaam", "Consulent Inburgering"),
            ("contactpersoonEmail", "inburgering@gemeente.example"));
        await SubmitAsync(page, "inburgering.pip-concept");
        await page.Locator("#inburgering-pip-vaststellen-dagtekening").FillAsync(Iso(today));
        await SubmitAsync(page, "inburgering.pip-vaststellen");
        await page.GotoAsync($"/schermen/inburgering.dossier/{dossierId}");
        Assert.That(await FieldAsync(page, "status"), Is.EqualTo("PIP vastgesteld"));

        // The beschikking: the termijn starts the day after the dagtekening, and the letter names the bezwaar route.
        await page.GotoAsync($"/schermen/inburgering.pip/{dossierId}");
        await page.Locator("a[href*='inburgering.pip-beschikking']").First.ClickAndWaitForPageAsync(page);
        var letter = await page.Locator("main").InnerTextAsync();
        var termijnStart = today.AddDays(1);
        Assert.That(await FieldAsync(page, "dagtekening"), Is.EqualTo(Nl(today)));
        Assert.That(await FieldAsync(page, "termijnStart"), Is.EqualTo(Nl(termijnStart)));
        Assert.That(await FieldAsync(page, "termijnLaatsteDag"), Is.EqualTo(Nl(LaatsteDag(termijnStart))));
        Assert.That(letter, Does.Contain($"Uw inburgeringstermijn is begonnen op {Nl(termijnStart)}, de dag na de dagtekening van uw eerste PIP ({Nl(today)})."));
        Assert.That(letter, Does.Contain("Stuur uw bezwaarschrift binnen zes weken na de dagtekening van deze brief schriftelijk aan het college van burgemeester en wethouders van gemeente 0599."));

        // A voortgangsgesprek a week ahead. After it, the consulent records it as held.
        var gesprekDag = today.AddDays(7);
        await page.GotoAsync($"/schermen/inburgering.begeleiding/{dossierId}");
        await FillFormAsync(page, "inburgering.gesprek-plannen", ("gesprekDatum", Iso(gesprekDag)), ("gesprekTijd", "10:00"));
        await SubmitAsync(page, "inburgering.gesprek-plannen");
        Assert.That(await GesprekkenAsync(page), Is.EqualTo(new[] { $"{Nl(gesprekDag)} 10:00 – – –" }));
        server.Clock.Advance(TimeSpan.FromDays(8));
        await LogInAsync(page);
        await page.GotoAsync($"/schermen/inburgering.begeleiding/{dossierId}");
        await FillFormAsync(page, "inburgering.gesprek-gehouden",
            ("gehoudenDatum", Iso(gesprekDag)),
            ("gehoudenTijd", "10:00"),
            ("gesprekNotities", "Gaat goed met de lessen"),
            ("gesprekAfspraken", "Volgende keer werkervaring bespreken"));
        await SubmitAsync(page, "inburgering.gesprek-gehouden");
        Assert.That(await GesprekkenAsync(page), Is.EqualTo(new[] { $"{Nl(gesprekDag)} 10:00 {Nl(gesprekDag)} 10:00 Gaat goed met de lessen Volgende keer werkervaring bespreken" }));

        Assert.That(visited, Has.Count.GreaterThan(20), "every step navigated");
        Assert.That(visited, Has.None.Contains(Bsn));
    }

    private static async Task LogInAsync(IPage page)
    {
        await page.GotoAsync("/inloggen");
        await page.Locator("button[value='demo-0599-consulent-inburgering']").ClickAndWaitForPageAsync(page);
    }

    /// <summary>Fills the form of one brede intake part (or the leerroute) and saves it.</summary>
    private static async Task SaveIntakePartAsync(IPage page, string part, params (string Key, string Value)[] values)
    {
        var actionId = $"inburgering.brede-intake.{part}";

        await FillFormAsync(page, actionId, values);
        await SubmitAsync(page, actionId);
    }

    /// <summary>Fills the inputs of an action's form: checks a checkbox for <c>true</c>, picks an option in a select, types in the rest.</summary>
    private static async Task FillFormAsync(IPage page, string actionId, params (string Key, string Value)[] values)
    {
        foreach (var (key, value) in values)
        {
            var input = page.Locator($"#{InputId(actionId, key)}");
            var tag = await input.EvaluateAsync<string>("e => e.tagName + ':' + (e.type || '')");
            switch (tag)
            {
                case "INPUT:checkbox":
                    await input.SetCheckedAsync(value == "true");
                    break;
                case "SELECT:select-one":
                    await input.SelectOptionAsync(value);
                    break;
                default:
                    await input.FillAsync(value);
                    break;
            }
        }
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

    /// <summary>Returns the rows of the voortgangsgesprekken list, each as its cells joined by spaces.</summary>
    private static async Task<string[]> GesprekkenAsync(IPage page)
    {
        var rows = page.Locator("section:has(h2:text-is('Voortgangsgesprekken')) tbody tr");
        var texts = new List<string>();
        foreach (var row in await rows.AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            texts.Add(string.Join(" ", cells.Select(c => c.Trim())));
        }

        return [.. texts];
    }

    private static string InputId(string actionId, string key) => $"{actionId.Replace('.', '-')}-{key}";

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), s_amsterdam).DateTime);

    /// <summary>Returns the last day of a three-year inburgeringstermijn from <paramref name="start"/>: the day before the same date three years on, or 28 February for a start on 29 February.</summary>
    private static DateOnly LaatsteDag(DateOnly start)
    {
        var sameDate = start.AddMonths(36);
        return sameDate.Day == start.Day ? sameDate.AddDays(-1) : sameDate;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Nl(DateOnly date) => date.ToString("d MMMM yyyy", s_dutch);
}
