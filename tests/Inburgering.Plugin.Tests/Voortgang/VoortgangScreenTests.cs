using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Uren;
using TestSupport;

namespace Inburgering.Plugin.Tests.Voortgang;

/// <summary>The voortgang screen, with one round trip of every onderdeel and the paged list of hours on each database.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VoortgangScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await VoortgangHarness.RegisterAsync(_plugin, "Asielstatushouder");
        await VoortgangHarness.SetStatusAsync(_plugin, _dossierId, DossierStatus.PipVastgesteld);
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Screen_AfterEveryOnderdeel_ShowsStoredValues()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Nt2Fysiek", "299", "2026-01-01", "2026-06-30", metKeurmerk: "true");
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Nt2Online", "301", "2026-07-01", "2026-11-30", metKeurmerk: "true");
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "MapPraktijk", "40");
        await Succeeds("inburgering.knm-vastleggen", ("knmStatus", "ExamenBehaald"), ("knmExamendatum", "2026-10-01"), ("knmExamenresultaat", "Behaald"));
        await Succeeds("inburgering.pvt-vastleggen", ("pvtDatumOndertekening", "2026-12-01"), ("pvtDuoGeregistreerdOp", "2026-12-03"));
        await Succeeds("inburgering.map-vastleggen", ("mapDatumEindgesprek", "2026-12-02"), ("mapResultaat", "Voldaan"));
        await Succeeds("inburgering.examen-registreren", ("examenOnderdeel", "Lezen"), ("examendatum", "2026-11-12"), ("examenNiveau", "B1"), ("examenResultaat", "NietBehaald"));
        await Succeeds("inburgering.zroute-eindgesprek", ("zrouteDatumEindgesprek", "2026-12-03"), ("zrouteResultaat", "NietVoldaan"));
        await Succeeds("inburgering.onderwijsroute-vastleggen", ("instelling", "ROC Rijnmond"), ("datumDiploma", "2026-07-01"));
        _plugin.ProcessingLog.Clear();

        var screen = (await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId))!;

        Assert.That(VoortgangHarness.Field(screen, "knmStatus"), Is.EqualTo("ExamenBehaald"));
        Assert.That(VoortgangHarness.Field(screen, "knmExamendatum"), Is.EqualTo(new DateOnly(2026, 10, 1)));
        Assert.That(VoortgangHarness.Field(screen, "pvtUren"), Is.EqualTo(12m));
        Assert.That(VoortgangHarness.Field(screen, "pvtDatumOndertekening"), Is.EqualTo(new DateOnly(2026, 12, 1)));
        Assert.That(VoortgangHarness.Field(screen, "pvtResultaat"), Is.EqualTo("Voldaan"));
        Assert.That(VoortgangHarness.Field(screen, "pvtDuoGeregistreerdOp"), Is.EqualTo(new DateOnly(2026, 12, 3)));
        Assert.That(VoortgangHarness.Field(screen, "pvtAfgerond"), Is.EqualTo(true));
        Assert.That(VoortgangHarness.Field(screen, "mapPraktijkuren"), Is.EqualTo(40m));
        Assert.That(VoortgangHarness.Field(screen, "mapResultaat"), Is.EqualTo("Voldaan"));
        Assert.That(VoortgangHarness.Field(screen, "mapAfgerond"), Is.EqualTo(true));
        Assert.That(VoortgangHarness.Field(screen, "zrouteCursusuren"), Is.EqualTo(600m));
        Assert.That(VoortgangHarness.Field(screen, "zrouteResultaat"), Is.EqualTo("NietVoldaan"));
        Assert.That(VoortgangHarness.Field(screen, "instelling"), Is.EqualTo("ROC Rijnmond"));
        Assert.That(VoortgangHarness.Field(screen, "datumDiploma"), Is.EqualTo(new DateOnly(2026, 7, 1)));
        Assert.That(VoortgangHarness.Field(screen, "leerrouteAfgerond"), Is.Null);
        Assert.That(VoortgangHarness.List(screen, "examenOnderdeel").Rows.Single().Values[3], Is.EqualTo("NietBehaald"));
        Assert.That(screen.ActionValues["pvtDatumOndertekening"], Is.EqualTo("2026-12-01"));
        Assert.That(screen.ActionValues["mapResultaat"], Is.EqualTo("Voldaan"));
        Assert.That(screen.Version, Is.EqualTo(await _plugin.DossierVersionAsync(_dossierId)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.voortgang", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Screen_Thresholds_Show299Of300InPerson()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Nt2Fysiek", "299", "2026-01-01", "2026-06-30", metKeurmerk: "true");
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Nt2Online", "301", "2026-07-01", "2026-11-30", metKeurmerk: "true");
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Participatie", "799,75", "2026-01-01", "2026-11-30");

        var screen = (await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId))!;

        var drempels = VoortgangHarness.List(screen, "drempel").Rows.ToDictionary(r => (string)r.Values[0]!, r => r.Values.Skip(1).ToArray());
        Assert.That(drempels["afschalen"], Is.EqualTo(new object[] { 598m, 600m, false }));
        Assert.That(drempels["afschalenFysiek"], Is.EqualTo(new object[] { 299m, 300m, false }));
        Assert.That(drempels["zrouteCursus"], Is.EqualTo(new object[] { 600m, 800m, false }));
        Assert.That(drempels["zrouteParticipatie"], Is.EqualTo(new object[] { 799.75m, 800m, false }));
        Assert.That(drempels["pvt"], Is.EqualTo(new object[] { 0m, 12m, false }));
        Assert.That(drempels["map"], Is.EqualTo(new object[] { 0m, 40m, false }));
    }

    [Test]
    public async Task Screen_51Rows_PagesNewestFirst()
    {
        await AddUrenregelsAsync(51);

        var first = (await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId))!;
        var firstList = VoortgangHarness.List(first, "regelnummer");
        var second = (await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId, ListQuery.Default with { After = firstList.NextPage }))!;
        var secondList = VoortgangHarness.List(second, "regelnummer");

        Assert.That(firstList.Rows, Has.Count.EqualTo(50));
        Assert.That(firstList.Rows[0].Values[3], Is.EqualTo(new DateOnly(2026, 11, 20)));
        Assert.That(firstList.NextPage, Is.Not.Null);
        Assert.That(secondList.Rows, Has.Count.EqualTo(1));
        Assert.That(secondList.Rows[0].Values[3], Is.EqualTo(new DateOnly(2026, 10, 20)));
        Assert.That(secondList.NextPage, Is.Null);
        Assert.That(firstList.Rows.Concat(secondList.Rows).Select(r => r.Values[0]).Distinct().Count(), Is.EqualTo(51));
    }

    [Test]
    public async Task Screen_Restricted_IsRefused()
    {
        await Succeeds("inburgering.beperk", ("beperkingReden", "Intrekking door DUO"));
        _plugin.ProcessingLog.Clear();

        var screen = (await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId))!;

        Assert.That(screen.IsRefused, Is.True);
        Assert.That(screen.Actions, Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Screen_OtherGemeente_IsNotFound()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var screen = await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId);

        Assert.That(screen, Is.Null);
    }

    [Test]
    public async Task Screen_WithoutHours_OffersEveryActionButRemoval()
    {
        var screen = (await _plugin.LoadScreenAsync("inburgering.voortgang", _dossierId))!;

        Assert.That(screen.Actions, Is.EqualTo(new[]
        {
            "inburgering.uren-registreren", "inburgering.knm-vastleggen", "inburgering.pvt-vastleggen", "inburgering.map-vastleggen",
            "inburgering.examen-registreren", "inburgering.zroute-eindgesprek", "inburgering.onderwijsroute-vastleggen",
        }));
    }

    private async Task Succeeds(string actionId, params (string Key, string? Value)[] values)
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, actionId, _dossierId, values);
        Assert.That(result.Succeeded, Is.True, $"{actionId}: {string.Join("; ", result.Errors.Select(e => e.Message.En))}");
    }

    /// <summary>Adds <paramref name="count"/> rows of 2 hours: twenty ending on 20 November, the rest one day earlier each, so 51 rows end on 20 October.</summary>
    private Task<int> AddUrenregelsAsync(int count) =>
        VoortgangHarness.WithDbAsync(_plugin, async db =>
        {
            var dossierId = Guid.Parse(_dossierId);
            for (var i = 0; i < count; i++)
            {
                var tot = i < 20 ? new DateOnly(2026, 11, 20) : new DateOnly(2026, 11, 19).AddDays(20 - i);
                db.Urenregels.Add(new Urenregel
                {
                    Id = Guid.NewGuid(),
                    DossierId = dossierId,
                    Gemeente = "0599",
                    Soort = UrenSoort.Knm,
                    PeriodeVan = tot,
                    PeriodeTot = tot,
                    Uren = 2m,
                    GeregistreerdOp = PluginHarness.Now,
                    GeregistreerdDoor = "medewerker-17",
                });
            }

            return await db.SaveChangesAsync();
        });
}
