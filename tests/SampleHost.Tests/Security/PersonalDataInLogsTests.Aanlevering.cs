using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Tenancy;
using TestSupport.LogScan;

namespace SampleHost.Tests.Security;

/// <summary>
/// The three channels of an aanbieder's delivery log no BSN or name of the RvIG test set: a file upload, the portal
/// form and the API, each with a valid row of a referred student and a rejected row.
/// </summary>
public sealed partial class PersonalDataInLogsTests
{
    private const string Aanbieder = "demo-0599-aanbieder";

    private const string AanbiederKvk = "90059901";

    [Test]
    public async Task ApiDelivery_RowsWithBsn_LogNoPersonalData()
    {
        using var sink = new LogScanSink(s_scanner);
        await using var host = StartDemoHost(sink);
        using var aanbieder = await HostSession.LogInAsync(host, Aanbieder);
        var aanmelding = await AanbiederApi.VrijeAanmeldingAsync(aanbieder.Client);
        sink.TakeHits();

        var leveringId = await AanbiederApi.LeverAsync(aanbieder.Client, aanmelding);
        var hits = sink.TakeHits();

        Assert.That(leveringId, Is.Not.Empty);
        Assert.That(hits, Is.Empty, string.Join(Environment.NewLine, hits));
    }

    [Test]
    public async Task PortalDelivery_Form_LogsNoPersonalData()
    {
        using var sink = new LogScanSink(s_scanner);
        await using var host = StartDemoHost(sink);
        using var aanbieder = await HostSession.LogInAsync(host, Aanbieder);
        var aanmelding = await AanbiederApi.VrijeAanmeldingAsync(aanbieder.Client);
        sink.TakeHits();

        using var response = await aanbieder.PostActionAsync($"/schermen/inburgering.cursist/{aanmelding.Id}", "inburgering.aanwezigheid-leveren", new Dictionary<string, string>
        {
            ["periodeVan"] = "2026-10-05",
            ["periodeTot"] = "2026-10-11",
            ["urenAangeboden"] = "6",
            ["urenGevolgdFysiek"] = "4",
            ["urenGevolgdOnline"] = "1",
            ["urenGeoorloofdVerzuim"] = "0,5",
            ["urenOngeoorloofdVerzuim"] = "0,5",
        });
        var hits = sink.TakeHits();

        Assert.That((int)response.StatusCode, Is.LessThan(500));
        Assert.That(hits, Is.Empty, string.Join(Environment.NewLine, hits));
    }

    [Test]
    public async Task FileUpload_RowsWithBsn_LogNoPersonalData()
    {
        using var sink = new LogScanSink(s_scanner);
        await using var host = StartDemoHost(sink);
        using var aanbieder = await HostSession.LogInAsync(host, Aanbieder);
        var aanmelding = await AanbiederApi.VrijeAanmeldingAsync(aanbieder.Client);
        var (_, page) = await aanbieder.GetPageAsync("/schermen/inburgering.mijn-leveringen");
        var token = WebUtility.HtmlDecode(UploadToken().Match(page).Groups[1].Value);
        sink.TakeHits();

        var csv = new StringBuilder()
            .Append("levering_id;aanbieder_kvk;bsn;onderdeel;periode_van;periode_tot;uren_aangeboden;uren_gevolgd_fysiek;uren_gevolgd_online;uren_geoorloofd_verzuim;uren_ongeoorloofd_verzuim\r\n")
            .Append(CultureInvariant($"logscan-1;{AanbiederKvk};{aanmelding.Bsn};{aanmelding.Onderdeel};2026-10-05;2026-10-11;6;4;1;0.5;0.5\r\n"))
            .Append(CultureInvariant($"logscan-1;{AanbiederKvk};{AanbiederApi.NietAangemeldeBsn};{aanmelding.Onderdeel};2026-10-05;2026-10-11;6;4;1;0.5;0.5\r\n"))
            .ToString();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("inburgering.levering-uploaden"), "actionId" },
            { new StringContent("GeldigeRegels"), "modus" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"bestand\"", FileName = "\"levering.csv\"" };
        form.Add(file);
        using var response = await aanbieder.Client.PostAsync(new Uri("/schermen/inburgering.mijn-leveringen", UriKind.Relative), form);
        var hits = sink.TakeHits();

        Assert.That(token, Is.Not.Empty);
        Assert.That((int)response.StatusCode, Is.LessThan(500));
        Assert.That(hits, Is.Empty, string.Join(Environment.NewLine, hits));
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static PluginTestHost StartDemoHost(LogScanSink sink) => new(new PluginTestHostOptions
    {
        PluginsPath = RepositoryPaths.PublishedPlugins,
        SeedDemoData = true,
        LogScan = sink,
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex UploadToken();
}
