using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Tests.Aanbieders;
using Inburgering.Plugin.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Portaal;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PortaalTests(DatabaseProvider provider)
{
    private RecordingLeveringVerwerker _verwerker = null!;
    private PluginHarness _plugin = null!;
    private Guid _suzanne;
    private Aanbieder _brug = null!;
    private Aanmelding _taal = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _verwerker = new RecordingLeveringVerwerker();
        var verwerker = _verwerker;
        _plugin = await PluginHarness.StartAsync(
            provider,
            replaceServices: services => services.AddScoped<ILeveringVerwerker>(_ => verwerker));
        _suzanne = Guid.Parse((await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!);
        _brug = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        _taal = await AanbiederSteps.AddAanmeldingAsync(_plugin, _suzanne, _brug.Id, Cursusonderdeel.Taal, new DateOnly(2026, 11, 23));
        _plugin.User.Organisation = "90059901";
        _plugin.User.Granted = new HashSet<string> { "inburgering.aanleveren" };
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task MijnCursisten_ShowsOnlyOwnStudents()
    {
        var (_, andereGemeente) = await AddOthersAsync();
        await PortaalSteps.AddMeldingAsync(_plugin, _taal, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30), 10m);
        var knm = await AanbiederSteps.AddAanmeldingAsync(_plugin, _suzanne, _brug.Id, Cursusonderdeel.Knm, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1));
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.mijn-cursisten", null);

        var list = screen!.Sections.Single().Elements.OfType<ListElement>().Single();
        Assert.That(list.Columns.Select(c => c.Key), Is.EqualTo(new[] { "naam", "bsn", "onderdeel", "startdatum", "einddatum", "laatstePeildatum" }));
        Assert.That(list.Rows.Select(r => r.Values), Is.EqualTo(new[]
        {
            new object?[] { "Suzanne Moulin", "999993653", "TAAL", new DateOnly(2026, 11, 23), null, new DateOnly(2026, 11, 30) },
            new object?[] { "Suzanne Moulin", "999993653", "KNM", new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), null },
        }));
        Assert.That(list.Rows.Select(r => r.Link), Is.EqualTo(new[]
        {
            new ScreenLink("inburgering.cursist", _taal.Id.ToString()),
            new ScreenLink("inburgering.cursist", knm.Id.ToString()),
        }));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.aanmelding", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
        Assert.That(andereGemeente, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task MijnCursisten_LeavesOutRestrictedDossier()
    {
        await RestrictAsync(_suzanne);

        var screen = await _plugin.LoadScreenAsync("inburgering.mijn-cursisten", null);

        Assert.That(screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows, Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task MijnCursisten_Staff_ShowsNoStudents()
    {
        _plugin.User.Organisation = null;

        var screen = await _plugin.LoadScreenAsync("inburgering.mijn-cursisten", null);

        Assert.That(screen!.Sections.Single().Elements.OfType<ListElement>(), Is.Empty);
        Assert.That(screen.Sections.Single().Elements.OfType<TextElement>().Single().Text.Nl, Is.EqualTo(
            "Uw account hoort bij geen actieve aanbieder van deze gemeente, dus u ziet hier geen cursisten. Neem contact op met de gemeente als dat niet klopt."));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task MijnCursisten_InactiveAanbieder_ShowsNoStudents()
    {
        await AanbiederSteps.WithDbAsync(_plugin, async db =>
        {
            var aanbieder = await db.Aanbieders.SingleAsync();
            aanbieder.Actief = false;
            await db.SaveChangesAsync();
        });

        var screen = await _plugin.LoadScreenAsync("inburgering.mijn-cursisten", null);

        Assert.That(screen!.Sections.Single().Elements.OfType<ListElement>(), Is.Empty);
    }

    [Test]
    public async Task Cursist_OwnAanmelding_ShowsPeriodsAndForm()
    {
        var oktober = await PortaalSteps.AddMeldingAsync(_plugin, _taal, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 12m, Vaardigheidsniveau.A1, PluginHarness.Now.AddDays(-30));
        var fout = await PortaalSteps.AddMeldingAsync(_plugin, _taal, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 99m, Vaardigheidsniveau.A1, PluginHarness.Now.AddDays(-3));
        var correctie = await PortaalSteps.AddMeldingAsync(_plugin, _taal, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 20.5m, Vaardigheidsniveau.A2, PluginHarness.Now.AddDays(-1));
        await PortaalSteps.VervangAsync(_plugin, fout, correctie);

        var screen = await _plugin.LoadScreenAsync("inburgering.cursist", _taal.Id.ToString());

        var gegevens = screen!.Sections[0].Elements.OfType<FieldElement>().ToDictionary(f => f.Field.Key, f => f.Value);
        var perioden = screen.Sections[1].Elements.OfType<ListElement>().Single();
        Assert.That(screen.Heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(gegevens["bsn"], Is.EqualTo("999993653"));
        Assert.That(gegevens["onderdeel"], Is.EqualTo("TAAL"));
        Assert.That(gegevens["naam"], Is.EqualTo("Suzanne Moulin"));
        Assert.That(perioden.Rows.Select(r => (r.Values[0], r.Values[1], r.Values[3], r.Values[7], r.Values[11])), Is.EqualTo(new (object?, object?, object?, object?, object?)[]
        {
            (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 20.5m, "A2", false),
            (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 99m, "A1", true),
            (new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 12m, "A1", false),
        }));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.aanwezigheid-leveren" }));
        Assert.That(screen.ActionValues["periodeVan"], Is.EqualTo("2026-11-01"));
        Assert.That(screen.ActionValues["periodeTot"], Is.EqualTo("2026-11-30"));
        Assert.That(screen.ActionValues["urenGevolgdFysiek"], Is.EqualTo("20.5"));
        Assert.That(screen.ActionValues["urenOngeoorloofdVerzuim"], Is.EqualTo("0.25"));
        Assert.That(screen.ActionValues["niveauLezen"], Is.EqualTo("A2"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.aanmelding", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
        Assert.That(oktober.Id, Is.Not.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task Cursist_OtherAanbieder_ReturnsNull()
    {
        var (anderAanbieder, _) = await AddOthersAsync();

        var screen = await _plugin.LoadScreenAsync("inburgering.cursist", anderAanbieder.ToString());

        Assert.That(screen, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Cursist_OtherGemeente_ReturnsNull()
    {
        var (_, andereGemeente) = await AddOthersAsync();

        var screen = await _plugin.LoadScreenAsync("inburgering.cursist", andereGemeente.ToString());

        Assert.That(screen, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("90059902")]
    [TestCase("90059901/000087654321x")]
    public async Task Cursist_WithoutOwnAanbieder_ReturnsNull(string? organisation)
    {
        _plugin.User.Organisation = organisation;

        var screen = await _plugin.LoadScreenAsync("inburgering.cursist", _taal.Id.ToString());

        Assert.That(screen, Is.Null);
    }

    [Test]
    public async Task Cursist_RestrictedDossier_IsRefused()
    {
        await RestrictAsync(_suzanne);

        var screen = await _plugin.LoadScreenAsync("inburgering.cursist", _taal.Id.ToString());

        Assert.That(screen!.IsRefused, Is.True);
        Assert.That(screen.Actions, Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Leveren_ValidForm_PassesRowToVerwerker()
    {
        var result = await LeverAsync(_taal.Id, ("periodeVan", "1-11-2026"), ("periodeTot", "30-11-2026"), ("urenAangeboden", "40"),
            ("urenGevolgdFysiek", "30"), ("urenGevolgdOnline", "4.5"), ("urenGeoorloofdVerzuim", "2"), ("urenOngeoorloofdVerzuim", "3.5"),
            ("niveauLezen", "A2"));

        var (invoer, regels) = _verwerker.Leveringen.Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.cursist", _taal.Id.ToString())));
        Assert.That(result.Message, Is.EqualTo(new LocalizedText(
            "De gegevens over 01-11-2026 tot en met 30-11-2026 zijn ontvangen.",
            "The data for 01-11-2026 to 30-11-2026 were received.")));
        Assert.That(invoer.Kanaal, Is.EqualTo(LeveringKanaal.Portaal));
        Assert.That(invoer.Modus, Is.EqualTo(LeveringModus.AllesOfNiets));
        Assert.That(invoer.AanbiederId, Is.Null);
        Assert.That(invoer.Referentie, Does.Match("^portaal-[0-9a-f]{32}$"));
        Assert.That(regels.Single().Regelnummer, Is.EqualTo(1));
        Assert.That(regels.Single().Waarde("levering_id"), Is.EqualTo(invoer.Referentie));
        Assert.That(regels.Single().Waarde("bsn"), Is.EqualTo("999993653"));
        Assert.That(regels.Single().Waarde("aanbieder_kvk"), Is.EqualTo("90059901"));
        Assert.That(regels.Single().Waarde("vestigingsnummer"), Is.Null);
        Assert.That(regels.Single().Waarde("onderdeel"), Is.EqualTo("TAAL"));
        Assert.That(regels.Single().Waarde("periode_van"), Is.EqualTo("2026-11-01"));
        Assert.That(regels.Single().Waarde("periode_tot"), Is.EqualTo("2026-11-30"));
        Assert.That(regels.Single().Waarde("uren_gevolgd_online"), Is.EqualTo("4.5"));
        Assert.That(regels.Single().Waarde("niveau_lezen"), Is.EqualTo("A2"));
        Assert.That(regels.Single().Waarde("niveau_spreken"), Is.Null);
    }

    [Test]
    public async Task Leveren_TwiceSamePeriod_UsesNewReferences()
    {
        await LeverAsync(_taal.Id, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"));
        await LeverAsync(_taal.Id, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"));

        Assert.That(_verwerker.Leveringen.Select(l => l.Invoer.Referentie).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task Leveren_VerwerkerErrors_ShowAtFields()
    {
        var urenFout = new LocalizedText("Regel 1, kolom uren_gevolgd_fysiek: te veel uren.", "Row 1, column uren_gevolgd_fysiek: too many hours.");
        var bsnFout = new LocalizedText("Regel 1: geen lopende aanmelding.", "Row 1: no running referral.");
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(Guid.Empty, LeveringStatus.Geweigerd, regels.Count, 0,
        [
            new LeveringFoutmelding(1, "uren_gevolgd_fysiek", "90", "te-veel", urenFout),
            new LeveringFoutmelding(1, "bsn", "999993653", "niet-aangemeld", bsnFout),
        ]);

        var result = await LeverAsync(_taal.Id, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"), ("urenGevolgdFysiek", "90"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors, Is.EqualTo(new[] { new FieldError("urenGevolgdFysiek", urenFout), new FieldError("", bsnFout) }));
    }

    [Test]
    public async Task Leveren_Refused_ShowsReasonForForm()
    {
        var reden = new LocalizedText("Uw organisatie is geen aanbieder van deze gemeente.", "Your organisation is not a course provider of this municipality.");
        _verwerker.Uitkomst = (_, regels) => new LeveringUitkomst(Guid.Empty, LeveringStatus.Geweigerd, regels.Count, 0, []) { Geweigerd = reden };

        var result = await LeverAsync(_taal.Id, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"));

        Assert.That(result.Errors, Is.EqualTo(new[] { new FieldError("", reden) }));
    }

    [Test]
    public async Task Leveren_InvalidDate_DoesNotCallVerwerker()
    {
        var result = await LeverAsync(_taal.Id, ("periodeVan", "1 november"), ("periodeTot", "2026-11-30"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("periodeVan"));
        Assert.That(_verwerker.Leveringen, Is.Empty);
    }

    [Test]
    public async Task Leveren_OtherAanbiederOrGemeente_IsRejected()
    {
        var (anderAanbieder, andereGemeente) = await AddOthersAsync();
        var expected = new[]
        {
            new FieldError("", new LocalizedText(
                "Deze cursist is niet bij uw organisatie aangemeld. Open de cursist opnieuw vanuit de lijst met cursisten.",
                "This student is not referred to your organisation. Open the student again from the list of students.")),
        };

        var ander = await LeverAsync(anderAanbieder, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"));
        var gemeente = await LeverAsync(andereGemeente, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"));
        _plugin.User.Organisation = null;
        var staff = await LeverAsync(_taal.Id, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"));

        Assert.That(ander.Errors, Is.EqualTo(expected));
        Assert.That(gemeente.Errors, Is.EqualTo(expected));
        Assert.That(staff.Errors, Is.EqualTo(expected));
        Assert.That(_verwerker.Leveringen, Is.Empty);
    }

    [Test]
    public async Task Leveren_RestrictedDossier_IsRejected()
    {
        await RestrictAsync(_suzanne);

        var result = await LeverAsync(_taal.Id, ("periodeVan", "2026-11-01"), ("periodeTot", "2026-11-30"));

        Assert.That(result.Errors, Is.EqualTo(new[] { new FieldError("", BeperkingNotice.Text) }));
        Assert.That(_verwerker.Leveringen, Is.Empty);
    }

    [Test]
    public async Task Leveren_FormHint_SaysSamePeriodCorrects()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var action = scope.ServiceProvider.GetServices<IActionHandler>().Single(a => a.Definition.Id == "inburgering.aanwezigheid-leveren");

        var periodeTot = action.Definition.Inputs.Single(i => i.Key == "periodeTot");
        Assert.That(periodeTot.Hint!.Nl, Is.EqualTo(
            "Niet in de toekomst. Vult u een periode in die u al hebt geleverd, dan vervangt deze levering de vorige (correctie)."));
        Assert.That(action.Definition.Inputs.Select(i => i.Key), Is.EqualTo(new[]
        {
            "periodeVan", "periodeTot", "urenAangeboden", "urenGevolgdFysiek", "urenGevolgdOnline", "urenGeoorloofdVerzuim",
            "urenOngeoorloofdVerzuim", "niveauLezen", "niveauLuisteren", "niveauSpreken", "niveauSchrijven", "examenOnderdeel",
            "examenDatum", "examenResultaat", "startdatum", "einddatum", "uitvalreden", "opmerking",
        }));
    }

    /// <summary>
    /// Adds a student of Leerhuis Noord, another aanbieder in the same gemeente. Also adds a student of an aanbieder with
    /// the same KvK number in Den Haag. Returns the ids of both aanmeldingen.
    /// </summary>
    private async Task<(Guid AnderAanbieder, Guid AndereGemeente)> AddOthersAsync()
    {
        var noord = await AanbiederSteps.AddAanbiederAsync(_plugin, "Leerhuis Noord", "90059902");
        var wladyslaw = Guid.Parse((await _plugin.RegisterAsync("999995017")).NavigateTo!.RecordId!);
        var anderAanbieder = await AanbiederSteps.AddAanmeldingAsync(_plugin, wladyslaw, noord.Id);

        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var brugDenHaag = await AanbiederSteps.AddAanbiederAsync(_plugin, "Taalschool De Brug", "90059901");
        var linda = Guid.Parse((await _plugin.RegisterAsync("999991905")).NavigateTo!.RecordId!);
        var andereGemeente = await AanbiederSteps.AddAanmeldingAsync(_plugin, linda, brugDenHaag.Id);
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        _plugin.ProcessingLog.Clear();
        return (anderAanbieder.Id, andereGemeente.Id);
    }

    private Task<ActionResult> LeverAsync(Guid aanmeldingId, params (string Key, string? Value)[] values) =>
        _plugin.ExecuteAsync("inburgering.aanwezigheid-leveren", aanmeldingId.ToString(), values);

    private async Task RestrictAsync(Guid dossierId)
    {
        await AanbiederSteps.WithDbAsync(_plugin, async db =>
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId);
            dossier.BeperktOp = new DateOnly(2026, 12, 1);
            await db.SaveChangesAsync();
        });
        _plugin.ProcessingLog.Clear();
    }
}
