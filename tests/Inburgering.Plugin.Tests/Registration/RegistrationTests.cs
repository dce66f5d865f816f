using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Tests.TestDoubles;
using TestSupport;

namespace Inburgering.Plugin.Tests.Registration;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class RegistrationTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Register_WithBsn_StoresBrpSnapshot()
    {
        var result = await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant", koppeldatum: "2026-11-20", wetRegime: "Wi2021");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var client = _plugin.Clients.All.Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.dossier", dossier.Id.ToString())));
        Assert.That(result.Message?.Nl, Is.EqualTo("De inburgeraar is geregistreerd."));
        Assert.That(dossier.Gemeente, Is.EqualTo("0599"));
        Assert.That(dossier.Bsn, Is.EqualTo("999993653"));
        Assert.That(dossier.VNummer, Is.Null);
        Assert.That(dossier.ClientId, Is.EqualTo(client.ClientId));
        Assert.That(dossier.Doelgroep, Is.EqualTo(Doelgroep.Gezinsmigrant));
        Assert.That(dossier.Koppeldatum, Is.EqualTo(new DateOnly(2026, 11, 20)));
        Assert.That(dossier.WetRegime, Is.EqualTo(WetRegime.Wi2021));
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Gekoppeld));
        Assert.That(dossier.Naam, Is.EqualTo("Suzanne Moulin"));
        Assert.That(dossier.Voornamen, Is.EqualTo("Suzanne"));
        Assert.That(dossier.Voorvoegsel, Is.Null);
        Assert.That(dossier.Geslachtsnaam, Is.EqualTo("Moulin"));
        Assert.That(dossier.Geboortedatum, Is.EqualTo("19851201"));
        Assert.That(dossier.AdresRegel1, Is.EqualTo("Boterdiep 31"));
        Assert.That(dossier.AdresRegel2, Is.EqualTo("3077 AW  ROTTERDAM"));
        Assert.That(dossier.Nationaliteiten, Is.EqualTo(new[] { "0057" }));
        Assert.That(dossier.GemeenteVanInschrijving, Is.EqualTo("0599"));
        Assert.That(dossier.DatumInschrijvingGemeente, Is.EqualTo("20131105"));
        Assert.That(dossier.BrpOpgevraagdOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(dossier.GeregistreerdOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(dossier.GeregistreerdDoor, Is.EqualTo(TestUser.Id));
        Assert.That(dossier.ConcurrencyStamp, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task Register_WithBsn_RegistersHostClientFromBrp()
    {
        await _plugin.RegisterAsync("999993653");

        var client = _plugin.Clients.All.Single();
        Assert.That(client.Bsn, Is.EqualTo(Bsn.Parse("999993653")));
        Assert.That(client.Name, Is.EqualTo("Suzanne Moulin"));
        Assert.That(_plugin.Clients.BirthDateOf(client.ClientId), Is.EqualTo(PartialDate.FromDate(new DateOnly(1985, 12, 1))));
    }

    [Test]
    public async Task Register_WithBsn_LimitsBrpFields()
    {
        await _plugin.RegisterAsync("999993653");

        Assert.That(_plugin.Brp.LastFields, Is.EquivalentTo(new[]
        {
            "naam", "geboorte", "nationaliteiten", "verblijfplaats", "gemeenteVanInschrijving", "datumInschrijvingInGemeente",
        }));
    }

    [Test]
    public async Task Register_SameBsnTwice_ReturnsExistingDossier()
    {
        var first = await _plugin.RegisterAsync("999993653");

        var second = await _plugin.RegisterAsync("9999.93.653", doelgroep: "OverigeMigrant");

        var dossiers = await _plugin.AllDossiersAsync();
        Assert.That(second.Succeeded, Is.True);
        Assert.That(second.NavigateTo, Is.EqualTo(first.NavigateTo));
        Assert.That(second.Message?.Nl, Is.EqualTo("Er bestaat al een dossier voor dit BSN in deze gemeente. Het formulier is niet opgeslagen; hieronder staat het bestaande dossier."));
        Assert.That(dossiers, Has.Count.EqualTo(1));
        Assert.That(dossiers[0].Doelgroep, Is.EqualTo(Doelgroep.Gezinsmigrant));
        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Register_SameVNummerTwice_ReturnsExistingDossier()
    {
        var first = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");

        var second = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "12 3456 7890");

        Assert.That(second.NavigateTo, Is.EqualTo(first.NavigateTo));
        Assert.That(second.Message?.Nl, Is.EqualTo("Er bestaat al een dossier voor dit V-nummer in deze gemeente. Het formulier is niet opgeslagen; hieronder staat het bestaande dossier."));
        Assert.That(await _plugin.AllDossiersAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Register_ConcurrentSameBsn_ReturnsDossierSavedFirst()
    {
        ActionResult? interleaved = null;
        _plugin.Brp.DuringNextLookup = async () => interleaved = await _plugin.RegisterAsync("999993653");

        var result = await _plugin.RegisterAsync("999993653");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(interleaved?.NavigateTo?.RecordId, Is.EqualTo(dossier.Id.ToString()));
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo?.RecordId, Is.EqualTo(dossier.Id.ToString()));
        Assert.That(result.Message?.Nl, Is.EqualTo("Er bestaat al een dossier voor dit BSN in deze gemeente. Het formulier is niet opgeslagen; hieronder staat het bestaande dossier."));
        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(2));
        Assert.That(_plugin.Clients.All, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Register_OtherGemeente_CreatesSecondDossier()
    {
        var rotterdam = await _plugin.RegisterAsync("999993653");
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var denHaag = await _plugin.RegisterAsync("999993653");

        var dossiers = await _plugin.AllDossiersAsync();
        Assert.That(denHaag.Message?.Nl, Is.EqualTo("De inburgeraar is geregistreerd."));
        Assert.That(denHaag.NavigateTo?.RecordId, Is.Not.EqualTo(rotterdam.NavigateTo?.RecordId));
        Assert.That(dossiers.Select(d => d.Gemeente), Is.EqualTo(new[] { "0518", "0599" }));
        Assert.That(dossiers.Select(d => d.Bsn), Is.EqualTo(new[] { "999993653", "999993653" }));
        Assert.That(dossiers[0].ClientId, Is.Not.EqualTo(dossiers[1].ClientId));
    }

    [Test]
    public async Task OtherGemeente_DoesNotSeeDossier()
    {
        var rotterdam = await _plugin.RegisterAsync("999993653");
        var rotterdamId = rotterdam.NavigateTo!.RecordId;
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", rotterdamId);
        var search = await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", "999993653"));
        var list = await _plugin.LoadScreenAsync("inburgering.dossiers", null);

        Assert.That(screen, Is.Null);
        Assert.That(search.Succeeded, Is.False);
        Assert.That(search.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That(search.Errors.Single().Message.Nl, Does.StartWith("Geen dossier gevonden"));
        Assert.That(ListRows(list), Is.Empty);
    }

    [Test]
    public async Task TwoGemeenten_EachSeeOnlyOwnDossier()
    {
        var rotterdamId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId;
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var denHaagId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId;

        var denHaagSearch = await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", "999993653"));
        var denHaagList = await _plugin.LoadScreenAsync("inburgering.dossiers", null);
        var rotterdamScreenInDenHaag = await _plugin.LoadScreenAsync("inburgering.dossier", rotterdamId);
        _plugin.Tenant.Current = PluginHarness.Rotterdam;
        var rotterdamSearch = await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", "999993653"));
        var rotterdamList = await _plugin.LoadScreenAsync("inburgering.dossiers", null);
        var denHaagScreenInRotterdam = await _plugin.LoadScreenAsync("inburgering.dossier", denHaagId);

        Assert.That(denHaagSearch.NavigateTo?.RecordId, Is.EqualTo(denHaagId));
        Assert.That(ListRows(denHaagList).Select(r => r.Link?.RecordId), Is.EqualTo(new[] { denHaagId }));
        Assert.That(rotterdamScreenInDenHaag, Is.Null);
        Assert.That(rotterdamSearch.NavigateTo?.RecordId, Is.EqualTo(rotterdamId));
        Assert.That(ListRows(rotterdamList).Select(r => r.Link?.RecordId), Is.EqualTo(new[] { rotterdamId }));
        Assert.That(denHaagScreenInRotterdam, Is.Null);
    }

    [Test]
    public async Task NoGemeente_SeesNoDossiers()
    {
        var registered = await _plugin.RegisterAsync("999993653");
        _plugin.Tenant.Current = null;

        var list = await _plugin.LoadScreenAsync("inburgering.dossiers", null);
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);

        Assert.That(ListRows(list), Is.Empty);
        Assert.That(screen, Is.Null);
        Assert.That(await _plugin.AllDossiersAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Register_WithoutGemeente_Throws()
    {
        _plugin.Tenant.Current = null;

        Assert.That(async () => await _plugin.RegisterAsync("999993653"), Throws.InvalidOperationException);
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
    }

    [Test]
    public async Task Register_BrpNotFound_SavesNothing()
    {
        var result = await _plugin.RegisterAsync("111222333");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Het BRP kent dit BSN niet."));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
        Assert.That(_plugin.Clients.All, Is.Empty);
    }

    [Test]
    public async Task Register_BrpFailed_SavesNothing()
    {
        _plugin.Brp.FailureProblem = "The BRP did not answer within 10 seconds.";

        var result = await _plugin.RegisterAsync("999993653");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo(""));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De BRP is niet bereikbaar, dus er is niets opgeslagen."));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
        Assert.That(_plugin.Clients.All, Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Register_KoppeldatumAfterToday_IsRejected()
    {
        var result = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-12-05");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("koppeldatum"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De koppeldatum ligt na vandaag (4 december 2026)."));
        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(0));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
    }

    [Test]
    public async Task Register_KoppeldatumBefore2013_IsRejected()
    {
        var result = await _plugin.RegisterAsync("999993653", koppeldatum: "2012-12-31", wetRegime: "Wi2013");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("koppeldatum"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De koppeldatum ligt vóór 1 januari 2013"));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
    }

    [TestCase("2021-12-31", "Wi2021", false)]
    [TestCase("2021-12-31", "Wi2013", true)]
    [TestCase("2022-01-01", "Wi2021", true)]
    [TestCase("2024-03-01", "Wi2013", true)]
    public async Task Register_WetRegimeBeforeItsStart_IsRejected(string koppeldatum, string wetRegime, bool accepted)
    {
        var result = await _plugin.RegisterAsync("999993653", koppeldatum: koppeldatum, wetRegime: wetRegime);

        Assert.That(result.Succeeded, Is.EqualTo(accepted));
        if (!accepted)
        {
            Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("wetRegime"));
            Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De Wet inburgering 2021 geldt voor wie op of na 1 januari 2022 inburgeringsplichtig werd"));
        }
    }

    [Test]
    public async Task Register_KoppeldatumTodayInAmsterdam_IsAccepted()
    {
        // 23:30 UTC on 4 December is 00:30 on 5 December in Amsterdam.
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero));

        var result = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-12-05");

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().Koppeldatum, Is.EqualTo(new DateOnly(2026, 12, 5)));
    }

    [Test]
    public async Task Register_KoppeldatumInDutchFormat_IsAccepted()
    {
        await _plugin.RegisterAsync("999993653", koppeldatum: "20-11-2026");

        Assert.That((await _plugin.AllDossiersAsync()).Single().Koppeldatum, Is.EqualTo(new DateOnly(2026, 11, 20)));
    }

    [TestCase("2026-02-30")]
    [TestCase("gisteren")]
    [TestCase("11/20/2026")]
    public async Task Register_KoppeldatumNotADate_IsRejected(string koppeldatum)
    {
        var result = await _plugin.RegisterAsync("999993653", koppeldatum: koppeldatum);

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("koppeldatum"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De koppeldatum is geen geldige datum."));
    }

    [Test]
    public async Task Register_EmptyForm_NamesEveryMissingField()
    {
        var result = await _plugin.RegisterAsync(null, doelgroep: null, koppeldatum: null, wetRegime: null);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bsn", "doelgroep", "koppeldatum", "wetRegime" }));
        Assert.That(result.Errors[0].Message.Nl, Does.Contain("vul dan het V-nummer in"));
    }

    [TestCase("Wi2030")]
    [TestCase("1")]
    public async Task Register_UnknownWetRegime_IsRejected(string wetRegime)
    {
        var result = await _plugin.RegisterAsync("999993653", wetRegime: wetRegime);

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("wetRegime"));
    }

    [Test]
    public async Task Register_UnknownDoelgroep_IsRejected()
    {
        var result = await _plugin.RegisterAsync("999993653", doelgroep: "Expat");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("doelgroep"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Kies de doelgroep"));
    }

    [Test]
    public async Task Register_BsnAndVNummer_IsRejectedOnVNummer()
    {
        var result = await _plugin.RegisterAsync("999993653", doelgroep: "Asielstatushouder", vnummer: "1234567890");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("vnummer"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Vul een BSN of een V-nummer in, niet allebei."));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
    }

    [Test]
    public async Task Register_VNummerForGezinsmigrant_IsRejected()
    {
        var result = await _plugin.RegisterAsync(null, doelgroep: "Gezinsmigrant", vnummer: "1234567890");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("vnummer"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Alleen een asielstatushouder kan zonder BSN worden geregistreerd"));
        Assert.That(await _plugin.AllDossiersAsync(), Is.Empty);
    }

    [Test]
    public async Task Register_InvalidVNummer_IsRejected()
    {
        var result = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "123456789");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("vnummer"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Een V-nummer heeft 10 cijfers"));
    }

    [Test]
    public async Task Register_VNummerForAsielstatushouder_CreatesDossierWithoutBrp()
    {
        var result = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "12.3456.7890");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(result.NavigateTo?.RecordId, Is.EqualTo(dossier.Id.ToString()));
        Assert.That(dossier.VNummer, Is.EqualTo("1234567890"));
        Assert.That(dossier.Bsn, Is.Null);
        Assert.That(dossier.ClientId, Is.Null);
        Assert.That(dossier.Naam, Is.Null);
        Assert.That(dossier.BrpOpgevraagdOp, Is.Null);
        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(0));
        Assert.That(_plugin.Clients.All, Is.Empty);
    }

    [Test]
    public async Task KoppelBsn_VNummerDossier_AddsBrpData()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");
        var dossierId = registered.NavigateTo!.RecordId;

        var result = await _plugin.ExecuteAsync("inburgering.koppel-bsn", dossierId, ("bsn", "999992806"));

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.dossier", dossierId)));
        Assert.That(result.Message?.Nl, Does.StartWith("Het BSN is aan het dossier gekoppeld"));
        Assert.That(dossier.Bsn, Is.EqualTo("999992806"));
        Assert.That(dossier.VNummer, Is.EqualTo("1234567890"));
        Assert.That(dossier.Naam, Is.EqualTo("Roukshana Najia Bhutto"));
        Assert.That(dossier.ClientId, Is.EqualTo(_plugin.Clients.All.Single().ClientId));
        Assert.That(dossier.BrpOpgevraagdOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(dossier.Doelgroep, Is.EqualTo(Doelgroep.Asielstatushouder));
    }

    [Test]
    public async Task KoppelBsn_BsnOfOtherDossier_IsRejected()
    {
        await _plugin.RegisterAsync("999992806", doelgroep: "Asielstatushouder");
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");

        var result = await _plugin.ExecuteAsync("inburgering.koppel-bsn", registered.NavigateTo!.RecordId, ("bsn", "999992806"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Er bestaat al een ander dossier met dit BSN in deze gemeente."));
        Assert.That((await _plugin.AllDossiersAsync()).Count(d => d.Bsn == "999992806"), Is.EqualTo(1));
    }

    [Test]
    public async Task KoppelBsn_DossierWithBsn_IsRejected()
    {
        var registered = await _plugin.RegisterAsync("999993653");

        var result = await _plugin.ExecuteAsync("inburgering.koppel-bsn", registered.NavigateTo!.RecordId, ("bsn", "999992806"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit dossier heeft al een BSN."));
    }

    [Test]
    public async Task KoppelBsn_DossierOfOtherGemeente_IsRejected()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.ExecuteAsync("inburgering.koppel-bsn", registered.NavigateTo!.RecordId, ("bsn", "999992806"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo(""));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit dossier bestaat niet in deze gemeente."));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Bsn, Is.Null);
    }

    [Test]
    public async Task KoppelBsn_BrpNotFound_SavesNothing()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");

        var result = await _plugin.ExecuteAsync("inburgering.koppel-bsn", registered.NavigateTo!.RecordId, ("bsn", "111222333"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Bsn, Is.Null);
        Assert.That(_plugin.Clients.All, Is.Empty);
    }

    [Test]
    public async Task Register_PartialBirthDate_KeepsUnknownParts()
    {
        var registered = await _plugin.RegisterAsync("999992806", doelgroep: "Asielstatushouder");

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);

        var geboortedatum = FieldValue(screen, "geboortedatum");
        Assert.That((await _plugin.AllDossiersAsync()).Single().Geboortedatum, Is.EqualTo("19680000"));
        Assert.That(geboortedatum, Is.TypeOf<PartialDate>());
        Assert.That(((PartialDate)geboortedatum!).Year, Is.EqualTo(1968));
        Assert.That(((PartialDate)geboortedatum!).Month, Is.Null);
        Assert.That(((PartialDate)geboortedatum!).Day, Is.Null);
        Assert.That(_plugin.Clients.BirthDateOf(_plugin.Clients.All.Single().ClientId), Is.EqualTo(PartialDate.FromYear(1968)));
    }

    [Test]
    public async Task Register_WithBsn_RecordsRetrieveAndCreate()
    {
        await _plugin.RegisterAsync("999993653");

        var bsn = DataSubject.FromBsn(Bsn.Parse("999993653"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Retrieve, bsn),
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Create, bsn),
        }));
    }

    [Test]
    public async Task Register_BrpNotFound_RecordsRetrieveOnly()
    {
        await _plugin.RegisterAsync("111222333");

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Retrieve, DataSubject.FromBsn(Bsn.Parse("111222333"))),
        }));
    }

    [Test]
    public async Task Register_WithVNummer_RecordsCreateForVNummer()
    {
        await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Create, new DataSubject("V-nummer", "1234567890")),
        }));
    }

    [Test]
    public async Task KoppelBsn_RecordsRetrieveAndUpdate()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");
        _plugin.ProcessingLog.Clear();

        await _plugin.ExecuteAsync("inburgering.koppel-bsn", registered.NavigateTo!.RecordId, ("bsn", "999992806"));

        var bsn = DataSubject.FromBsn(Bsn.Parse("999992806"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Retrieve, bsn),
            new ProcessingRecord("inburgering.registratie", ProcessingOperation.Update, bsn),
        }));
    }

    [Test]
    public async Task DossierScreen_RecordsRead()
    {
        var registered = await _plugin.RegisterAsync("999993653");
        _plugin.ProcessingLog.Clear();

        await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Read, DataSubject.FromBsn(Bsn.Parse("999993653"))),
        }));
    }

    [Test]
    public async Task Zoek_KnownBsn_OpensDossier()
    {
        var registered = await _plugin.RegisterAsync("999993653");
        _plugin.ProcessingLog.Clear();

        var result = await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", "999 993 653"));

        Assert.That(result.NavigateTo, Is.EqualTo(registered.NavigateTo));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Search, DataSubject.FromBsn(Bsn.Parse("999993653"))),
        }));
    }

    [Test]
    public async Task Zoek_UnknownBsn_ReturnsErrorAndRecordsSearch()
    {
        var result = await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", "999993653"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Geen dossier gevonden voor dit BSN in deze gemeente. Controleer het BSN, of registreer de inburgeraar."));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.dossierbeheer", ProcessingOperation.Search, DataSubject.FromBsn(Bsn.Parse("999993653"))),
        }));
    }

    private static IReadOnlyList<ListRow> ListRows(ScreenContent? content) =>
        content!.Sections.SelectMany(s => s.Elements).OfType<ListElement>().Single().Rows;

    private static object? FieldValue(ScreenContent? content, string key) =>
        content!.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().Single(f => f.Field.Key == key).Value;
}
