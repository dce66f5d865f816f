using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Plugins;
using TestSupport;
using static SampleHost.Tests.Hosting.PageHtml;

namespace SampleHost.Tests.Screens;

/// <summary>
/// How SampleHost renders and handles every element of the screen contract, with the showcase test plugin loaded
/// from its published folder.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class ScreenElementTests(DatabaseProvider provider)
{
    private const string Consulent = "demo-0599-consulent-inburgering";
    private const string Klantmanager = "demo-0599-klantmanager";
    private const string Overview = "/schermen/showcase.overzicht";

    private PluginFolders _folders = null!;
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _folders = PluginFolders.Create();
        _folders.CopyTestPlugin("Showcase.Plugin", "showcase");
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await _server.DisposeAsync();
        _folders.Dispose();
    }

    [Test]
    public async Task Fields_OfEveryType_AreFormatted()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (status, html) = await session.GetPageAsync(Overview);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Field(html, "titel"), Is.EqualTo("Voorbeeld"));
        Assert.That(Field(html, "bedrag"), Is.EqualTo("12,5"));
        Assert.That(Field(html, "actief"), Is.EqualTo("ja"));
        Assert.That(Field(html, "start"), Is.EqualTo("1 november 2026"));
        Assert.That(Field(html, "keuze"), Is.EqualTo("Optie B"));
        Assert.That(Field(html, "keuzes"), Is.EqualTo("Optie A, Optie C"));
        Assert.That(Field(html, "reden"), Is.EqualTo("–"));
        Assert.That(Field(html, "geboren"), Is.EqualTo("1968"));
        Assert.That(Field(html, "gewijzigd"), Is.EqualTo("4 december 2026 14:30"));
        Assert.That(Field(html, "bsn"), Is.EqualTo("000009921"));
        Assert.That(Field(html, "item"), Is.EqualTo("<a href=\"/schermen/showcase.item/3\">Item 03</a>"));
    }

    [Test]
    public async Task Inputs_OfEveryType_AreRendered()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (_, html) = await session.GetPageAsync(Overview);

        Assert.That(html, Does.Contain("<textarea id=\"showcase-bewerk-notities\" name=\"notities\" rows=\"4\" maxlength=\"200\""));
        Assert.That(html, Does.Contain("id=\"showcase-bewerk-bedrag\" name=\"bedrag\" value=\"12.5\" inputmode=\"decimal\""));
        Assert.That(html, Does.Contain("<fieldset id=\"showcase-bewerk-keuzes\""));
        Assert.That(html, Does.Contain("name=\"keuzes\" value=\"c\" checked=\"checked\""));
        Assert.That(html, Does.Contain("hidden=\"hidden\"\n     data-visible-when=\"keuze\" data-visible-values=\"c\""));
        Assert.That(html, Does.Contain("name=\"__version\" value=\"1\""));
    }

    [Test]
    public async Task EditInput_WithoutEditPermission_IsLeftOut()
    {
        using var session = await HostSession.LogInAsync(_server, Klantmanager);

        var (_, html) = await session.GetPageAsync(Overview);

        Assert.That(html, Does.Contain("id=\"showcase-bewerk-titel\""));
        Assert.That(html, Does.Not.Contain("id=\"showcase-bewerk-notities\""));
    }

    [Test]
    public async Task List_FilterSortAndPaging_FollowTheQuery()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (_, first) = await session.GetPageAsync(Overview);
        var (_, second) = await session.GetPageAsync(Overview + "?na=10");
        var (_, closed) = await session.GetPageAsync(Overview + "?filter.status=gesloten");
        var (_, sorted) = await session.GetPageAsync(Overview + "?sorteer=aantal&aflopend=true");

        Assert.That(RowNames(first), Has.Count.EqualTo(10));
        Assert.That(RowNames(first)[0], Is.EqualTo("Item 01"));
        Assert.That(first, Does.Contain("href=\"/schermen/showcase.overzicht?na=10\" rel=\"next\""));
        Assert.That(RowNames(second)[0], Is.EqualTo("Item 11"));
        Assert.That(RowNames(closed), Is.EqualTo(new[] { "Item 03", "Item 06", "Item 09", "Item 12", "Item 15", "Item 18", "Item 21", "Item 24" }));
        Assert.That(RowNames(sorted)[0], Is.EqualTo("Item 07"), "7 × 7 % 50 = 49 is the largest count");
        Assert.That(sorted, Does.Contain("aria-sort=\"descending\""));
    }

    [Test]
    public async Task Edit_InvalidNumber_NamesFieldAndKeepsInput()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.PostActionAsync(Overview, "showcase.bewerk", Form(amount: "veel"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Bedrag is geen getal. Vul alleen cijfers in, bijvoorbeeld 12,5."));
        Assert.That(html, Does.Contain("value=\"veel\""));
    }

    [Test]
    public async Task Edit_OutOfRangeOrTooLong_IsRejected()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.PostActionAsync(Overview, "showcase.bewerk", Form(amount: "1000,5", title: new string('x', 21)));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Bedrag ligt buiten het bereik 0–1000."));
        Assert.That(html, Does.Contain("Titel is te lang: 21 tekens, hooguit 20. Kort de tekst in."));
    }

    [Test]
    public async Task Edit_ConditionalInput_IsRequiredOnlyWhenShown()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var optionC = await session.PostActionAsync(Overview, "showcase.bewerk", Form(choice: "c"));
        var html = await optionC.Content.ReadAsStringAsync();

        Assert.That(optionC.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("Vul Reden voor optie C in; dit veld is verplicht."));
    }

    [Test]
    public async Task Edit_StaleVersion_IsConflictAndKeepsInput()
    {
        // A host of its own, because this test changes the record that the other tests read.
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = _folders.Root });
        using var first = await HostSession.LogInAsync(server, Consulent);
        using var second = await HostSession.LogInAsync(server, Consulent);
        var (_, page) = await second.GetPageAsync(Overview);
        var staleVersion = VersionPattern().Match(page).Groups[1].Value;
        using var saved = await first.PostFormAsync(Overview, new Dictionary<string, string>(Form(title: "Eerste"))
        {
            ["actionId"] = "showcase.bewerk",
            ["__version"] = staleVersion,
        });

        using var conflict = await second.PostFormAsync(Overview, new Dictionary<string, string>(Form(title: "Tweede"))
        {
            ["actionId"] = "showcase.bewerk",
            ["__version"] = staleVersion,
        });
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(conflict.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(html, Does.Contain("Iemand anders heeft dit record intussen gewijzigd; er is niets opgeslagen."));
        Assert.That(html, Does.Contain("value=\"Tweede\""), "the user's input is shown again");
        Assert.That(Field(html, "titel"), Is.EqualTo("Eerste"));
    }

    [Test]
    public async Task StartPage_ShowsCountersAndCharts()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        var (_, html) = await session.GetPageAsync("/");

        Assert.That(html, Does.Contain("<span class=\"counter__value\">17</span>"));
        Assert.That(html, Does.Contain("<figcaption id=\""));
        Assert.That(Regex.Count(html, "<rect "), Is.EqualTo(8), "two series of four bars");
        Assert.That(html, Does.Contain("<polyline points="));
        Assert.That(html, Does.Contain("<caption>Gegevens van de grafiek</caption>"));
    }

    [Test]
    public async Task Api_Dashboard_ReturnsCountersAndCharts()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.Client.GetAsync(new Uri("/api/screens/showcase.dashboard", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var elements = json.RootElement.GetProperty("sections")[0].GetProperty("elements").EnumerateArray().ToList();
        Assert.That(elements.Select(e => e.GetProperty("type").GetString()), Is.EqualTo(new[] { "counter", "counter", "chart", "chart" }));
        Assert.That(elements[0].GetProperty("count").GetInt64(), Is.EqualTo(17));
        Assert.That(elements[2].GetProperty("chartKind").GetString(), Is.EqualTo("Bar"));
        Assert.That(elements[2].GetProperty("series")[0].GetProperty("values")[1].GetDecimal(), Is.EqualTo(8m));
    }

    [Test]
    public async Task Api_Edit_StaleVersion_IsConflict()
    {
        using var session = await HostSession.LogInAsync(_server, Consulent);

        using var response = await session.Client.PostAsJsonAsync("/api/actions/showcase.bewerk", new
        {
            expectedVersion = "0",
            values = new Dictionary<string, string?> { ["titel"] = "Via de API", ["keuze"] = "a" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    private static Dictionary<string, string> Form(string amount = "12,5", string title = "Voorbeeld", string choice = "b") => new()
    {
        ["titel"] = title,
        ["notities"] = "Notitie",
        ["bedrag"] = amount,
        ["actief"] = "true",
        ["start"] = "2026-11-01",
        ["keuze"] = choice,
        ["keuzes"] = "a",
    };

    private static List<string> RowNames(string html) =>
        [.. Regex.Matches(html, "<td><a href=\"/schermen/showcase.item/\\d+\">(Item \\d\\d)</a></td>").Select(m => m.Groups[1].Value)];

    [GeneratedRegex("name=\"__version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
