using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Uren;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TestSupport;
using static Inburgering.Plugin.Tests.Pip.PipTestSteps;

namespace Inburgering.Plugin.Tests.Pip;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PipActionTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 10, 1));
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Concept_FirstTime_CreatesConceptVersion1()
    {
        var result = await ConceptAsync(_plugin, _dossierId);

        var versie = (await VersiesAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(versie.Versienummer, Is.EqualTo(1));
        Assert.That(versie.Status, Is.EqualTo(PipStatus.Concept));
        Assert.That(versie.Soort, Is.EqualTo(PipSoort.Eerste));
        Assert.That(versie.Leerroute, Is.EqualTo(Leerroute.B1Route));
        Assert.That(versie.OntzorgenToelichting, Is.EqualTo("Huur, energie en zorgverzekering gedurende 6 maanden"));
        Assert.That(versie.Dagtekening, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.pip", ProcessingOperation.Update, new DataSubject("BSN", TestBsn)),
        }));
    }

    [Test]
    public async Task Concept_OntzorgenWithoutToelichting_IsInvalid()
    {
        var form = ConceptForm().Where(f => f.Key != "ontzorgenToelichting").ToArray();

        var result = await ConceptAsync(_plugin, _dossierId, form);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "ontzorgenToelichting" }));
        Assert.That(await VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Vaststellen_FirstPip_FixesDagtekeningAndMovesDossier()
    {
        await ConceptAsync(_plugin, _dossierId);
        _plugin.ProcessingLog.Clear();

        var result = await VaststellenAsync(_plugin, _dossierId, "03-12-2026");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var versie = (await VersiesAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(versie.Status, Is.EqualTo(PipStatus.Vastgesteld));
        Assert.That(versie.Dagtekening, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(versie.VastgesteldDoor, Is.EqualTo("medewerker-17"));
        Assert.That(dossier.DagtekeningEerstePip, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.PipVastgesteld));
        Assert.That(dossier.StatusSinds, Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(dossier.Termijn!.Start, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.pip", ProcessingOperation.Update, new DataSubject("BSN", TestBsn)),
        }));
    }

    [TestCase("05-12-2026", TestName = "Vaststellen_Tomorrow_IsInvalid")]
    [TestCase("19-11-2026", TestName = "Vaststellen_DayBeforeKoppeldatum_IsInvalid")]
    [TestCase("2026-13-01", TestName = "Vaststellen_NoDate_IsInvalid")]
    public async Task Vaststellen_InvalidDagtekening_IsInvalid(string dagtekening)
    {
        await ConceptAsync(_plugin, _dossierId);

        var result = await VaststellenAsync(_plugin, _dossierId, dagtekening);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "dagtekening" }));
        Assert.That((await VersiesAsync(_plugin)).Single().Status, Is.EqualTo(PipStatus.Concept));
        Assert.That((await _plugin.AllDossiersAsync()).Single().DagtekeningEerstePip, Is.Null);
    }

    [Test]
    public async Task Vaststellen_IntakeNotCompleted_IsInvalid()
    {
        var registered = await _plugin.RegisterAsync("999999333", koppeldatum: "2026-11-20");
        var dossierId = registered.NavigateTo!.RecordId!;
        await UpdateDossierAsync(_plugin, dossierId, dossier => dossier.Status = DossierStatus.BredeIntake);
        await ConceptAsync(_plugin, dossierId);

        var result = await VaststellenAsync(_plugin, dossierId, "03-12-2026");

        Assert.That(result.Errors.Select(e => e.Message.Nl), Is.EqualTo(new[] { "Rond eerst de brede intake af; het eerste PIP bouwt daarop voort." }));
        Assert.That((await _plugin.AllDossiersAsync()).Single(d => d.Id == Guid.Parse(dossierId)).DagtekeningEerstePip, Is.Null);
    }

    [Test]
    public async Task Vaststellen_BeforeIntakeCompleted_IsInvalid()
    {
        var registered = await _plugin.RegisterAsync("999999333", koppeldatum: "2026-11-20");
        var dossierId = registered.NavigateTo!.RecordId!;
        await UpdateDossierAsync(_plugin, dossierId, dossier => dossier.Status = DossierStatus.BredeIntake);
        await AddCompletedIntakeAsync(_plugin, dossierId, afgerondOp: new DateOnly(2026, 12, 2));
        await ConceptAsync(_plugin, dossierId);

        var early = await VaststellenAsync(_plugin, dossierId, "01-12-2026");
        var onTheDay = await VaststellenAsync(_plugin, dossierId, "02-12-2026");

        Assert.That(early.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "dagtekening" }));
        Assert.That(early.Errors.Single().Message.Nl, Is.EqualTo("De dagtekening (1 december 2026) ligt vóór de afronding van de brede intake (2 december 2026). Kies die dag of later."));
        Assert.That(onTheDay.Succeeded, Is.True);
    }

    [Test]
    public async Task Vaststellen_FirstPipOtherLeerrouteThanIntake_IsInvalid()
    {
        await ConceptAsync(_plugin, _dossierId, ConceptForm(leerroute: "ZRoute", niveau: "A1"));

        var result = await VaststellenAsync(_plugin, _dossierId, "03-12-2026");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "leerroute" }));
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo(
            "De brede intake koos de B1-route, maar het concept noemt de Z-route (zelfredzaamheidsroute). Het eerste PIP volgt de brede intake: pas het concept aan."));
        Assert.That((await _plugin.AllDossiersAsync()).Single().DagtekeningEerstePip, Is.Null);
    }

    [TestCase("04-12-2026", TestName = "Vaststellen_Today_Succeeds")]
    [TestCase("20-11-2026", TestName = "Vaststellen_OnKoppeldatum_Succeeds")]
    public async Task Vaststellen_BoundaryDagtekening_Succeeds(string dagtekening)
    {
        await ConceptAsync(_plugin, _dossierId);

        var result = await VaststellenAsync(_plugin, _dossierId, dagtekening);

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public async Task Vaststellen_WithoutContactpersoon_IsInvalid()
    {
        await ConceptAsync(_plugin, _dossierId, [.. ConceptForm().Where(f => f.Key != "contactpersoonEmail")]);

        var result = await VaststellenAsync(_plugin, _dossierId, "03-12-2026");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "contactpersoonNaam" }));
    }

    [Test]
    public async Task Vaststellen_GekoppeldDossier_IsRefusedByLifecycle()
    {
        await UpdateDossierAsync(_plugin, _dossierId, d => d.Status = DossierStatus.Gekoppeld);
        await ConceptAsync(_plugin, _dossierId);

        var result = await VaststellenAsync(_plugin, _dossierId, "03-12-2026");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Een dossier met status"));
        Assert.That((await _plugin.AllDossiersAsync()).Single().DagtekeningEerstePip, Is.Null);
        Assert.That((await VersiesAsync(_plugin)).Single().Status, Is.EqualTo(PipStatus.Concept));
    }

    [Test]
    public async Task Vaststellen_StaleVersion_ReturnsConflict()
    {
        await ConceptAsync(_plugin, _dossierId);
        var seen = await _plugin.DossierVersionAsync(_dossierId);
        await ConceptAsync(_plugin, _dossierId, ConceptForm("ZRoute", "A1"));

        var result = await _plugin.ExecuteVersionedAsync("inburgering.pip-vaststellen", _dossierId, seen, ("dagtekening", "03-12-2026"));

        Assert.That(result.IsConflict, Is.True);
        Assert.That((await VersiesAsync(_plugin)).Single().Status, Is.EqualTo(PipStatus.Concept));
    }

    [Test]
    public async Task Concept_AfterVaststellen_IsRejected()
    {
        await EerstePipAsync(_plugin, _dossierId);

        var result = await ConceptAsync(_plugin, _dossierId, ConceptForm("ZRoute", "A1"));

        var versie = (await VersiesAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.False);
        Assert.That(versie.Leerroute, Is.EqualTo(Leerroute.B1Route));
        Assert.That(versie.Status, Is.EqualTo(PipStatus.Vastgesteld));
    }

    [Test]
    public async Task Save_ChangedVastgesteldVersion_Throws()
    {
        await EerstePipAsync(_plugin, _dossierId);
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        var request = new ActionRequest(_dossierId, new Dictionary<string, string?>()) { ExpectedVersion = await _plugin.DossierVersionAsync(_dossierId) };
        var (pip, _) = await PipEdit.LoadAsync(db, request, NullLogger.Instance, CancellationToken.None);
        db.Entry(pip!.Versies[0]).Property(v => v.Knm).CurrentValue = "Gewijzigd";

        Assert.That(async () => await PipEdit.SaveAsync(db, pip, _plugin.ProcessingLog, NullLogger.Instance, CancellationToken.None), Throws.InvalidOperationException);
        Assert.That((await VersiesAsync(_plugin)).Single().Knm, Is.EqualTo("KNM-lessen bij de taalschool"));
    }

    [Test]
    public async Task Wijzigen_AfterVaststellen_CopiesIntoNewConcept()
    {
        await EerstePipAsync(_plugin, _dossierId);

        var result = await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Wijziging"), ("wijzigingsreden", "Meer uren PVT"));

        var versies = await VersiesAsync(_plugin);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(versies.Select(v => (v.Versienummer, v.Status, v.Soort)), Is.EqualTo(new[]
        {
            (1, PipStatus.Vastgesteld, PipSoort.Eerste),
            (2, PipStatus.Concept, PipSoort.Wijziging),
        }));
        Assert.That(versies[1].Inhoud, Is.EqualTo(versies[0].Inhoud));
        Assert.That(versies[1].Wijzigingsreden, Is.EqualTo("Meer uren PVT"));
    }

    [Test]
    public async Task SecondVaststellen_KeepsFirstDagtekeningAndVersion1()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-11-25");
        var eerste = (await VersiesAsync(_plugin)).Single();
        await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Wijziging"), ("wijzigingsreden", "Meer uren PVT"));
        await ConceptAsync(_plugin, _dossierId, [.. ConceptForm().Select(f => f.Key == "intensiteitPvt" ? (f.Key, "20 uur in 8 weken") : f)]);

        var result = await VaststellenAsync(_plugin, _dossierId, "04-12-2026");

        var versies = await VersiesAsync(_plugin);
        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.DagtekeningEerstePip, Is.EqualTo(new DateOnly(2026, 11, 25)));
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.PipVastgesteld));
        Assert.That(versies[1].Dagtekening, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(versies[1].IntensiteitPvt, Is.EqualTo("20 uur in 8 weken"));
        Assert.That(versies[0].IntensiteitPvt, Is.EqualTo("12 uur in 6 weken"));
        Assert.That(versies[0].Dagtekening, Is.EqualTo(eerste.Dagtekening));
        Assert.That(versies[0].VastgesteldOp, Is.EqualTo(eerste.VastgesteldOp));
    }

    [Test]
    public async Task Vaststellen_BeforePreviousDagtekening_IsInvalid()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-12-03");
        await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Wijziging"), ("wijzigingsreden", "Meer uren PVT"));

        var result = await VaststellenAsync(_plugin, _dossierId, "02-12-2026");

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("De dagtekening (2 december 2026) ligt vóór die van de vorige versie (3 december 2026). Kies een datum vanaf 3 december 2026."));
    }

    [Test]
    public async Task Wijzigen_WithOpenConcept_IsRejected()
    {
        await EerstePipAsync(_plugin, _dossierId);
        await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Wijziging"), ("wijzigingsreden", "Meer uren PVT"));

        var result = await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Verhuizing"), ("wijzigingsreden", "Verhuisd"));

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Er is al een open concept (versie 2)."));
        Assert.That(await VersiesAsync(_plugin), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Wijzigen_WithoutReden_IsInvalid()
    {
        await EerstePipAsync(_plugin, _dossierId);

        var result = await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Wijziging"), ("wijzigingsreden", " "));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "wijzigingsreden" }));
    }

    [Test]
    public async Task Wijzigen_BeforeFirstPip_IsRejected()
    {
        var result = await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Wijziging"), ("wijzigingsreden", "Reden"));

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Er is nog geen vastgesteld PIP om te wijzigen."));
    }

    [Test]
    public async Task Verhuizing_ConceptWithOtherRoute_IsRejected()
    {
        await EerstePipAsync(_plugin, _dossierId);
        await RunAsync(_plugin, "inburgering.pip-wijzigen", _dossierId, ("soort", "Verhuizing"), ("wijzigingsreden", "Verhuisd naar deze gemeente"));

        var result = await ConceptAsync(_plugin, _dossierId, ConceptForm("ZRoute", "A1"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "leerroute" }));
        Assert.That(result.Errors[0].Message.Nl, Does.StartWith("Na een verhuizing blijft de leerroute van het vorige PIP gelden (B1-route)."));
        Assert.That((await VersiesAsync(_plugin))[1].Leerroute, Is.EqualTo(Leerroute.B1Route));
    }

    [Test]
    public async Task Schakelen_WithinEighteenMonths_MakesConcept()
    {
        await EerstePipAsync(_plugin, _dossierId);

        var result = await RunAsync(_plugin, "inburgering.pip-schakelen", _dossierId, ("leerroute", "ZRoute"), ("niveau", "A1"), ("wijzigingsreden", "B1 blijkt niet haalbaar"));

        var concept = (await VersiesAsync(_plugin))[1];
        Assert.That(result.Succeeded, Is.True);
        Assert.That(concept.Soort, Is.EqualTo(PipSoort.Schakelen));
        Assert.That(concept.Leerroute, Is.EqualTo(Leerroute.ZRoute));
        Assert.That(concept.Niveau, Is.EqualTo(PipNiveau.A1));
    }

    [Test]
    public async Task Schakelen_DayAfterLastSchakeldag_IsRejected()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-12-03");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2028, 6, 4, 10, 0, 0, TimeSpan.Zero));

        var result = await RunAsync(_plugin, "inburgering.pip-schakelen", _dossierId, ("leerroute", "ZRoute"), ("niveau", "A1"), ("wijzigingsreden", "B1 blijkt niet haalbaar"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "leerroute" }));
        Assert.That(result.Errors[0].Message.Nl, Does.Contain("tot en met 3 juni 2028 (de termijn begon op 4 december 2026). Op 4 juni 2028 kan dat niet meer"));
    }

    [Test]
    public async Task Schakelen_OnLastSchakeldag_IsAllowed()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-12-03");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2028, 6, 3, 21, 30, 0, TimeSpan.Zero));

        var result = await RunAsync(_plugin, "inburgering.pip-schakelen", _dossierId, ("leerroute", "ZRoute"), ("niveau", "A1"), ("wijzigingsreden", "B1 blijkt niet haalbaar"));

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public async Task Schakelen_LeavingOnderwijsrouteAfter18Months_IsAllowed()
    {
        await EerstePipAsync(_plugin, _dossierId, "2026-12-03", "Onderwijsroute", "B1");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2029, 1, 15, 10, 0, 0, TimeSpan.Zero));

        var result = await RunAsync(_plugin, "inburgering.pip-schakelen", _dossierId, ("leerroute", "B1Route"), ("niveau", "B1"), ("wijzigingsreden", "Taalschakeltraject gestopt"));
        var vastgesteld = await VaststellenAsync(_plugin, _dossierId, "15-01-2029");

        Assert.That(result.Succeeded, Is.True);
        Assert.That(vastgesteld.Succeeded, Is.True);
        Assert.That((await VersiesAsync(_plugin))[1].Leerroute, Is.EqualTo(Leerroute.B1Route));
    }

    [Test]
    public async Task Afschalen_TooFewHours_IsRejectedWithNumbers()
    {
        await EerstePipAsync(_plugin, _dossierId);
        await AddUrenAsync(_plugin, _dossierId, UrenSoort.Nt2Fysiek, 280);
        await AddUrenAsync(_plugin, _dossierId, UrenSoort.Nt2Online, 320);

        var result = await RunAsync(_plugin, "inburgering.pip-afschalen", _dossierId, ("inzetAangetoond", "true"), ("inzetToelichting", "Alle lessen gevolgd"), ("wijzigingsreden", "B1 niet haalbaar"));

        Assert.That(result.Errors.Single().Message.Nl, Does.Contain("Nu tellen 560 uur mee; er ontbreken nog 40 uur."));
        Assert.That(await VersiesAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Afschalen_With600HoursAndInzet_AdoptsA2()
    {
        await EerstePipAsync(_plugin, _dossierId);
        await AddUrenAsync(_plugin, _dossierId, UrenSoort.Nt2Fysiek, 300);
        await AddUrenAsync(_plugin, _dossierId, UrenSoort.Nt2Online, 300);

        var result = await RunAsync(_plugin, "inburgering.pip-afschalen", _dossierId, ("inzetAangetoond", "true"), ("inzetToelichting", "Alle lessen gevolgd"), ("wijzigingsreden", "B1 niet haalbaar"));
        var vastgesteld = await VaststellenAsync(_plugin, _dossierId, "04-12-2026");

        var versie = (await VersiesAsync(_plugin))[1];
        Assert.That(result.Succeeded, Is.True);
        Assert.That(vastgesteld.Succeeded, Is.True);
        Assert.That(versie.Soort, Is.EqualTo(PipSoort.Afschalen));
        Assert.That(versie.Niveau, Is.EqualTo(PipNiveau.A2));
        Assert.That(versie.Leerroute, Is.EqualTo(Leerroute.B1Route));
        Assert.That(versie.InzetAangetoond, Is.True);
        Assert.That(versie.Nt2UrenBijAfschalen, Is.EqualTo(600m));
    }

    [Test]
    public async Task Afschalen_WithoutInzet_IsRejected()
    {
        await EerstePipAsync(_plugin, _dossierId);
        await AddUrenAsync(_plugin, _dossierId, UrenSoort.Nt2Fysiek, 600);

        var result = await RunAsync(_plugin, "inburgering.pip-afschalen", _dossierId, ("inzetAangetoond", "false"), ("inzetToelichting", "Alle lessen gevolgd"), ("wijzigingsreden", "B1 niet haalbaar"));

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Afschalen kan alleen als de inburgeraar voldoende inzet heeft getoond."));
    }

    [Test]
    public async Task Actions_RestrictedDossier_AreRefused()
    {
        await UpdateDossierAsync(_plugin, _dossierId, d => d.BeperktOp = new DateOnly(2026, 12, 1));

        var concept = await ConceptAsync(_plugin, _dossierId);
        var duo = await RunAsync(_plugin, "inburgering.pip-duo-kennisgeving", _dossierId, ("duoKennisgevingOp", "01-10-2026"));

        Assert.That(concept.Errors.Single().Message, Is.EqualTo(Plugin.Beperking.BeperkingNotice.Text));
        Assert.That(duo.Errors.Single().Message, Is.EqualTo(Plugin.Beperking.BeperkingNotice.Text));
        Assert.That(await VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task Actions_OtherGemeente_FindNoDossier()
    {
        var version = await _plugin.DossierVersionAsync(_dossierId);
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.ExecuteVersionedAsync("inburgering.pip-concept", _dossierId, version, ConceptForm());

        _plugin.Tenant.Current = PluginHarness.Rotterdam;
        Assert.That(result.Succeeded, Is.False);
        Assert.That(await VersiesAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task DuoKennisgeving_Records_AndRejectsFuture()
    {
        var future = await RunAsync(_plugin, "inburgering.pip-duo-kennisgeving", _dossierId, ("duoKennisgevingOp", "05-12-2026"));
        var today = await RunAsync(_plugin, "inburgering.pip-duo-kennisgeving", _dossierId, ("duoKennisgevingOp", "2026-12-04"));

        Assert.That(future.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "duoKennisgevingOp" }));
        Assert.That(today.Succeeded, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
    }

    [Test]
    public async Task Verlenging_AfterDeadline_IsRejected()
    {
        await RunAsync(_plugin, "inburgering.pip-duo-kennisgeving", _dossierId, ("duoKennisgevingOp", "2026-09-24"));

        var result = await RunAsync(_plugin, "inburgering.pip-verlenging", _dossierId, ("derde", "GGD"), ("wachtSinds", "04-12-2026"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "wachtSinds" }));
        Assert.That(result.Errors[0].Message.Nl, Does.Contain("De termijn verstreek na 3 december 2026"));
    }

    [Test]
    public async Task Verlenging_ThenArrival_Ends14DaysAfterArrival()
    {
        await RunAsync(_plugin, "inburgering.pip-duo-kennisgeving", _dossierId, ("duoKennisgevingOp", "2026-09-24"));
        var verlengd = await RunAsync(_plugin, "inburgering.pip-verlenging", _dossierId, ("derde", "GGD"), ("wachtSinds", "03-12-2026"));
        var wachtend = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        var ontvangen = await RunAsync(_plugin, "inburgering.pip-informatie-ontvangen", _dossierId, ("informatieOntvangenOp", "04-12-2026"));
        var screen = await _plugin.LoadScreenAsync("inburgering.pip", _dossierId);

        Assert.That(verlengd.Succeeded, Is.True);
        Assert.That(Value(wachtend!, "stand"), Is.EqualTo("VerlengdWachtOpInformatie"));
        Assert.That(Value(wachtend!, "uitersteDatum"), Is.Null);
        Assert.That(ontvangen.Succeeded, Is.True);
        Assert.That(ontvangen.Message!.Nl, Is.EqualTo("De ontvangst is vastgelegd. Het PIP moet uiterlijk 18 december 2026 zijn vastgesteld."));
        Assert.That(Value(screen!, "stand"), Is.EqualTo("Verlengd"));
        Assert.That(Value(screen!, "uitersteDatum"), Is.EqualTo(new DateOnly(2026, 12, 18)));
        Assert.That(Value(screen!, "oorspronkelijkeUitersteDatum"), Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(Value(screen!, "derde"), Is.EqualTo("GGD"));
    }

    [Test]
    public async Task InformatieOntvangen_WithoutVerlenging_IsRejected()
    {
        var result = await RunAsync(_plugin, "inburgering.pip-informatie-ontvangen", _dossierId, ("informatieOntvangenOp", "04-12-2026"));

        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Er is geen verlenging"));
    }

    internal static object? Value(ScreenContent screen, string key) =>
        screen.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().First(f => f.Field.Key == key).Value;
}
