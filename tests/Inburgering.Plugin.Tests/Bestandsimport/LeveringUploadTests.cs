using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using TestSupport;
using static Inburgering.Plugin.Tests.Bestandsimport.BestandsimportSteps;
using static Inburgering.Plugin.Tests.Bestandsimport.TestBestanden;

namespace Inburgering.Plugin.Tests.Bestandsimport;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringUploadTests(DatabaseProvider provider)
{
    private const string Importeren = "inburgering.levering-importeren";

    private const string Uploaden = "inburgering.levering-uploaden";

    private RecordingLeveringVerwerker _verwerker = null!;

    private PluginHarness _plugin = null!;

    private static byte[] TweeRegels => Utf8($"{Kop()}\r\n{Regel("999993847")}\r\n{Regel("999993653")}\r\n");

    [SetUp]
    public async Task StartAsync()
    {
        _verwerker = new RecordingLeveringVerwerker();
        _plugin = await BestandsimportSteps.StartAsync(_verwerker, provider);
    }

    [TearDown]
    public async Task StopAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Importeren_ValidCsv_HandsRowsToVerwerker()
    {
        var aanbieder = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"), ("modus", null));

        Assert.That(result.Succeeded, Is.True);
        var invoer = _verwerker.Invoer.Single();
        Assert.That(invoer.Kanaal, Is.EqualTo(LeveringKanaal.Bestand));
        Assert.That(invoer.Referentie, Is.EqualTo("LEV-1"));
        Assert.That(invoer.Modus, Is.EqualTo(LeveringModus.AllesOfNiets));
        Assert.That(invoer.AanbiederId, Is.EqualTo(aanbieder.Id));
        Assert.That(invoer.Bestandsnaam, Is.EqualTo("november.csv"));
        Assert.That(_verwerker.Lezingen, Has.Count.EqualTo(2));
        Assert.That(_verwerker.Lezingen[0].Select(r => r.Regelnummer), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(_verwerker.Lezingen[1].Select(r => r.Waarde(LeveringKolommen.Bsn)), Is.EqualTo(new[] { "999993847", "999993653" }));
        Assert.That(result.NavigateTo!.ScreenId, Is.EqualTo("inburgering.levering"));
        Assert.That(result.Message!.Nl, Is.EqualTo("2 van de 2 regels zijn geïmporteerd; 0 geweigerd."));
    }

    [Test]
    public async Task Importeren_Xlsx_HandsRowsToVerwerker()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var werkmap = Xlsx(new Dictionary<int, object?[]>
        {
            [1] = [.. LeveringKolommen.Verplicht],
            [3] = ["LEV-X", 12345678d, 9921d, "TAAL", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 40d, 30d, 4.5d, 2d, 3.5d],
        });

        var result = await UploadAsync(_plugin, Importeren, werkmap, "november.xlsx", ("aanbieder", "12345678"), ("modus", "GeldigeRegels"));

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_verwerker.Invoer.Single().Referentie, Is.EqualTo("LEV-X"));
        Assert.That(_verwerker.Invoer.Single().Modus, Is.EqualTo(LeveringModus.GeldigeRegels));
        Assert.That(_verwerker.Lezingen[0].Single().Regelnummer, Is.EqualTo(3));
        Assert.That(_verwerker.Lezingen[0].Single().Waarde(LeveringKolommen.Bsn), Is.EqualTo("000009921"));
    }

    [Test]
    public async Task Importeren_ValidRowsMode_ReportsRejected()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(Guid.CreateVersion7(), LeveringStatus.DeelsVerwerkt, regels.Count, 1, []);

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"), ("modus", "GeldigeRegels"));

        Assert.That(_verwerker.Invoer.Single().Modus, Is.EqualTo(LeveringModus.GeldigeRegels));
        Assert.That(result.Message!.En, Is.EqualTo("1 of the 2 rows were imported; 1 rejected."));
    }

    [Test]
    public async Task Importeren_AllOrNothingRejected_SaysNothingImported()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var leveringId = Guid.CreateVersion7();
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(leveringId, LeveringStatus.Geweigerd, regels.Count, 0, []);

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"));

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.levering", leveringId.ToString())));
        Assert.That(result.Message!.Nl, Does.StartWith("Er is niets geïmporteerd: 2 van de 2 regels hebben fouten."));
    }

    [Test]
    public async Task Importeren_StructuralError_StoresNothing()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");

        var result = await UploadAsync(_plugin, Importeren, Utf8($"{Kop()};naam\n{Regel()};x\n"), "november.csv", ("aanbieder", "12345678"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bestand"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Deze kolommen kent het aanleverformaat niet: naam."));
        Assert.That(_verwerker.Invoer, Is.Empty);
    }

    [Test]
    public async Task Importeren_SeveralHeaderErrors_ReportsEach()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");

        var result = await UploadAsync(_plugin, Importeren, Utf8("bsn;naam\n999993847;x\n"), "november.csv", ("aanbieder", "12345678"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bestand", "bestand" }));
        Assert.That(result.Errors[0].Message.En, Does.StartWith("These required columns are missing from the header: levering_id, aanbieder_kvk, onderdeel,"));
        Assert.That(result.Errors[1].Message.En, Does.StartWith("The delivery format has no such columns: naam."));
    }

    [Test]
    public async Task Importeren_WithoutFile_AsksForFile()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");

        var result = await UploadAsync(_plugin, Importeren, null, "", ("aanbieder", "12345678"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bestand"));
        Assert.That(_verwerker.Invoer, Is.Empty);
    }

    [Test]
    public async Task Importeren_UnknownMode_IsInvalid()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"), ("modus", "Alles"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("modus"));
        Assert.That(_verwerker.Invoer, Is.Empty);
    }

    [TestCase("87654321")]
    [TestCase("1234567")]
    [TestCase("12345678/123")]
    public async Task Importeren_UnknownOrInvalidKvk_IsInvalid(string kvk)
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", kvk));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("aanbieder"));
        Assert.That(_verwerker.Invoer, Is.Empty);
    }

    [Test]
    public async Task Importeren_InactiveAanbieder_IsInvalid()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678", actief: false);

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"));

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Deze gemeente heeft geen actieve aanbieder met KvK-nummer 12345678. Controleer het nummer in de lijst van aanbieders."));
    }

    [Test]
    public async Task Importeren_SeveralBranches_NeedsVestigingsnummer()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678", "000000000001");
        var zuid = await AddAanbiederAsync(_plugin, "Taalschool Zuid", "12345678", "000000000002");

        var zonder = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"));
        var met = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678/000000000002"));

        Assert.That(zonder.Errors.Single().Message.Nl, Does.StartWith("Aanbieder 12345678 heeft meer vestigingen."));
        Assert.That(met.Succeeded, Is.True);
        Assert.That(_verwerker.Invoer.Single().AanbiederId, Is.EqualTo(zuid.Id));
    }

    [Test]
    public async Task Importeren_RejectedAsWhole_ShowsReason()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(Guid.Empty, LeveringStatus.Geweigerd, regels.Count, 0, [])
        {
            Geweigerd = new LocalizedText("het kenmerk is al gebruikt.", "the reference was used before."),
        };

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.En, Is.EqualTo("The delivery was rejected and nothing was stored: the reference was used before."));
    }

    [Test]
    public async Task Importeren_Repeated_SaysWhenImported()
    {
        var aanbieder = await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var eerder = await AddLeveringAsync(_plugin, aanbieder.Id, new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(eerder.Id, LeveringStatus.Verwerkt, regels.Count, regels.Count, []) { Herhaald = true };

        var result = await UploadAsync(_plugin, Importeren, TweeRegels, "november.csv", ("aanbieder", "12345678"));

        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.levering", eerder.Id.ToString())));
        Assert.That(result.Message!.Nl, Is.EqualTo("Deze levering is al geïmporteerd op 20 november 2026 om 10:30 en is niet opnieuw geteld."));
        Assert.That(result.Message.En, Is.EqualTo("This delivery was already imported on 20 November 2026 at 10:30 and was not counted again."));
    }

    [Test]
    public async Task Importeren_Logs_DeliveryIdNotFileName()
    {
        await AddAanbiederAsync(_plugin, "Taalschool Noord", "12345678");
        var leveringId = Guid.CreateVersion7();
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(leveringId, LeveringStatus.Verwerkt, regels.Count, regels.Count, []);

        await UploadAsync(_plugin, Importeren, TweeRegels, "Kwasniewski november.csv", ("aanbieder", "12345678"));

        Assert.That(_plugin.Logs.Lines, Has.Some.Contains(leveringId.ToString()));
        Assert.That(_plugin.Logs.Lines, Has.None.Contains("Kwasniewski"));
    }

    [Test]
    public async Task Uploaden_AsAanbieder_LeavesAanbiederToLogin()
    {
        _plugin.User.Organisation = "12345678";
        var leveringId = Guid.CreateVersion7();
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(leveringId, LeveringStatus.Verwerkt, regels.Count, regels.Count, []);

        var result = await UploadAsync(_plugin, Uploaden, TweeRegels, "november.csv", ("modus", "AllesOfNiets"));

        Assert.That(_verwerker.Invoer.Single().AanbiederId, Is.Null);
        Assert.That(_verwerker.Invoer.Single().Kanaal, Is.EqualTo(LeveringKanaal.Bestand));
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.mijn-levering", leveringId.ToString())));
    }

    [Test]
    public async Task Uploaden_EmptyFile_IsRejected()
    {
        _plugin.User.Organisation = "12345678";

        var result = await UploadAsync(_plugin, Uploaden, [], "leeg.csv");

        Assert.That(result.Errors.Single().Message.En, Is.EqualTo("The file is empty. Choose the file with the header and the rows of the delivery."));
        Assert.That(_verwerker.Invoer, Is.Empty);
    }
}
