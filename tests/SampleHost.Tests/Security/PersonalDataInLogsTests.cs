using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Tests.Hosting;
using TestSupport.LogScan;

namespace SampleHost.Tests.Security;

/// <summary>
/// The log scan that fails every test which logs personal data of the RvIG test set: what it finds, and that a
/// host's loggers, including ASP.NET Core's request lines, reach it. Each test uses a sink of its own, so its
/// deliberate hits fail no test. The hosts run on SQLite only, because the scan reads log messages and does not
/// depend on the database.
/// </summary>
[TestFixture]
public sealed partial class PersonalDataInLogsTests
{
    private static readonly PersonalDataScanner s_scanner = new(RvigTestSetEntries.Default);

    [Test]
    public void TestSet_Loaded_HasBsnsAndNames()
    {
        var testSet = RvigTestSetEntries.Default;

        Assert.That(testSet.Bsns, Does.Contain("999993653"));
        Assert.That(testSet.NameWords, Does.Contain("Moulin"));
        Assert.That(testSet.NameWords, Does.Contain("Suzanne"));
        Assert.That(testSet.Bsns, Has.Count.EqualTo(784), "persons, parents, partners and children");
        Assert.That(testSet.Bsns.Count(b => !PersonalDataScanner.PassesElfproef(b)), Is.EqualTo(1), "only 010008579 fails the elfproef");
    }

    [Test]
    public void Scan_TestSetBsn_IsReportedMasked()
    {
        var hits = s_scanner.Scan("SampleHost.Clients", "Registered client 999993653 for 0599.");

        Assert.That(hits, Has.Count.EqualTo(1));
        Assert.That(hits[0].Kind, Is.EqualTo(PersonalDataKind.TestSetBsn));
        Assert.That(hits[0].Position, Is.EqualTo(18));
        Assert.That(hits[0].Shown, Is.EqualTo("******653"));
        Assert.That(hits[0].ToString(), Does.Not.Contain("999993653"));
        Assert.That(hits[0].ToString(), Does.Contain("category 'SampleHost.Clients'"));
    }

    [TestCase("Suzanne Moulin registered.", 2)]
    [TestCase("moulin suzanne registered.", 0)]
    [TestCase("Moulinette registered.", 0)]
    [TestCase("Status: Onbekend", 0)]
    [TestCase("Screen Pip loaded for Jan.", 0)]
    public void Scan_NameWords_MatchWholeWordsWithCase(string message, int expectedHits)
    {
        var hits = s_scanner.Scan("Test", message);

        Assert.That(hits, Has.Count.EqualTo(expectedHits));
        Assert.That(hits.All(h => h.Kind == PersonalDataKind.TestSetName), Is.True);
    }

    [TestCase("Request starting HTTP/1.1 GET http://127.0.0.1:5000/klanten/123456782 - - -", 1)]
    [TestCase("Request starting HTTP/1.1 GET /klanten?bsn=123456782 - - -", 1)]
    [TestCase("Request starting HTTP/1.1 GET /klanten?nummer=123456783 - - -", 0)]
    [TestCase("Counted 123456782 rows.", 0)]
    [TestCase("Request starting HTTP/1.1 GET /api/screens/inburgering.dossier/bbd26ee4-7d2f-49cb-a4ce-892935534a12 - - -", 0)]
    public void Scan_ElfproefNumberInUrl_IsReported(string message, int expectedHits)
    {
        var hits = s_scanner.Scan("Microsoft.AspNetCore.Hosting.Diagnostics", message);

        Assert.That(hits, Has.Count.EqualTo(expectedHits));
        Assert.That(hits.All(h => h is { Kind: PersonalDataKind.BsnInUrl, Shown: "******782" }), Is.True);
    }

    [Test]
    public async Task HostLogger_TestSetBsn_IsReported()
    {
        using var sink = new LogScanSink(s_scanner);
        await using var host = StartIsolatedHost(sink);
        await host.StartAsync();
        sink.TakeHits();

        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SampleHost.Clients.ClientRegistration");
        LogLookup(logger, "999993653");
        var hits = sink.TakeHits();

        Assert.That(hits, Has.Count.EqualTo(1));
        Assert.That(hits[0].Category, Is.EqualTo("SampleHost.Clients.ClientRegistration"));
        Assert.That(hits[0].Kind, Is.EqualTo(PersonalDataKind.TestSetBsn));
        Assert.That(hits[0].Shown, Is.EqualTo("******653"));
    }

    [Test]
    public async Task RequestUrl_WithBsn_IsReported()
    {
        using var sink = new LogScanSink(s_scanner);
        await using var host = StartIsolatedHost(sink);
        await host.StartAsync();
        using var client = host.CreateBrowserLikeClient();
        sink.TakeHits();

        using var response = await client.GetAsync(new Uri("/klanten/999993653", UriKind.Relative));
        var hits = sink.TakeHits();

        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That(hits.Select(h => h.Category), Does.Contain("Microsoft.AspNetCore.Hosting.Diagnostics"));
        Assert.That(hits.All(h => h.Kind == PersonalDataKind.TestSetBsn), Is.True);
    }

    [Test]
    public void Sink_WithFile_WritesEveryMessage()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "log-scan-sink-test", "all-logs.txt");
        using (var sink = new LogScanSink(s_scanner, path))
        {
            sink.Mark("start");
            sink.Record("First", LogLevel.Information, "Nothing personal.");
            sink.Record("Second", LogLevel.Debug, "Found 999993653.");

            var hits = sink.TakeHits();
            sink.WriteHits("Some.Test", hits);

            Assert.That(hits.Single().LogLine, Is.EqualTo(2));
        }

        var lines = File.ReadAllLines(path);
        var hitLines = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, "hits.txt"));

        Assert.That(lines, Is.EqualTo(new[] { "--- start", "1\tInformation\tFirst\tNothing personal.", "2\tDebug\tSecond\tFound 999993653." }));
        Assert.That(hitLines, Is.EqualTo(new[] { "Some.Test:", "  category 'Second': BSN of the RvIG test set '******653' at position 6 (log file line 2)" }));
    }

    /// <summary>A message that logs a BSN, as a careless handler would.</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "Looked up {Bsn}")]
    private static partial void LogLookup(ILogger logger, string bsn);

    private static PluginTestHost StartIsolatedHost(LogScanSink sink) => new(new PluginTestHostOptions
    {
        PluginsPath = RepositoryPaths.PublishedPlugins,
        SeedDemoData = false,
        LogScan = sink,
    });
}
