using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Overdracht.Bestand;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Overdracht.Bestand;

/// <summary>
/// Exporting a dossier as a signed file in one deployment and importing it in another, with test-only package services
/// in place of the real ones.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OverdrachtBestandActionTests(DatabaseProvider provider)
{
    private RecordingOverdrachtOntvangst _ontvangst = null!;

    private PluginHarness _rotterdam = null!;

    private PluginHarness _denHaag = null!;

    private string _dossierId = null!;

    [SetUp]
    public async Task SetUp()
    {
        _ontvangst = new RecordingOverdrachtOntvangst();
        _rotterdam = await PluginHarness.StartAsync(provider, replaceServices: VervangPakketdiensten);
        _denHaag = await PluginHarness.StartAsync(provider, replaceServices: VervangPakketdiensten);
        _denHaag.Tenant.Current = PluginHarness.DenHaag;
        _dossierId = (await _rotterdam.RegisterAsync("999993653")).NavigateTo!.RecordId!;
    }

    [TearDown]
    public async Task TearDown()
    {
        await _rotterdam.DisposeAsync();
        await _denHaag.DisposeAsync();
    }

    [Test]
    public async Task Exporteren_Dossier_OffersSignedFile()
    {
        var resultaat = await ExporteerAsync("0518");

        var scherm = await _rotterdam.LoadScreenAsync(OverdrachtBestandScreen.ScreenId, _dossierId);
        var download = scherm!.Sections[1].Elements.OfType<DownloadElement>().Single();
        var bestand = await DownloadAsync(_rotterdam, download.RecordId);

        Assert.That(resultaat.Succeeded, Is.True);
        Assert.That(resultaat.NavigateTo, Is.EqualTo(new ScreenLink(OverdrachtBestandScreen.ScreenId, _dossierId)));
        Assert.That(scherm.Actions, Is.EqualTo(new[] { OverdrachtExporterenAction.ActionId }));
        Assert.That(download.DownloadId, Is.EqualTo(OverdrachtBestandDownload.DownloadId));
        Assert.That(download.Label.Nl, Does.StartWith("Bestand voor gemeente 0518 downloaden (te downloaden tot 12:00)"));
        Assert.That(bestand!.Value.Naam, Does.Match("^overdracht-[0-9a-f-]{36}\\.json$"));
        Assert.That(bestand.Value.Inhoud, Does.StartWith("{\"protected\":\""));
    }

    [Test]
    public async Task Exporteren_Dossier_RecordsExportAndDownload()
    {
        await ExporteerAsync("0518");
        var scherm = await _rotterdam.LoadScreenAsync(OverdrachtBestandScreen.ScreenId, _dossierId);
        var aantalVoorDownload = Overdrachtregels(_rotterdam).Count;

        await DownloadAsync(_rotterdam, scherm!.Sections[1].Elements.OfType<DownloadElement>().Single().RecordId);

        Assert.That(aantalVoorDownload, Is.EqualTo(1));
        Assert.That(Overdrachtregels(_rotterdam), Has.Count.EqualTo(2));
        Assert.That(Overdrachtregels(_rotterdam).Select(r => r.Subject.Id), Has.All.EqualTo("999993653"));
        Assert.That(Overdrachtregels(_rotterdam).Select(r => r.Operation), Has.All.EqualTo(ProcessingOperation.Read));
    }

    [TestCase(59, true)]
    [TestCase(60, false)]
    public async Task Download_AfterMinutes_ExpiresAtOneHour(int minuten, bool beschikbaar)
    {
        await ExporteerAsync("0518");
        var scherm = await _rotterdam.LoadScreenAsync(OverdrachtBestandScreen.ScreenId, _dossierId);
        var bestandId = scherm!.Sections[1].Elements.OfType<DownloadElement>().Single().RecordId;

        _rotterdam.Clock.Advance(TimeSpan.FromMinutes(minuten));
        var bestand = await DownloadAsync(_rotterdam, bestandId);

        Assert.That(bestand is not null, Is.EqualTo(beschikbaar));
    }

    [TestCase("0599", "Dit is de eigen gemeente.")]
    [TestCase("518", "Vul de gemeentecode in als vier cijfers, bijvoorbeeld 0518.")]
    [TestCase(null, "Vul de gemeentecode in als vier cijfers, bijvoorbeeld 0518.")]
    public async Task Exporteren_InvalidReceiver_RejectsAtField(string? ontvanger, string melding)
    {
        var resultaat = await ExporteerAsync(ontvanger);

        Assert.That(resultaat.Succeeded, Is.False);
        Assert.That(resultaat.Errors.Single().FieldKey, Is.EqualTo(OverdrachtBestandFields.OntvangendeGemeente.Key));
        Assert.That(resultaat.Errors.Single().Message.Nl, Does.StartWith(melding));
    }

    [Test]
    public async Task Exporteren_DossierOfOtherGemeente_Rejects()
    {
        _rotterdam.Tenant.Current = PluginHarness.DenHaag;

        var resultaat = await ExporteerAsync("0363");

        Assert.That(resultaat.Errors.Single().Message.En, Does.StartWith("This dossier does not exist in this municipality."));
    }

    [Test]
    public async Task Importeren_FileFromTrustedDeployment_TakesOverPackage()
    {
        _denHaag.Signing.Trust(_rotterdam.Signing);
        var bestand = await ExporteerBestandAsync("0518");

        var resultaat = await ImporteerAsync(_denHaag, bestand);

        Assert.That(resultaat.Succeeded, Is.True, string.Join(" | ", resultaat.Errors.Select(e => e.Message.En)));
        Assert.That(_ontvangst.Ontvangen, Has.Count.EqualTo(1));
        Assert.That(_ontvangst.Ontvangen[0].Inburgeraar.Bsn, Is.EqualTo("999993653"));
        Assert.That(_ontvangst.Ontvangen[0].Afzender.DossierId, Is.EqualTo(Guid.Parse(_dossierId)));
        Assert.That(resultaat.NavigateTo!.ScreenId, Is.EqualTo(DossierScreen.ScreenId));
        Assert.That(resultaat.Message!.Nl, Is.EqualTo("Het overdrachtsbestand is ingelezen als nieuw dossier. Ondertekend door: Testinstallatie."));
        Assert.That(Overdrachtregels(_denHaag).Select(r => (r.Operation, r.Subject.Id)), Is.EqualTo(new[] { (ProcessingOperation.Read, "999993653") }));
    }

    [Test]
    public async Task Importeren_SameFileTwice_NamesEarlierDossier()
    {
        _denHaag.Signing.Trust(_rotterdam.Signing);
        var bestand = await ExporteerBestandAsync("0518");
        var eerste = await ImporteerAsync(_denHaag, bestand);

        var tweede = await ImporteerAsync(_denHaag, bestand);

        Assert.That(tweede.NavigateTo, Is.EqualTo(eerste.NavigateTo));
        Assert.That(tweede.Message!.En, Does.StartWith("This package was imported before"));
    }

    [Test]
    public async Task Importeren_UntrustedKey_ShowsKidAtFileField()
    {
        var bestand = await ExporteerBestandAsync("0518");

        var resultaat = await ImporteerAsync(_denHaag, bestand);

        Assert.That(resultaat.Succeeded, Is.False);
        Assert.That(resultaat.Errors.Single().FieldKey, Is.EqualTo(OverdrachtBestandFields.Bestand.Key));
        Assert.That(resultaat.Errors.Single().Message.Nl, Does.StartWith($"$.protected.kid: Het pakket is ondertekend met sleutel '{_rotterdam.Signing.Current.KeyId}'"));
        Assert.That(_ontvangst.Ontvangen, Is.Empty);
    }

    [Test]
    public async Task Importeren_ChangedFile_ShowsIntegrityError()
    {
        _denHaag.Signing.Trust(_rotterdam.Signing);
        var envelop = TestPakketten.Envelop(await ExporteerBestandAsync("0518"));
        var payload = envelop["payload"]!.GetValue<string>();
        envelop["payload"] = payload[..10] + (payload[10] == 'A' ? 'B' : 'A') + payload[11..];

        var resultaat = await ImporteerAsync(_denHaag, Encoding.UTF8.GetBytes(envelop.ToJsonString()));

        Assert.That(resultaat.Errors.Select(e => e.Message.En), Is.EqualTo(new[] { "$.signature: The signature is invalid: the package was changed or damaged after signing. Do not use the file; ask the sender to send it again." }));
        Assert.That(_ontvangst.Ontvangen, Is.Empty);
    }

    [Test]
    public async Task Importeren_PackageForOtherGemeente_Rejects()
    {
        _denHaag.Signing.Trust(_rotterdam.Signing);
        var bestand = await ExporteerBestandAsync("0363");

        var resultaat = await ImporteerAsync(_denHaag, bestand);

        Assert.That(resultaat.Errors.Single().Message.Nl, Does.StartWith("Dit pakket is bestemd voor gemeente 0363, niet voor deze gemeente."));
        Assert.That(_ontvangst.Ontvangen, Is.Empty);
    }

    [Test]
    public async Task Importeren_WithoutFile_AsksForFile()
    {
        await using var scope = _denHaag.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IActionHandler>().Single(h => h.Definition.Id == OverdrachtImporterenAction.ActionId);

        var resultaat = await handler.ExecuteAsync(new ActionRequest(null, new Dictionary<string, string?>()), CancellationToken.None);

        Assert.That(resultaat.Errors.Single().FieldKey, Is.EqualTo("bestand"));
        Assert.That(resultaat.Errors.Single().Message.Nl, Does.StartWith("Kies het overdrachtsbestand (.json)"));
    }

    private void VervangPakketdiensten(IServiceCollection services)
    {
        services.AddScoped<IOverdrachtPakketten, TestOverdrachtPakketten>();
        services.AddSingleton<IOverdrachtOntvangst>(_ontvangst);
    }

    private Task<ActionResult> ExporteerAsync(string? ontvanger) =>
        _rotterdam.ExecuteAsync(OverdrachtExporterenAction.ActionId, _dossierId, (OverdrachtBestandFields.OntvangendeGemeente.Key, ontvanger));

    private async Task<byte[]> ExporteerBestandAsync(string ontvanger)
    {
        var resultaat = await ExporteerAsync(ontvanger);
        Assert.That(resultaat.Succeeded, Is.True);
        var scherm = await _rotterdam.LoadScreenAsync(OverdrachtBestandScreen.ScreenId, _dossierId);
        var download = scherm!.Sections[1].Elements.OfType<DownloadElement>().First();

        return Encoding.UTF8.GetBytes((await DownloadAsync(_rotterdam, download.RecordId))!.Value.Inhoud);
    }

    private static async Task<(string Naam, string Inhoud)?> DownloadAsync(PluginHarness plugin, string? recordId)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var download = scope.ServiceProvider.GetServices<IDownload>().Single(d => d.Definition.Id == OverdrachtBestandDownload.DownloadId);
        var bestand = await download.CreateAsync(recordId, CancellationToken.None);
        if (bestand is null)
        {
            return null;
        }

        using var uitvoer = new MemoryStream();
        await bestand.WriteAsync(uitvoer, CancellationToken.None);
        return (bestand.FileName, Encoding.UTF8.GetString(uitvoer.ToArray()));
    }

    private static async Task<ActionResult> ImporteerAsync(PluginHarness plugin, byte[] bestand)
    {
        await using var scope = plugin.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IActionHandler>().Single(h => h.Definition.Id == OverdrachtImporterenAction.ActionId);
        var request = new ActionRequest(null, new Dictionary<string, string?>())
        {
            Files = new Dictionary<string, ActionFile>
            {
                ["bestand"] = new("overdracht.json", "application/json", bestand.Length, () => new MemoryStream(bestand)),
            },
        };

        return await handler.ExecuteAsync(request, CancellationToken.None);
    }

    private static List<Host.Abstractions.ProcessingRecord> Overdrachtregels(PluginHarness plugin) =>
        [.. plugin.ProcessingLog.Records.Where(r => r.ActivityId == InburgeringProcessingActivities.Overdracht)];
}
