using System.Net;
using System.Text.Json;
using Host.Abstractions;
using TestSupport;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// Files the consulent imports for the demo aanbieder that are rejected as a whole: the upload form names the file
/// field with the Dutch message, and no delivery is stored.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanleveringBestandsfoutenTests(DatabaseProvider provider)
{
    private const string LeveringenScreen = "/schermen/inburgering.leveringen";

    private static readonly byte[] s_png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

    private AanleveringServer _server = null!;
    private HostSession _consulent = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _server = new AanleveringServer(provider);
        await _server.StartAsync();
        _consulent = await HostSession.LogInAsync(_server, AanleveringServer.ConsulentId);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _consulent.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Import_MissingColumn_NamesColumn()
    {
        var header = AanleveringForms.Kolommen.Where(k => k != "uren_gevolgd_online");
        var file = AanleveringForms.Csv([], header: header);

        await AssertRejectedAsync(file, "levering.csv", "Deze verplichte kolommen ontbreken in de kopregel: uren_gevolgd_online. Voeg ze toe; het sjabloon heeft alle kolommen.");
    }

    [Test]
    public async Task Import_TabSeparated_AsksForSemicolon()
    {
        var file = AanleveringForms.Csv([], separator: "\t");

        await AssertRejectedAsync(file, "levering.csv", "De kopregel heeft maar één kolom, maar bevat tabs: het bestand gebruikt een ander scheidingsteken. Gebruik een puntkomma (;) of een komma (,) tussen de kolommen.");
    }

    [Test]
    public async Task Import_EmptyFile_IsRejected()
    {
        await AssertRejectedAsync([], "levering.csv", "Het bestand is leeg. Kies het bestand met de kopregel en de regels van de levering.");
    }

    [Test]
    public async Task Import_PngRenamedCsv_IsRejected()
    {
        await AssertRejectedAsync(s_png, "levering.csv", "Het bestand is geen CSV- of Excel-bestand: het bevat binaire gegevens. Sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of als Excel-werkmap (.xlsx) en upload het opnieuw.");
    }

    private async Task AssertRejectedAsync(byte[] file, string fileName, string message)
    {
        var voor = await CountLeveringenAsync();
        var values = new Dictionary<string, string> { ["aanbieder"] = AanleveringServer.AanbiederKvk, ["modus"] = "AllesOfNiets" };

        using var response = await AanleveringForms.UploadAsync(_consulent, LeveringenScreen, "inburgering.levering-importeren", fileName, "text/csv", file, values);
        var html = await response.Content.ReadAsStringAsync();
        var na = await CountLeveringenAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(AanleveringForms.FieldErrors(html), Is.EqualTo(new[] { message }));
        Assert.That(html, Does.Contain("<span class=\"field-error\" id=\"inburgering-levering-importeren-bestand-fout\">"), "the message belongs to the file field");
        Assert.That(na, Is.EqualTo(voor), "no delivery is stored");
    }

    /// <summary>Counts the rows of the lists on the consulent's screen of deliveries.</summary>
    private async Task<int> CountLeveringenAsync()
    {
        using var response = await _consulent.Client.GetAsync(new Uri("/api/screens/inburgering.leveringen", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json);
        using var screen = JsonDocument.Parse(json);

        return screen.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("elements").EnumerateArray())
            .Where(e => e.GetProperty("type").GetString() == "list")
            .Sum(e => e.GetProperty("rows").GetArrayLength());
    }
}
