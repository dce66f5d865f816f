using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Inburgering.VastgesteldPipSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// An overdracht file exported by one SampleHost (Rotterdam, 0599) and imported over HTTP by a second SampleHost with a
/// clean database ('s-Gravenhage, 0518) that trusts the first host's public key. A changed payload and an untrusted key
/// are rejected.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class OverdrachtBestandFlowTests(DatabaseProvider provider)
{
    private const string Bsn = "999993653";

    private const string ImportScreen = "/schermen/inburgering.overdracht-import";

    private const string ImportAction = "inburgering.overdracht-importeren";

    private SampleHostServer _afzender = null!;

    private string _dossierAfzender = null!;

    private byte[] _bestand = null!;

    private string _laatsteDagAfzender = null!;

    [OneTimeSetUp]
    public async Task ExportFromFirstHostAsync()
    {
        _afzender = new SampleHostServer(new SampleHostSettings { Provider = provider });
        _afzender.StartServer();
        using var consulent = await HostSession.LogInAsync(_afzender, "demo-0599-consulent-inburgering");
        _dossierAfzender = await RegistreerMetVastgesteldPipAsync(consulent, _afzender.Clock, Bsn);
        _laatsteDagAfzender = (await AanleveringForms.ReadFieldAsync(consulent, $"/schermen/inburgering.termijn/{_dossierAfzender}", "effectieveLaatsteDag"))!;

        var bestandScreen = $"/schermen/inburgering.overdracht-bestand/{_dossierAfzender}";
        await ActionAsync(consulent, bestandScreen, "inburgering.overdracht-exporteren", ("ontvangendeGemeente", "0518"));
        var (_, html) = await consulent.GetPageAsync(bestandScreen);
        var link = DownloadLink().Match(html);
        Assert.That(link.Success, Is.True, "the file screen offers the download");
        using var download = await consulent.Client.GetAsync(new Uri(WebUtility.HtmlDecode(link.Groups[1].Value), UriKind.Relative));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _bestand = await download.Content.ReadAsByteArrayAsync();
    }

    [OneTimeTearDown]
    public async Task StopFirstHostAsync() => await _afzender.DisposeAsync();

    [Test]
    public async Task Import_TrustedKey_CreatesDossier()
    {
        await using var ontvanger = new OverdrachtHost(provider, [("Gemeente Rotterdam (test)", OverdrachtHost.PublicKeyOf(_afzender))]);
        using var consulent = await HostSession.LogInAsync(ontvanger, "demo-0518-consulent-inburgering");

        using var response = await AanleveringForms.UploadAsync(consulent, ImportScreen, ImportAction, "overdracht.json", "application/json", _bestand, new Dictionary<string, string>());

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), string.Join("; ", AanleveringForms.FieldErrors(html)));
        var dossierUrl = response.Headers.Location!.OriginalString;
        Assert.That(dossierUrl, Does.StartWith("/schermen/inburgering.dossier/"));
        var dossierId = dossierUrl.Split('/')[^1];
        Assert.That(dossierId, Is.Not.EqualTo(_dossierAfzender), "the receiving system makes a dossier of its own");
        var leerroute = await AanleveringForms.ReadFieldAsync(consulent, $"/schermen/inburgering.pip/{dossierId}", "leerroute");
        var laatsteDag = await AanleveringForms.ReadFieldAsync(consulent, $"/schermen/inburgering.termijn/{dossierId}", "effectieveLaatsteDag");
        var (status, _) = await consulent.GetPageAsync(dossierUrl);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(leerroute, Is.EqualTo("B1Route"));
        Assert.That(laatsteDag, Is.EqualTo(_laatsteDagAfzender));
    }

    [Test]
    public async Task Import_ChangedPayload_IsRejected()
    {
        await using var ontvanger = new OverdrachtHost(provider, [("Gemeente Rotterdam (test)", OverdrachtHost.PublicKeyOf(_afzender))]);
        using var consulent = await HostSession.LogInAsync(ontvanger, "demo-0518-consulent-inburgering");

        using var response = await AanleveringForms.UploadAsync(consulent, ImportScreen, ImportAction, "overdracht.json", "application/json", MetGewijzigdePayload(_bestand), new Dictionary<string, string>());

        var fouten = AanleveringForms.FieldErrors(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(fouten, Has.Some.Contains("De handtekening klopt niet: het pakket is na het ondertekenen gewijzigd of beschadigd."));
    }

    [Test]
    public async Task Import_UntrustedKey_NamesKeyId()
    {
        await using var ontvanger = new OverdrachtHost(provider, []);
        using var consulent = await HostSession.LogInAsync(ontvanger, "demo-0518-consulent-inburgering");

        using var response = await AanleveringForms.UploadAsync(consulent, ImportScreen, ImportAction, "overdracht.json", "application/json", _bestand, new Dictionary<string, string>());

        var fouten = AanleveringForms.FieldErrors(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(fouten, Has.Some.Contains($"Het pakket is ondertekend met sleutel '{KeyId(_bestand)}', die deze installatie niet vertrouwt."));
    }

    /// <summary>Returns the file with one byte of the decoded payload changed, and the signature left as it was.</summary>
    private static byte[] MetGewijzigdePayload(byte[] bestand)
    {
        var jws = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(bestand)!;
        var payload = Base64UrlDecode(jws["payload"].GetString()!);
        var index = Array.IndexOf(payload, (byte)'{') + 1;
        payload[index] = payload[index] == (byte)' ' ? (byte)'\t' : (byte)' ';

        var gewijzigd = jws.ToDictionary(p => p.Key, p => (object)p.Value);
        gewijzigd["payload"] = Convert.ToBase64String(payload).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return JsonSerializer.SerializeToUtf8Bytes(gewijzigd);
    }

    private static string KeyId(byte[] bestand)
    {
        using var jws = JsonDocument.Parse(bestand);
        var kop = Base64UrlDecode(jws.RootElement.GetProperty("protected").GetString()!);
        using var header = JsonDocument.Parse(kop);
        return header.RootElement.GetProperty("kid").GetString()!;
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    [GeneratedRegex("<a class=\"download\" href=\"([^\"]+)\"")]
    private static partial Regex DownloadLink();
}
