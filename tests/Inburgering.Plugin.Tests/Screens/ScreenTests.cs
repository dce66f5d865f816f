using System.Globalization;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Screens;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task DossiersList_ShowsNewestFirstWithColumns()
    {
        var moulin = await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant", koppeldatum: "2026-11-20");
        _plugin.Clock.Advance(TimeSpan.FromMinutes(5));
        var vnummer = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", koppeldatum: "2026-12-01", vnummer: "1234567890");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossiers", null);

        var list = screen!.Sections.Single().Elements.OfType<ListElement>().Single();
        Assert.That(list.Columns.Select(c => c.Key), Is.EqualTo(new[] { "naam", "bsn", "doelgroep", "status", "koppeldatum" }));
        Assert.That(list.Columns[1].Type, Is.EqualTo(FieldType.Bsn));
        Assert.That(list.Rows.Select(r => r.Link), Is.EqualTo(new[]
        {
            new ScreenLink("inburgering.dossier", vnummer.NavigateTo!.RecordId),
            new ScreenLink("inburgering.dossier", moulin.NavigateTo!.RecordId),
        }));
        Assert.That(list.Rows[0].Values, Is.EqualTo(new object?[] { "V-nummer 1234567890", null, "Asielstatushouder", "Gekoppeld", new DateOnly(2026, 12, 1) }));
        Assert.That(list.Rows[1].Values, Is.EqualTo(new object?[] { "Suzanne Moulin", "999993653", "Gezinsmigrant", "Gekoppeld", new DateOnly(2026, 11, 20) }));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.registreer", "inburgering.zoek" }));
    }

    [Test]
    public async Task DossiersList_RecordsOneReadPerPersonShown()
    {
        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant", koppeldatum: "2026-11-20");
        await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", koppeldatum: "2026-12-01", vnummer: "1234567890");
        _plugin.ProcessingLog.Clear();

        await _plugin.LoadScreenAsync("inburgering.dossiers", null);

        Assert.That(_plugin.ProcessingLog.Records, Is.EquivalentTo(new[]
        {
            new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
            new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Read, new DataSubject("V-nummer", "1234567890")),
        }));
    }

    [Test]
    public async Task DossiersList_ShowsAtMostFiftyNewest()
    {
        for (var i = 1; i <= 51; i++)
        {
            await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
            _plugin.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var screen = await _plugin.LoadScreenAsync("inburgering.dossiers", null);

        var rows = screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows;
        Assert.That(rows, Has.Count.EqualTo(50));
        Assert.That(rows[0].Values[0], Is.EqualTo("V-nummer 0000000051"));
        Assert.That(rows[49].Values[0], Is.EqualTo("V-nummer 0000000002"));
    }

    [Test]
    public async Task DossiersList_WithoutDossiers_HasEmptyText()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.dossiers", null);

        var list = screen!.Sections.Single().Elements.OfType<ListElement>().Single();
        Assert.That(list.Rows, Is.Empty);
        Assert.That(list.EmptyText?.Nl, Is.EqualTo("Er zijn nog geen inburgeraars geregistreerd in deze gemeente."));
    }

    [Test]
    public async Task DossierScreen_ShowsPersoonAndInburgering()
    {
        var registered = await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant", koppeldatum: "2026-11-20", wetRegime: "Wi2013");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);

        Assert.That(screen!.Heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(screen.Sections.Select(s => s.Title.Nl), Is.EqualTo(new[] { "Persoon (uit de BRP)", "Inburgering", "Onderdelen van het dossier", "Verloop", "Correcties" }));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.vertrokken", "inburgering.sluit-af", "inburgering.overdracht-voorbereiden", "inburgering.overdracht-exporteren", "inburgering.wet-regime-corrigeren", "inburgering.beperk", "inburgering.verhuizing-controleren" }));
        Assert.That(Values(screen.Sections[0]), Is.EqualTo(new Dictionary<string, object?>
        {
            ["naam"] = "Suzanne Moulin",
            ["bsn"] = "999993653",
            ["vnummer"] = null,
            ["geboortedatum"] = PartialDate.FromDate(new DateOnly(1985, 12, 1)),
            ["adresRegel1"] = "Boterdiep 31",
            ["adresRegel2"] = "3077 AW  ROTTERDAM",
            ["nationaliteit"] = "0057",
            ["gemeenteVanInschrijving"] = "0599",
            ["datumInschrijvingGemeente"] = PartialDate.FromDate(new DateOnly(2013, 11, 5)),
            ["brpOpgevraagdOp"] = PluginHarness.Now,
        }));
        Assert.That(Values(screen.Sections[1]), Is.EqualTo(new Dictionary<string, object?>
        {
            ["inburgeringsplichtig"] = true,
            ["doelgroep"] = "Gezinsmigrant",
            ["koppeldatum"] = new DateOnly(2026, 11, 20),
            ["wetRegime"] = "Wi2013",
            ["status"] = "Gekoppeld",
            ["statusSinds"] = new DateOnly(2026, 11, 20),
        }));
        Assert.That(
            screen.Sections[2].Elements.OfType<ListElement>().Single().Rows.Select(r => r.Link!.ScreenId),
            Is.EqualTo(new[] { "inburgering.brede-intake", "inburgering.pip", "inburgering.voortgang", "inburgering.begeleiding", "inburgering.termijn", "inburgering.aanmeldingen", "inburgering.coa" }));
    }

    [Test]
    public async Task DossierScreen_DutchNationalElsewhere_WarnsAndIsNotObliged()
    {
        var registered = await _plugin.RegisterAsync("000009921");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);

        var notices = screen!.Sections[0].Elements.OfType<TextElement>().Select(t => t.Text.Nl).ToList();
        Assert.That(notices, Has.Count.EqualTo(1));
        Assert.That(notices[0], Does.StartWith("Let op: volgens de BRP heeft deze persoon de Nederlandse nationaliteit"));
        Assert.That(Values(screen.Sections[1])["inburgeringsplichtig"], Is.EqualTo(false));
    }

    [Test]
    public async Task DossierScreen_RegisteredInOtherGemeente_Warns()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var registered = await _plugin.RegisterAsync("999993653");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);

        var notices = screen!.Sections[0].Elements.OfType<TextElement>().Select(t => t.Text.Nl).ToList();
        Assert.That(notices, Is.EqualTo(new[]
        {
            "Let op: de BRP schrijft deze persoon in bij gemeente 0599, niet bij deze gemeente. Dat klopt voor een asielstatushouder die nog moet verhuizen; controleer het anders.",
        }));
        Assert.That(Values(screen.Sections[1])["inburgeringsplichtig"], Is.EqualTo(true));
    }

    [Test]
    public async Task DossierScreen_VNummerDossier_OffersKoppelBsn()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);

        Assert.That(screen!.Heading, Is.EqualTo("V-nummer 1234567890"));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.koppel-bsn", "inburgering.vertrokken", "inburgering.sluit-af", "inburgering.overdracht-voorbereiden", "inburgering.overdracht-exporteren", "inburgering.wet-regime-corrigeren", "inburgering.beperk" }));
        Assert.That(screen.Sections[0].Elements[0], Is.TypeOf<TextElement>());
        Assert.That(_plugin.ProcessingLog.Records[^1].Subject, Is.EqualTo(new DataSubject("V-nummer", "1234567890")));
    }

    [TestCase(null)]
    [TestCase("not-a-guid")]
    [TestCase("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public async Task DossierScreen_UnknownRecord_ReturnsNull(string? recordId)
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", recordId);

        Assert.That(screen, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task ClientTab_ClientWithDossier_LinksToDossier()
    {
        var registered = await _plugin.RegisterAsync("999993653");
        var clientId = _plugin.Clients.All.Single().ClientId;

        var screen = await _plugin.LoadScreenAsync("inburgering.client", clientId);

        var list = screen!.Sections.Single().Elements.OfType<ListElement>().Single();
        Assert.That(list.Rows.Single().Link, Is.EqualTo(registered.NavigateTo));
        Assert.That(list.Rows.Single().Values, Is.EqualTo(new object?[] { "Gezinsmigrant", "Gekoppeld", new DateOnly(2026, 11, 20) }));
    }

    [Test]
    public async Task ClientTab_WithoutDossier_OffersRegistration()
    {
        var client = await _plugin.Clients.RegisterAsync(new NewClient(Bsn.Parse("999995017"), "Wladyslaw Kwasniewski"), CancellationToken.None);

        var screen = await _plugin.LoadScreenAsync("inburgering.client", client.ClientId);

        var notice = screen!.Sections.Single().Elements.OfType<TextElement>().Single();
        Assert.That(notice.Text.Nl, Is.EqualTo("Deze klant heeft geen inburgeringsdossier in deze gemeente."));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.registreer" }));
        Assert.That(screen.ActionValues["bsn"], Is.EqualTo("999995017"));
    }

    [Test]
    public async Task ClientTab_UnknownClient_ReturnsNull()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.client", "client-404");

        Assert.That(screen, Is.Null);
    }

    [Test]
    public async Task ClientFields_ClientWithDossier_ReturnsStatus()
    {
        await _plugin.RegisterAsync("999992806", doelgroep: "Asielstatushouder", koppeldatum: "2026-10-01");
        var clientId = _plugin.Clients.All.Single().ClientId;

        var values = await ClientFieldValuesAsync(clientId);

        Assert.That(values, Is.EqualTo(new Dictionary<string, object?>
        {
            ["inburgeringsplichtig"] = true,
            ["doelgroep"] = "Asielstatushouder",
            ["status"] = "Gekoppeld",
            ["koppeldatum"] = new DateOnly(2026, 10, 1),
        }));
    }

    [Test]
    public async Task ClientFields_ClientOfOtherGemeente_ReturnsEmpty()
    {
        await _plugin.RegisterAsync("999992806", doelgroep: "Asielstatushouder");
        var clientId = _plugin.Clients.All.Single().ClientId;
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var values = await ClientFieldValuesAsync(clientId);

        Assert.That(values, Is.Empty);
    }

    private async Task<IReadOnlyDictionary<string, object?>> ClientFieldValuesAsync(string clientId)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetServices<IRecordFieldProvider>().Single(p => p.RecordType == HostRecordTypes.Client);

        return await provider.GetValuesAsync(clientId, CancellationToken.None);
    }

    private static Dictionary<string, object?> Values(ScreenSection section) =>
        section.Elements.OfType<FieldElement>().ToDictionary(f => f.Field.Key, f => f.Value);
}
