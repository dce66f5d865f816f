using Host.Abstractions;
using Inburgering.Plugin.Coa;
using TestSupport;

namespace Inburgering.Plugin.Tests.Coa;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class CoaImportTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Import_GoodFile_StoresVersionFromImport()
    {
        await CoaTestSteps.RegisterAsync(_plugin);

        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(CoaTestSteps.Kop, CoaTestSteps.Regel()));

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo("1 van de 1 regels zijn geïmporteerd: 1 gewijzigd, 0 ongewijzigd."));
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.coa-import", null)));
        var versie = (await CoaTestSteps.VersiesAsync(_plugin)).Single();
        Assert.That(versie.Bron, Is.EqualTo(CoaBron.Import));
        Assert.That(versie.Formulierdatum, Is.EqualTo(new DateOnly(2026, 11, 16)));
        Assert.That(versie.DigidAangevraagd, Is.EqualTo(JaNeeOnbekend.Ja));
        Assert.That(versie.Huisvestingsdatum, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.coa-informatie", ProcessingOperation.Update, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Import_SameFileTwice_ChangesNothing()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        var bestand = CoaTestSteps.Csv(CoaTestSteps.Kop, CoaTestSteps.Regel());
        await CoaTestSteps.ImporteerAsync(_plugin, bestand);
        var version = await _plugin.DossierVersionAsync(dossierId);
        _plugin.ProcessingLog.Clear();

        var result = await CoaTestSteps.ImporteerAsync(_plugin, bestand);

        Assert.That(result.Message!.Nl, Is.EqualTo("1 van de 1 regels zijn geïmporteerd: 0 gewijzigd, 1 ongewijzigd."));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Has.Count.EqualTo(1));
        Assert.That(await _plugin.DossierVersionAsync(dossierId), Is.EqualTo(version));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.coa-informatie", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Import_FileAfterManualEntry_AddsVersionTwo()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());

        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(
            "bsn;formulierdatum;azc_telefoon",
            "999993653;2026-11-30;06-87654321"));

        Assert.That(result.Message!.Nl, Is.EqualTo("1 van de 1 regels zijn geïmporteerd: 1 gewijzigd, 0 ongewijzigd."));
        var versies = await CoaTestSteps.VersiesAsync(_plugin);
        Assert.That(versies.Select(v => v.Bron), Is.EqualTo(new[] { CoaBron.Handmatig, CoaBron.Import }));
        Assert.That(versies[1].AzcTelefoon, Is.EqualTo("06-87654321"));
        Assert.That(versies[1].Formulierdatum, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(versies[1].Bijzonderheden, Is.EqualTo("Tolk Arabisch nodig bij gesprekken."), "a missing column keeps the stored value");
        Assert.That(versies[1].RijbewijsUitgifteStaat, Is.EqualTo("Syrië"), "a missing column keeps the stored value");
    }

    [Test]
    public async Task Import_EmptyCell_ClearsField()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.BijwerkenAsync(_plugin, dossierId, CoaTestSteps.Formulier());

        await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(CoaTestSteps.Kop, CoaTestSteps.Regel(("bijzonderheden", ""))));

        Assert.That((await CoaTestSteps.HuidigAsync(_plugin)).Single().Bijzonderheden, Is.Null);
    }

    [Test]
    public async Task Import_AllOrNothing_StoresNothing()
    {
        await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.RegisterAsync(_plugin, bsn: "999992806");

        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(
            CoaTestSteps.Kop,
            CoaTestSteps.Regel(),
            CoaTestSteps.Regel("999992806", ("digid_aangevraagd", "misschien"), ("azc_email", "bewoner-at-example.nl"))));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => e.FieldKey).Distinct(), Is.EqualTo(new[] { "bestand" }));
        Assert.That(result.Errors.Select(e => e.Message.Nl), Is.EqualTo(new[]
        {
            "Er is niets geïmporteerd: 1 van de 2 regels hebben fouten. Verbeter de regels hieronder en importeer het bestand opnieuw, of kies 'Alleen geldige regels'.",
            "Regel 3, kolom azc_email, waarde 'bewoner-at-example.nl': 'E-mail inburgeraar in het AZC' is geen geldig e-mailadres. Vul een adres in zoals naam@voorbeeld.nl, zonder spaties.",
            "Regel 3, kolom digid_aangevraagd, waarde 'misschien': 'DigiD aangevraagd' kent de waarde niet. Kies een van: Ja, Nee, Onbekend.",
        }));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Import_ValidRowsOnly_StoresGoodRows()
    {
        await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.RegisterAsync(_plugin, bsn: "999992806");

        var result = await CoaTestSteps.ImporteerAsync(
            _plugin,
            CoaTestSteps.Csv(CoaTestSteps.Kop, CoaTestSteps.Regel(), CoaTestSteps.Regel("999992806", ("formulierdatum", "31-11-2026"))),
            modus: "GeldigeRegels");

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo(
            "1 van de 2 regels zijn geïmporteerd: 1 gewijzigd, 0 ongewijzigd. 1 geweigerd: Regel 3, kolom formulierdatum, waarde '31-11-2026': Vul bij 'Datum informatieformulier' een datum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026."));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Import_UnknownBsn_SameErrorAsOtherGemeente()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await CoaTestSteps.RegisterAsync(_plugin, bsn: "999992806");
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(
            CoaTestSteps.Kop,
            CoaTestSteps.Regel("999992806"),
            CoaTestSteps.Regel("999995017")));

        Assert.That(result.Errors.Skip(1).Select(e => e.Message.Nl), Is.EqualTo(new[]
        {
            "Regel 2, kolom bsn: Deze gemeente heeft geen dossier met dit nummer. Registreer de inburgeraar eerst, of controleer het nummer op het informatieformulier.",
            "Regel 3, kolom bsn: Deze gemeente heeft geen dossier met dit nummer. Registreer de inburgeraar eerst, of controleer het nummer op het informatieformulier.",
        }));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Import_Gezinsmigrant_RowIsRejected()
    {
        await CoaTestSteps.RegisterAsync(_plugin, "Gezinsmigrant");

        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(CoaTestSteps.Kop, CoaTestSteps.Regel()));

        Assert.That(result.Errors[1].Message.Nl, Is.EqualTo(
            "Regel 2, kolom bsn: Informatie van het COA geldt alleen voor asielstatushouders. Deze inburgeraar hoort bij de doelgroep gezinsmigrant; er is niets vastgelegd."));
    }

    [Test]
    public async Task Import_SameDossierTwice_RejectsSecondRow()
    {
        await CoaTestSteps.RegisterAsync(_plugin);

        var result = await CoaTestSteps.ImporteerAsync(
            _plugin,
            CoaTestSteps.Csv(CoaTestSteps.Kop, CoaTestSteps.Regel(), CoaTestSteps.Regel(("azc_telefoon", "06-87654321"))),
            modus: "GeldigeRegels");

        Assert.That(result.Message!.Nl, Does.EndWith("1 geweigerd: Regel 3, kolom bsn: Deze regel gaat over dezelfde inburgeraar als regel 2. Laat één regel per inburgeraar staan."));
        Assert.That((await CoaTestSteps.VersiesAsync(_plugin)).Single().AzcTelefoon, Is.EqualTo("06-12345678"));
    }

    [Test]
    public async Task Import_ByVNummer_FindsDossierWithoutBsn()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "0123456789");
        _plugin.ProcessingLog.Clear();

        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(
            "v_nummer;formulierdatum;azc_naam",
            "01.23.45.6789;2026-11-16;AZC Budel-Cranendonck"));

        Assert.That(result.Message!.Nl, Is.EqualTo("1 van de 1 regels zijn geïmporteerd: 1 gewijzigd, 0 ongewijzigd."));
        Assert.That((await CoaTestSteps.VersiesAsync(_plugin)).Single().DossierId, Is.EqualTo(Guid.Parse(registered.NavigateTo!.RecordId!)));
        Assert.That(_plugin.ProcessingLog.Records.Single().Subject, Is.EqualTo(new DataSubject("V-nummer", "0123456789")));
    }

    [Test]
    public async Task Import_BsnWithOtherVNummer_IsRejected()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "0123456789");
        await _plugin.ExecuteAsync("inburgering.koppel-bsn", registered.NavigateTo!.RecordId, ("bsn", "999993653"));

        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(
            "bsn;v_nummer;formulierdatum",
            "999993653;9876543210;2026-11-16"));

        Assert.That(result.Errors[1].Message.Nl, Is.EqualTo(
            "Regel 2, kolom v_nummer: Het BSN en het V-nummer horen bij verschillende inburgeraars. Controleer beide nummers op het informatieformulier."));
        Assert.That(await CoaTestSteps.VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Import_MissingIdColumns_RejectsFile()
    {
        var result = await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv("formulierdatum;azc_naam;land", "2026-11-16;AZC;NL"));

        Assert.That(result.Errors.Select(e => e.Message.Nl), Is.EqualTo(new[]
        {
            "Deze kolommen kent het formaat van de COA-formulieren niet: land. Verwijder ze of gebruik de kolomnamen uit het sjabloon.",
            "Deze verplichte kolommen ontbreken in de kopregel: bsn of v_nummer. Voeg ze toe; het sjabloon heeft alle kolommen.",
        }));
    }

    [Test]
    public async Task ImportScreen_ListsChangedDossiers()
    {
        var dossierId = await CoaTestSteps.RegisterAsync(_plugin);
        await CoaTestSteps.ImporteerAsync(_plugin, CoaTestSteps.Csv(CoaTestSteps.Kop, CoaTestSteps.Regel()));
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.coa-import", null);

        var row = screen!.Sections[0].Elements.OfType<ListElement>().Single().Rows.Single();
        Assert.That(row.Values.Skip(1), Is.EqualTo(new object?[] { new DateOnly(2026, 11, 16), 1, PluginHarness.Now, "Import" }));
        Assert.That(row.Link, Is.EqualTo(new ScreenLink("inburgering.coa", dossierId)));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.coa-importeren" }));
        Assert.That(_plugin.ProcessingLog.Records.Select(r => r.Operation), Is.EqualTo(new[] { ProcessingOperation.Read }));
    }
}
