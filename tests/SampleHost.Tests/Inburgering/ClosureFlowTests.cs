using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>Closing a dossier through SampleHost, and a second submission of the same close form.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class ClosureFlowTests(DatabaseProvider provider)
{
    [Test]
    public async Task Close_SubmittedTwice_ShowsConflictMessage()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        server.StartServer();
        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");
        var dossierUrl = await RegisterAsync(consulent, "999993653");
        var (_, html) = await consulent.GetPageAsync(dossierUrl);
        var inputs = new Dictionary<string, string>
        {
            ["afgeslotenOp"] = "2026-12-04",
            ["afsluitReden"] = "VertrokkenNaarBuitenland",
            ["__version"] = VersionField().Match(html).Groups[1].Value,
        };

        using var first = await consulent.PostActionAsync(dossierUrl, "inburgering.sluit-af", inputs);
        using var second = await consulent.PostActionAsync(dossierUrl, "inburgering.sluit-af", inputs);
        var page = await second.Content.ReadAsStringAsync();

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(page, Does.Contain("data-action-error>Iemand anders heeft dit dossier intussen gewijzigd"), "the form is gone, so the page shows the message above the screen");
    }

    [GeneratedRegex("name=\"__version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionField();
}
