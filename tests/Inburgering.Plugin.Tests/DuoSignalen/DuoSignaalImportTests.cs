using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Tests.Bestandsimport;
using MiniExcelLibs;
using TestSupport;
using static Inburgering.Plugin.Tests.DuoSignalen.DuoSignaalImportSteps;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>The import of a DUO export of signals (CSV and XLSX) into the inbox: checks per row, modes and idempotency.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoSignaalImportTests(DatabaseProvider provider)
{
    private static readonly string[] s_goedeRegels =
    [
        "NIEUWE_PLICHTIGE;2026-11-02;999993653;;GEZINSMIGRANT;WI2021;;DUO-0001",
        "correctie;03-11-2026;999993653;;Overige migrant;;;DUO-0002",
        "Intrekking;2026-11-04;;1234567890;;;;",
    ];

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Import_GoodFile_StoresEverySignal()
    {
        var result = await _plugin.ImportAsync(Csv(Kop, s_goedeRegels));

        var signalen = (await _plugin.AllSignalsAsync()).OrderBy(s => s.Kennisgevingsdatum).ToList();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo("3 van de 3 regels zijn als nieuw signaal in de inbox gezet; 0 stonden er al in; 0 geweigerd."));
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.duo-signalen", null)));
        Assert.That(signalen.Select(s => s.Soort), Is.EqualTo(new[] { DuoSignaalSoort.NieuwePlichtige, DuoSignaalSoort.Correctie, DuoSignaalSoort.Intrekking }));
        Assert.That(signalen.Select(s => s.Kenmerk), Is.EqualTo(new[] { "DUO-0001", "DUO-0002", null }));
        Assert.That(signalen.Select(s => s.Kennisgevingsdatum), Is.EqualTo(new[] { new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 4) }));
        Assert.That(signalen[0].Doelgroep, Is.EqualTo(Doelgroep.Gezinsmigrant));
        Assert.That(signalen[0].WetRegime, Is.EqualTo(WetRegime.Wi2021));
        Assert.That(signalen[1].Doelgroep, Is.EqualTo(Doelgroep.OverigeMigrant));
        Assert.That(signalen[2].VNummer, Is.EqualTo("1234567890"));
        Assert.That(signalen[2].Bsn, Is.Null);
        Assert.That(signalen.Select(s => s.OntvangenOp), Has.All.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(signalen.Select(s => s.Status), Has.All.EqualTo(DuoSignaalStatus.Nieuw));
        Assert.That(signalen.Select(s => s.Gemeente), Has.All.EqualTo("0599"));
    }

    [Test]
    public async Task Import_GoodFile_RecordsProcessingPerSignal()
    {
        await _plugin.ImportAsync(Csv(Kop, s_goedeRegels));

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
            new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
            new ProcessingRecord("inburgering.duo-signalen", ProcessingOperation.Create, new DataSubject("V-nummer", "1234567890")),
        }));
    }

    [Test]
    public async Task Import_SameFileTwice_AddsNothing()
    {
        await _plugin.ImportAsync(Csv(Kop, s_goedeRegels));
        _plugin.ProcessingLog.Clear();

        var again = await _plugin.ImportAsync(Csv(Kop, s_goedeRegels));

        Assert.That(again.Succeeded, Is.True);
        Assert.That(again.Message!.Nl, Is.EqualTo("0 van de 3 regels zijn als nieuw signaal in de inbox gezet; 3 stonden er al in; 0 geweigerd."));
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(3));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Import_SameKenmerkOtherContent_AddsNothing()
    {
        await _plugin.ImportAsync(Csv(Kop, s_goedeRegels[0]));

        var result = await _plugin.ImportAsync(Csv(Kop, "NIEUWE_PLICHTIGE;2026-11-05;999993653;;GEZINSMIGRANT;WI2021;;DUO-0001"));

        Assert.That(result.Message!.Nl, Does.StartWith("0 van de 1 regels zijn als nieuw signaal in de inbox gezet; 1 stonden er al in"));
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Import_SignalEnteredByHand_IsSkipped()
    {
        await _plugin.EnterValidSignalAsync("Intrekking", "2026-11-04", bsn: null, vnummer: "1234567890");

        var result = await _plugin.ImportAsync(Csv(Kop, s_goedeRegels));

        Assert.That(result.Message!.Nl, Is.EqualTo("2 van de 3 regels zijn als nieuw signaal in de inbox gezet; 1 stonden er al in; 0 geweigerd."));
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Import_SameRowTwiceInFile_StoresOne()
    {
        var result = await _plugin.ImportAsync(Csv(Kop, s_goedeRegels[2], s_goedeRegels[2]));

        Assert.That(result.Message!.Nl, Is.EqualTo("1 van de 2 regels zijn als nieuw signaal in de inbox gezet; 1 stonden er al in; 0 geweigerd."));
        Assert.That(await _plugin.AllSignalsAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Import_BadRowsAllOrNothing_StoresNothing()
    {
        var bestand = Csv(Kop, s_goedeRegels[0], "NIEUWE_PLICHTIGE;31-02-2026;999993847;;GEZINSMIGRANT;WI2021;;", "VERHUIZING;2026-11-04;999993847;;;;;");

        var result = await _plugin.ImportAsync(bestand, "AllesOfNiets");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => e.FieldKey), Has.All.EqualTo("bestand"));
        Assert.That(result.Errors.Select(e => e.Message.Nl), Is.EqualTo(new[]
        {
            "Er is niets opgeslagen: 2 van de 3 regels hebben fouten. Verbeter ze en importeer het bestand opnieuw, of kies 'Alleen geldige regels'.",
            "Regel 3, kolom kennisgevingsdatum (waarde '31-02-2026'): Vul de datum van het signaal in zoals DUO die gaf, als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
            "Regel 4, kolom soort (waarde 'VERHUIZING'): Kies de soort signaal: nieuwe inburgeringsplichtige, correctie of intrekking.",
        }));
        Assert.That(await _plugin.AllSignalsAsync(), Is.Empty);
    }

    [Test]
    public async Task Import_ValidRowsOnly_StoresGoodRows()
    {
        var bestand = Csv(Kop, s_goedeRegels[0], "NIEUWE_PLICHTIGE;2026-11-02;123456789;;GEZINSMIGRANT;WI2021;;", s_goedeRegels[2]);

        var result = await _plugin.ImportAsync(bestand, "GeldigeRegels");

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Does.StartWith("2 van de 3 regels zijn als nieuw signaal in de inbox gezet; 0 stonden er al in; 1 geweigerd. Regel 3, kolom bsn (waarde '123456789'): "));
        Assert.That((await _plugin.AllSignalsAsync()).OrderBy(s => s.Kennisgevingsdatum).Select(s => s.Kenmerk), Is.EqualTo(new[] { "DUO-0001", null }));
    }

    [Test]
    public async Task Import_NieuwePlichtigeWithoutDoelgroep_NamesColumn()
    {
        var result = await _plugin.ImportAsync(Csv(Kop, "NIEUWE_PLICHTIGE;2026-11-02;999993653;;;WI2021;;"));

        Assert.That(result.Errors.Select(e => e.Message.Nl).Skip(1).Single(), Does.StartWith("Regel 2, kolom doelgroep: "));
    }

    [Test]
    public async Task Import_UnknownAndMissingColumns_RejectsFile()
    {
        var result = await _plugin.ImportAsync(Csv("soort;datum;bsn", "INTREKKING;2026-11-04;999993653"));

        Assert.That(result.Errors.Select(e => e.Message.Nl), Is.EqualTo(new[]
        {
            "Deze kolommen kent de import van DUO-signalen niet: datum. Gebruik de kolomnamen uit het sjabloon: soort, kennisgevingsdatum, bsn, v_nummer, doelgroep, wet_regime, koppeldatum, kenmerk, toelichting.",
            "Deze verplichte kolommen ontbreken in de kopregel: kennisgevingsdatum. Voeg ze toe; het sjabloon heeft alle kolommen.",
        }));
        Assert.That(await _plugin.AllSignalsAsync(), Is.Empty);
    }

    [Test]
    public async Task Import_HeaderOnly_RejectsFile()
    {
        var result = await _plugin.ImportAsync(Csv(Kop));

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Het bestand heeft een kopregel, maar geen regels met signalen. Vul onder de kopregel één regel per signaal in."));
    }

    [Test]
    public async Task Import_EmptyFile_RejectsFile()
    {
        var result = await _plugin.ImportAsync([]);

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Het bestand is leeg. Kies het bestand met de kopregel en één regel per signaal van DUO."));
    }

    [Test]
    public async Task Import_NoFile_AsksForFile()
    {
        var result = await BestandsimportSteps.UploadAsync(_plugin, ActionId, null, "signalen.csv");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bestand"));
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Kies het CSV- of Excel-bestand met de signalen van DUO."));
    }

    [Test]
    public async Task Import_UnknownModus_IsInvalid()
    {
        var result = await _plugin.ImportAsync(Csv(Kop, s_goedeRegels), "Soms");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("modus"));
    }

    [Test]
    public async Task Import_Xlsx_StoresSignals()
    {
        using var werkmap = new MemoryStream();
        var rijen = new[]
        {
            new Dictionary<string, object> { ["soort"] = "INTREKKING", ["kennisgevingsdatum"] = new DateTime(2026, 11, 4), ["bsn"] = 999993653, ["kenmerk"] = "DUO-0009" },
        };
        await werkmap.SaveAsAsync(rijen);

        var result = await _plugin.ImportAsync(werkmap.ToArray(), bestandsnaam: "signalen.xlsx");

        var signaal = (await _plugin.AllSignalsAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(signaal.Bsn, Is.EqualTo("999993653"));
        Assert.That(signaal.Kennisgevingsdatum, Is.EqualTo(new DateOnly(2026, 11, 4)));
        Assert.That(signaal.Kenmerk, Is.EqualTo("DUO-0009"));
    }

    [Test]
    public async Task Template_Download_ImportsItsExampleRow()
    {
        var download = await BestandsimportSteps.DownloadAsync(_plugin, "inburgering.duo-signalen-sjabloon-csv", null);

        var result = await _plugin.ImportAsync(download!.Value.Inhoud);

        Assert.That(download.Value.File.FileName, Is.EqualTo("duo-signalen-sjabloon.csv"));
        Assert.That(BestandsimportSteps.Tekst(download.Value.Inhoud), Does.StartWith("soort;kennisgevingsdatum;bsn;v_nummer;doelgroep;wet_regime;koppeldatum;kenmerk;toelichting\r\nNIEUWE_PLICHTIGE;2026-11-02;999993847;"));
        Assert.That(result.Succeeded, Is.True);
        Assert.That((await _plugin.AllSignalsAsync()).Single().Kenmerk, Is.EqualTo("DUO-2026-000123"));
    }

    [Test]
    public async Task Import_Logs_NoPersonalData()
    {
        await _plugin.ImportAsync(Csv(Kop, s_goedeRegels[0], "NIEUWE_PLICHTIGE;2026-11-02;123456789;;GEZINSMIGRANT;WI2021;;"), "GeldigeRegels", bestandsnaam: "Moulin.csv");

        var tekst = string.Join("\n", _plugin.Logs.Lines);
        Assert.That(tekst, Does.Contain("Imported a file of 2 DUO signal rows: 1 stored, 0 already in the inbox, 1 errors"));
        Assert.That(tekst, Does.Not.Contain("999993653"));
        Assert.That(tekst, Does.Not.Contain("123456789"));
        Assert.That(tekst, Does.Not.Contain("Moulin"));
    }

    [Test]
    public async Task Inbox_OffersImportAndTemplate()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.duo-signalen", null);

        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.duo-signaal-invoeren", "inburgering.duo-signalen-importeren" }));
        Assert.That(screen.Sections.Single().Elements.OfType<DownloadElement>().Single().DownloadId, Is.EqualTo("inburgering.duo-signalen-sjabloon-csv"));
    }

    [Test]
    public async Task Meldingen_MoreThanShown_CountsTheRest()
    {
        var regels = Enumerable.Range(0, 25).Select(_ => "ONBEKEND;2026-11-02;999993653;;;;;").ToArray();

        var result = await _plugin.ImportAsync(Encoding.UTF8.GetBytes(string.Join("\n", [Kop, .. regels])));

        Assert.That(result.Errors, Has.Count.EqualTo(1 + 20 + 1));
        Assert.That(result.Errors[^1].Message.Nl, Is.EqualTo("En nog 5 fouten."));
    }
}
