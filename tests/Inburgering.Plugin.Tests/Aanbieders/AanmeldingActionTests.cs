using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Tests.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Aanbieders;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class AanmeldingActionTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;
    private Aanbieder _brug = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await VoortgangHarness.RegisterAsync(_plugin);
        _brug = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Aanmelden_ValidInput_StoresAanmelding()
    {
        var before = await _plugin.DossierVersionAsync(_dossierId);

        var result = await AanmeldenAsync(_brug.Id.ToString(), "TAAL", "2026-11-23");

        var aanmelding = (await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.aanmeldingen", _dossierId)));
        Assert.That(result.Message, Is.EqualTo(new LocalizedText(
            "Aangemeld bij Taalschool De Brug voor TAAL vanaf 23-11-2026.",
            "Referred to Taalschool De Brug for TAAL from 23-11-2026.")));
        Assert.That(aanmelding.DossierId, Is.EqualTo(Guid.Parse(_dossierId)));
        Assert.That(aanmelding.AanbiederId, Is.EqualTo(_brug.Id));
        Assert.That(aanmelding.Gemeente, Is.EqualTo("0599"));
        Assert.That(aanmelding.Onderdeel, Is.EqualTo(Cursusonderdeel.Taal));
        Assert.That(aanmelding.Startdatum, Is.EqualTo(new DateOnly(2026, 11, 23)));
        Assert.That(aanmelding.Einddatum, Is.Null);
        Assert.That(aanmelding.AangemeldDoor, Is.EqualTo("medewerker-17"));
        Assert.That(await _plugin.DossierVersionAsync(_dossierId), Is.Not.EqualTo(before), "a referral gives the dossier a new version");
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.aanmelding", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Aanmelden_DutchDate_IsAccepted()
    {
        var result = await AanmeldenAsync(_brug.Id.ToString(), "KNM", "1-12-2026");

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single().Startdatum, Is.EqualTo(new DateOnly(2026, 12, 1)));
    }

    [Test]
    public async Task Aanmelden_OnKoppeldatum_IsAccepted()
    {
        var onKoppeldatum = await AanmeldenAsync(_brug.Id.ToString(), "KNM", "2026-11-20");
        var dayBefore = await AanmeldenAsync(_brug.Id.ToString(), "TAAL", "2026-11-19");

        Assert.That(onKoppeldatum.Succeeded, Is.True);
        Assert.That(dayBefore.Errors, Is.EqualTo(new[]
        {
            new FieldError("startdatum", new LocalizedText(
                "De startdatum mag niet voor de koppeldatum (20-11-2026) liggen. Kies een latere datum.",
                "The start date cannot be before the koppeldatum (20-11-2026). Choose a later date.")),
        }));
    }

    [Test]
    public async Task Aanmelden_SecondRunning_IsRejected()
    {
        await AanmeldenAsync(_brug.Id.ToString(), "TAAL", "2026-11-23");
        var nummer = AanmeldingNummer.Van((await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single());

        var result = await AanmeldenAsync(_brug.Id.ToString(), "TAAL", "2026-12-01");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("onderdeel", new LocalizedText(
                $"Deze inburgeraar is al aangemeld bij Taalschool De Brug voor TAAL (aanmelding {nummer}, sinds 23-11-2026). Beëindig die aanmelding eerst, of kies een ander onderdeel.",
                $"This integration client is already referred to Taalschool De Brug for TAAL (referral {nummer}, since 23-11-2026). End that referral first, or choose another part.")),
        }));
        Assert.That(await AanbiederSteps.AllAanmeldingenAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Aanmelden_AfterEnded_IsAccepted()
    {
        await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id, Cursusonderdeel.Taal, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 30));
        var noord = await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90059902");
        await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), noord.Id, Cursusonderdeel.Taal);

        var result = await AanmeldenAsync(_brug.Id.ToString(), "TAAL", "2026-12-01");

        Assert.That(result.Succeeded, Is.True);
        Assert.That(await AanbiederSteps.AllAanmeldingenAsync(_plugin), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Aanmelden_InactiveOrUnknownAanbieder_NamesField()
    {
        var oud = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool Oud", "90059903", actief: false);
        var expected = new[]
        {
            new FieldError("aanbieder", new LocalizedText("Kies een actieve aanbieder uit de lijst.", "Choose an active course provider from the list.")),
        };

        var inactive = await AanmeldenAsync(oud.Id.ToString(), "TAAL", "2026-11-23");
        var unknown = await AanmeldenAsync(Guid.NewGuid().ToString(), "TAAL", "2026-11-23");

        Assert.That(inactive.Errors, Is.EqualTo(expected));
        Assert.That(unknown.Errors, Is.EqualTo(expected));
    }

    [Test]
    public async Task Aanmelden_InvalidOnderdeelAndDate_NamesBothFields()
    {
        var result = await AanmeldenAsync(_brug.Id.ToString(), "Taal", "31-11-2026");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("onderdeel", new LocalizedText("Kies het onderdeel uit de lijst.", "Choose the part from the list.")),
            new FieldError("startdatum", new LocalizedText(
                "Vul de startdatum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "Enter the start date as dd-mm-yyyy, for example 04-12-2026.")),
        }));
    }

    [Test]
    public async Task Aanmelden_ClosedDossier_IsRejected()
    {
        await VoortgangHarness.SetStatusAsync(_plugin, _dossierId, DossierStatus.Voldaan);

        var result = await AanmeldenAsync(_brug.Id.ToString(), "TAAL", "2026-11-23");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("", new LocalizedText(
                "Dit dossier is afgesloten; aanmeldingen kunnen niet meer worden gewijzigd.",
                "This dossier is closed; referrals can no longer be changed.")),
        }));
        Assert.That(await AanbiederSteps.AllAanmeldingenAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Aanmelden_RestrictedDossier_IsRejected()
    {
        await RestrictAsync();

        var result = await AanmeldenAsync(_brug.Id.ToString(), "TAAL", "2026-11-23");

        Assert.That(result.Errors, Is.EqualTo(new[] { new FieldError("", BeperkingNotice.Text) }));
        Assert.That(await AanbiederSteps.AllAanmeldingenAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Aanmelden_StaleVersion_ReturnsConflict()
    {
        var seen = await _plugin.DossierVersionAsync(_dossierId);
        await AanmeldenAsync(_brug.Id.ToString(), "KNM", "2026-11-23");

        var stale = await _plugin.ExecuteVersionedAsync(
            "inburgering.aanmelden", _dossierId, seen, ("aanbieder", _brug.Id.ToString()), ("onderdeel", "TAAL"), ("startdatum", "2026-11-23"));

        Assert.That(stale.IsConflict, Is.True);
        Assert.That(await AanbiederSteps.AllAanmeldingenAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Aanmelden_Choices_AreActiveAanbiedersOfGemeente()
    {
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool Oud", "90059903", actief: false);
        var zuid = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug Zuid", "90059904", "000012345678");
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90051801");
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        await using var scope = _plugin.Services.CreateAsyncScope();
        var action = scope.ServiceProvider.GetServices<IActionHandler>().Single(a => a.Definition.Id == "inburgering.aanmelden");

        var aanbieder = action.Definition.Inputs.Single(i => i.Key == "aanbieder");
        Assert.That(aanbieder.Type, Is.EqualTo(FieldType.Choice));
        Assert.That(aanbieder.Choices, Is.EqualTo(new[]
        {
            new ChoiceOption(_brug.Id.ToString(), new LocalizedText("Taalschool De Brug (KvK 90059901)", "Taalschool De Brug (KvK 90059901)")),
            new ChoiceOption(zuid.Id.ToString(), new LocalizedText(
                "Taalschool De Brug Zuid (KvK 90059904, vestiging 000012345678)",
                "Taalschool De Brug Zuid (KvK 90059904, vestiging 000012345678)")),
        }));
    }

    [Test]
    public async Task Beeindigen_RunningAanmelding_SetsEinddatum()
    {
        var aanmelding = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id, Cursusonderdeel.Taal, new DateOnly(2026, 11, 23));
        var nummer = AanmeldingNummer.Van(aanmelding);

        var result = await BeeindigenAsync(nummer.ToUpperInvariant(), "04-12-2026");

        var stored = (await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message, Is.EqualTo(new LocalizedText($"Aanmelding {nummer} is beëindigd op 04-12-2026.", $"Referral {nummer} ended on 04-12-2026.")));
        Assert.That(stored.Einddatum, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(stored.Version, Is.EqualTo(1));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.aanmelding", ProcessingOperation.Update, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Beeindigen_OnStartdatum_IsAccepted()
    {
        var aanmelding = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id, Cursusonderdeel.Taal, new DateOnly(2026, 11, 23));

        var result = await BeeindigenAsync(AanmeldingNummer.Van(aanmelding), "2026-11-23");

        Assert.That(result.Succeeded, Is.True);
    }

    [TestCase("2026-11-22")]
    [TestCase("2026-12-05")]
    public async Task Beeindigen_OutsideStartToToday_NamesEinddatum(string einddatum)
    {
        var aanmelding = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id, Cursusonderdeel.Taal, new DateOnly(2026, 11, 23));

        var result = await BeeindigenAsync(AanmeldingNummer.Van(aanmelding), einddatum);

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("einddatum", new LocalizedText(
                "De einddatum moet tussen de startdatum (23-11-2026) en vandaag (04-12-2026) liggen. Kies een datum in die periode.",
                "The end date must lie between the start date (23-11-2026) and today (04-12-2026). Choose a date in that period.")),
        }));
        Assert.That((await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single().Einddatum, Is.Null);
    }

    [Test]
    public async Task Beeindigen_UnknownNummer_NamesField()
    {
        await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id);

        var result = await BeeindigenAsync("abc", "2026-12-01");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("aanmelding", new LocalizedText(
                "Dit dossier heeft geen aanmelding met nummer 'abc'. Neem het aanmeldingsnummer (acht tekens) over uit de lijst met aanmeldingen.",
                "This dossier has no referral with number 'abc'. Copy the referral number (eight characters) from the list of referrals.")),
        }));
    }

    [Test]
    public async Task Beeindigen_OtherDossiersAanmelding_IsNotFound()
    {
        var otherDossier = await _plugin.RegisterAsync("999995017");
        var other = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(otherDossier.NavigateTo!.RecordId!), _brug.Id);

        var result = await BeeindigenAsync(AanmeldingNummer.Van(other), "2026-12-01");

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("aanmelding"));
        Assert.That((await AanbiederSteps.AllAanmeldingenAsync(_plugin)).Single().Einddatum, Is.Null);
    }

    [Test]
    public async Task Beeindigen_AlreadyEnded_NamesField()
    {
        var aanmelding = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id, einddatum: new DateOnly(2026, 11, 30));
        var nummer = AanmeldingNummer.Van(aanmelding);

        var result = await BeeindigenAsync(nummer, "2026-12-01");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("aanmelding", new LocalizedText(
                $"Aanmelding {nummer} is al beëindigd op 30-11-2026. Kies een lopende aanmelding.",
                $"Referral {nummer} already ended on 30-11-2026. Choose a running referral.")),
        }));
    }

    [Test]
    public async Task Beeindigen_InvalidDate_NamesField()
    {
        var aanmelding = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id);

        var result = await BeeindigenAsync(AanmeldingNummer.Van(aanmelding), "gisteren");

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new FieldError("einddatum", new LocalizedText(
                "Vul de einddatum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "Enter the end date as dd-mm-yyyy, for example 04-12-2026.")),
        }));
    }

    [Test]
    public async Task Beeindigen_RestrictedDossier_IsRejected()
    {
        var aanmelding = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id);
        await RestrictAsync();

        var result = await BeeindigenAsync(AanmeldingNummer.Van(aanmelding), "2026-12-01");

        Assert.That(result.Errors, Is.EqualTo(new[] { new FieldError("", BeperkingNotice.Text) }));
    }

    [Test]
    public async Task AanmeldingenScreen_ListsAanmeldingenAndActions()
    {
        var knm = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id, Cursusonderdeel.Knm, new DateOnly(2026, 11, 30));
        var taal = await AanbiederSteps.AddAanmeldingAsync(_plugin, Guid.Parse(_dossierId), _brug.Id, Cursusonderdeel.Taal, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27));

        var screen = await _plugin.LoadScreenAsync("inburgering.aanmeldingen", _dossierId);

        var list = screen!.Sections[0].Elements.OfType<ListElement>().Single();
        Assert.That(screen.Heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(screen.Version, Is.EqualTo(await _plugin.DossierVersionAsync(_dossierId)));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.aanmelden", "inburgering.aanmelding-beeindigen" }));
        Assert.That(screen.ActionValues, Is.EqualTo(new Dictionary<string, string?> { ["aanmelding"] = AanmeldingNummer.Van(knm) }));
        Assert.That(list.Rows.Select(r => r.Values), Is.EqualTo(new[]
        {
            new object?[] { AanmeldingNummer.Van(knm), "Taalschool De Brug", "KNM", new DateOnly(2026, 11, 30), null },
            new object?[] { AanmeldingNummer.Van(taal), "Taalschool De Brug", "TAAL", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27) },
        }));
        Assert.That(list.Rows[0].Link, Is.EqualTo(new ScreenLink("inburgering.aanbieder", _brug.Id.ToString())));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.aanmelding", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task AanmeldingenScreen_ClosedDossier_OffersNoActions()
    {
        await VoortgangHarness.SetStatusAsync(_plugin, _dossierId, DossierStatus.Vertrokken);

        var screen = await _plugin.LoadScreenAsync("inburgering.aanmeldingen", _dossierId);

        Assert.That(screen!.Actions, Is.Empty);
        Assert.That(screen.Sections[1].Elements, Is.EqualTo(new[] { new TextElement(AanmeldingEditor.Afgesloten.Message) }));
    }

    [Test]
    public async Task AanmeldingenScreen_RestrictedDossier_IsRefused()
    {
        await RestrictAsync();

        var screen = await _plugin.LoadScreenAsync("inburgering.aanmeldingen", _dossierId);

        Assert.That(screen!.IsRefused, Is.True);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task DossierScreen_LinksToAanmeldingen()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        var links = screen!.Sections.SelectMany(s => s.Elements).OfType<ListElement>().SelectMany(l => l.Rows).Select(r => r.Link);
        Assert.That(links, Does.Contain(new ScreenLink("inburgering.aanmeldingen", _dossierId)));
    }

    private async Task<ActionResult> AanmeldenAsync(string aanbieder, string onderdeel, string startdatum) =>
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.aanmelden", _dossierId, ("aanbieder", aanbieder), ("onderdeel", onderdeel), ("startdatum", startdatum));

    private async Task<ActionResult> BeeindigenAsync(string nummer, string einddatum) =>
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.aanmelding-beeindigen", _dossierId, ("aanmelding", nummer), ("einddatum", einddatum));

    private async Task RestrictAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == Guid.Parse(_dossierId));
        dossier.BeperktOp = new DateOnly(2026, 12, 1);
        await db.SaveChangesAsync();
        _plugin.ProcessingLog.Clear();
    }
}
