using Host.Abstractions;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Leveringen;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using static Inburgering.Plugin.Tests.Bestandsimport.BestandsimportSteps;

namespace Inburgering.Plugin.Tests.Bestandsimport;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringenScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartAsync() => _plugin = await BestandsimportSteps.StartAsync(new RecordingLeveringVerwerker(), provider);

    [TearDown]
    public async Task StopAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Leveringen_NewestFirst_PagedByKeyset()
    {
        var aanbieder = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var ids = new List<Guid>();
        for (var index = 0; index < 52; index++)
        {
            // The last four deliveries share one moment, so the page boundary falls between equal times.
            var moment = PluginHarness.Now.AddMinutes(-Math.Min(index, 48));
            ids.Add((await AddLeveringAsync(_plugin, aanbieder.Id, moment)).Id);
        }

        var eerste = Lijst(await _plugin.LoadScreenAsync(LeveringenScreen.ScreenId, null));
        var tweede = Lijst(await _plugin.LoadScreenAsync(LeveringenScreen.ScreenId, null, ListQuery.Default with { After = eerste.NextPage }));

        Assert.That(eerste.Rows, Has.Count.EqualTo(50));
        Assert.That(eerste.NextPage, Is.Not.Null);
        Assert.That(tweede.Rows, Has.Count.EqualTo(2));
        Assert.That(tweede.NextPage, Is.Null);
        var getoond = eerste.Rows.Concat(tweede.Rows).Select(r => Guid.Parse(r.Link!.RecordId!)).ToList();
        Assert.That(getoond, Is.EquivalentTo(ids));
        Assert.That(getoond.Take(48), Is.EqualTo(ids.Take(48)));
        Assert.That(eerste.Rows[0].Values[1], Is.EqualTo("Taalschool Noord"));
        Assert.That(eerste.Rows[0].Link!.ScreenId, Is.EqualTo(LeveringScreen.ScreenId));
    }

    [Test]
    public async Task Leveringen_OffersImportAndTemplates()
    {
        var content = await _plugin.LoadScreenAsync(LeveringenScreen.ScreenId, null);

        Assert.That(content!.Actions, Is.EqualTo(new[] { LeveringImporterenAction.ActionId }));
        var downloads = content.Sections.SelectMany(s => s.Elements).OfType<DownloadElement>().Select(d => d.DownloadId);
        Assert.That(downloads, Is.EqualTo(new[] { "inburgering.aanleverformaat-csv", "inburgering.aanleverformaat-xlsx" }));
        var uitleg = content.Sections.SelectMany(s => s.Elements).OfType<TextElement>().Single();
        Assert.That(uitleg.Text.Nl, Does.StartWith("Download het sjabloon: de kopregel noemt de kolommen"));
    }

    [Test]
    public async Task MijnLeveringen_ShowsOnlyOwnAanbieder()
    {
        var eigen = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var ander = await AddAanbiederAsync(_plugin, "Taalschool Oost", "87654321");
        var mijn = await AddLeveringAsync(_plugin, eigen.Id, PluginHarness.Now.AddHours(-2));
        await AddLeveringAsync(_plugin, ander.Id, PluginHarness.Now.AddHours(-1));
        _plugin.User.Organisation = "12345678";

        var content = await _plugin.LoadScreenAsync(MijnLeveringenScreen.ScreenId, null);

        var lijst = Lijst(content);
        Assert.That(lijst.Rows.Select(r => r.Link), Is.EqualTo(new[] { new ScreenLink(MijnLeveringScreen.ScreenId, mijn.Id.ToString()) }));
        Assert.That(content!.Actions, Is.EqualTo(new[] { LeveringUploadenAction.ActionId }));
        var downloads = content.Sections.SelectMany(s => s.Elements).OfType<DownloadElement>().Select(d => d.DownloadId);
        Assert.That(downloads, Is.EqualTo(new[] { "inburgering.mijn-aanleverformaat-csv", "inburgering.mijn-aanleverformaat-xlsx" }));
    }

    [Test]
    public async Task MijnLeveringen_StaffWithoutOrganisation_SeesNone()
    {
        var aanbieder = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        await AddLeveringAsync(_plugin, aanbieder.Id, PluginHarness.Now);

        var lijst = Lijst(await _plugin.LoadScreenAsync(MijnLeveringenScreen.ScreenId, null));

        Assert.That(lijst.Rows, Is.Empty);
    }

    [Test]
    public async Task Levering_ShowsSummaryAndErrors()
    {
        var aanbieder = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var levering = await AddLeveringAsync(_plugin, aanbieder.Id, PluginHarness.Now, 7, 3);

        var content = await _plugin.LoadScreenAsync(LeveringScreen.ScreenId, levering.Id.ToString());

        var velden = content!.Sections[0].Elements.OfType<FieldElement>().ToDictionary(f => f.Field.Key, f => f.Value);
        Assert.That(velden["aanbiederNaam"], Is.EqualTo("Taalschool Noord"));
        Assert.That(velden["status"], Is.EqualTo(nameof(LeveringStatus.DeelsVerwerkt)));
        Assert.That(velden["aantalGeweigerd"], Is.EqualTo(2));
        var fouten = content.Sections[1].Elements.OfType<ListElement>().Single();
        Assert.That(fouten.Rows.Select(r => r.Values[0]), Is.EqualTo(new object[] { 3, 7 }));
        Assert.That(fouten.Rows[0].Values[1], Is.EqualTo(LeveringKolommen.PeriodeVan));
        Assert.That(fouten.Rows[0].Values[3], Is.EqualTo("Vul de datum in als jjjj-mm-dd."));
        var download = content.Sections[1].Elements.OfType<DownloadElement>().Single();
        Assert.That(download.DownloadId, Is.EqualTo(LeveringFoutenDownload.Id));
        Assert.That(download.RecordId, Is.EqualTo(levering.Id.ToString()));
    }

    [Test]
    public async Task Levering_ErrorsPagedByLineNumber()
    {
        var aanbieder = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var levering = await AddLeveringAsync(_plugin, aanbieder.Id, PluginHarness.Now, [.. Enumerable.Range(2, 60), 30]);

        var eerste = (await _plugin.LoadScreenAsync(LeveringScreen.ScreenId, levering.Id.ToString()))!.Sections[1].Elements.OfType<ListElement>().Single();
        var tweede = (await _plugin.LoadScreenAsync(LeveringScreen.ScreenId, levering.Id.ToString(), ListQuery.Default with { After = eerste.NextPage }))!
            .Sections[1].Elements.OfType<ListElement>().Single();

        var regels = eerste.Rows.Concat(tweede.Rows).Select(r => (int)r.Values[0]!).ToList();
        Assert.That(eerste.Rows, Has.Count.EqualTo(50));
        Assert.That(tweede.NextPage, Is.Null);
        Assert.That(regels, Is.EqualTo(Enumerable.Range(2, 60).Append(30).Order()));
    }

    [TestCase("onbekend")]
    [TestCase("0190a3c4-0000-7000-8000-000000000000")]
    public async Task Levering_UnknownId_IsNull(string recordId)
    {
        Assert.That(await _plugin.LoadScreenAsync(LeveringScreen.ScreenId, recordId), Is.Null);
    }

    [Test]
    public async Task MijnLevering_OtherAanbieder_IsNull()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var ander = await AddAanbiederAsync(_plugin, "Taalschool Oost", "87654321");
        var levering = await AddLeveringAsync(_plugin, ander.Id, PluginHarness.Now, 4);
        _plugin.User.Organisation = "12345678";

        var content = await _plugin.LoadScreenAsync(MijnLeveringScreen.ScreenId, levering.Id.ToString());
        var download = await DownloadAsync(_plugin, LeveringFoutenDownload.MijnId, levering.Id.ToString());

        Assert.That(content, Is.Null);
        Assert.That(download, Is.Null);
    }

    [Test]
    public async Task MijnLevering_OwnAanbieder_ShowsReport()
    {
        var eigen = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var levering = await AddLeveringAsync(_plugin, eigen.Id, PluginHarness.Now, 4);
        _plugin.User.Organisation = "12345678";

        var content = await _plugin.LoadScreenAsync(MijnLeveringScreen.ScreenId, levering.Id.ToString());

        var download = content!.Sections[1].Elements.OfType<DownloadElement>().Single();
        Assert.That(download.DownloadId, Is.EqualTo(LeveringFoutenDownload.MijnId));
    }

    [Test]
    public async Task LeveringFouten_Download_IsCsvPerError()
    {
        var aanbieder = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var levering = await AddLeveringAsync(_plugin, aanbieder.Id, PluginHarness.Now, 9, 2);

        var download = await DownloadAsync(_plugin, LeveringFoutenDownload.Id, levering.Id.ToString());

        Assert.That(download!.Value.File.ContentType, Is.EqualTo("text/csv; charset=utf-8"));
        var regels = Tekst(download.Value.Inhoud).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(regels, Is.EqualTo(new[]
        {
            "regel;kolom;waarde;melding;message",
            "2;periode_van;\"'=31-02-2026\";Vul de datum in als jjjj-mm-dd.;Enter the date as yyyy-mm-dd.",
            "9;periode_van;\"'=31-02-2026\";Vul de datum in als jjjj-mm-dd.;Enter the date as yyyy-mm-dd.",
        }));
    }

    [Test]
    public async Task LeveringFouten_UnknownDelivery_IsNull()
    {
        Assert.That(await DownloadAsync(_plugin, LeveringFoutenDownload.Id, Guid.CreateVersion7().ToString()), Is.Null);
    }

    [TestCase("inburgering.aanleverformaat-csv", "aanleverformaat.csv")]
    [TestCase("inburgering.mijn-aanleverformaat-csv", "aanleverformaat.csv")]
    public async Task Template_Csv_HasAllColumns(string downloadId, string bestandsnaam)
    {
        var download = await DownloadAsync(_plugin, downloadId, null);

        Assert.That(download!.Value.File.FileName, Is.EqualTo(bestandsnaam));
        Assert.That(Tekst(download.Value.Inhoud).Split("\r\n")[0], Is.EqualTo(string.Join(';', LeveringKolommen.Alle)));
    }

    [TestCase("inburgering.aanleverformaat-xlsx")]
    [TestCase("inburgering.mijn-aanleverformaat-xlsx")]
    public async Task Template_Xlsx_IsWorkbookWithOneRow(string downloadId)
    {
        var download = await DownloadAsync(_plugin, downloadId, null);

        var (bestand, fouten) = await TestBestanden.ControleerAsync(download!.Value.Inhoud);
        Assert.That(fouten, Is.Empty);
        Assert.That(bestand!.AantalRegels, Is.EqualTo(1));
    }

    [Test]
    public void Downloads_HavePermissionPerAudience()
    {
        using var scope = _plugin.Services.CreateScope();
        var downloads = scope.ServiceProvider.GetServices<IDownload>()
            .Where(d => d.Definition.Id.Contains("aanleverformaat", StringComparison.Ordinal) || d.Definition.Id.Contains("levering-fouten", StringComparison.Ordinal))
            .ToDictionary(d => d.Definition.Id, d => d.Definition.Permission);

        Assert.That(downloads, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["inburgering.aanleverformaat-csv"] = "inburgering.leveringen.view",
            ["inburgering.aanleverformaat-xlsx"] = "inburgering.leveringen.view",
            ["inburgering.levering-fouten"] = "inburgering.leveringen.view",
            ["inburgering.mijn-aanleverformaat-csv"] = "inburgering.aanleveren",
            ["inburgering.mijn-aanleverformaat-xlsx"] = "inburgering.aanleveren",
            ["inburgering.mijn-levering-fouten"] = "inburgering.aanleveren",
        }));
    }

    private static ListElement Lijst(ScreenContent? content) => content!.Sections[0].Elements.OfType<ListElement>().Single();
}
