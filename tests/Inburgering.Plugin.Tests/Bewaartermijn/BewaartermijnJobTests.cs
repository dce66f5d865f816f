using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using TestSupport;

namespace Inburgering.Plugin.Tests.Bewaartermijn;

/// <summary>The retention job on exact dates; today is 4 December 2026 in Amsterdam.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BewaartermijnJobTests(DatabaseProvider provider)
{
    private const string JobId = "inburgering.bewaartermijn";

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Run_FiveYearsMinusADay_KeepsDossier()
    {
        var id = await RegisterClosedAsync("999993653", "05-12-2021");

        var result = await _plugin.RunJobAsync(JobId);

        var dossier = await DossierAsync(id);
        Assert.That(result.Count, Is.Zero);
        Assert.That(dossier.Bsn, Is.EqualTo("999993653"));
        Assert.That(dossier.GeanonimiseerdOp, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Run_FiveYears_AnonymisesDossier()
    {
        var id = await RegisterClosedAsync("999993653", "04-12-2021");

        var result = await _plugin.RunJobAsync(JobId);

        var dossier = await DossierAsync(id);
        Assert.That(result.Count, Is.EqualTo(1));
        Assert.That(result.Summary, Is.EqualTo("1 dossiers closed on or before 2021-12-04 anonymised (retention 5 years); 0 restricted dossiers kept."));
        Assert.That(dossier.GeanonimiseerdOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(
            new object?[] { dossier.Bsn, dossier.VNummer, dossier.ClientId, dossier.Naam, dossier.Voornamen, dossier.Voorvoegsel, dossier.Geslachtsnaam, dossier.Geboortedatum, dossier.AdresRegel1, dossier.AdresRegel2, dossier.GemeenteVanInschrijving, dossier.DatumInschrijvingGemeente, dossier.BrpOpgevraagdOp },
            Is.All.Null);
        Assert.That(dossier.Nationaliteiten, Is.Empty);
        Assert.That(dossier.Gemeente, Is.EqualTo("0599"));
        Assert.That(dossier.Doelgroep, Is.EqualTo(Doelgroep.Gezinsmigrant));
        Assert.That(dossier.WetRegime, Is.EqualTo(WetRegime.Wi2013));
        Assert.That(dossier.Koppeldatum, Is.EqualTo(new DateOnly(2020, 1, 1)));
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Vertrokken));
        Assert.That(dossier.AfgeslotenOp, Is.EqualTo(new DateOnly(2021, 12, 4)));
        Assert.That(dossier.AfsluitReden, Is.EqualTo(AfsluitReden.VertrokkenNaarBuitenland));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.bewaartermijn", ProcessingOperation.Delete, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Run_AnonymisedDossier_IsHiddenFromScreens()
    {
        var id = await RegisterClosedAsync("999993653", "04-12-2021");
        await _plugin.RunJobAsync(JobId);

        var dossierScreen = await _plugin.LoadScreenAsync("inburgering.dossier", id);
        var list = await _plugin.LoadScreenAsync("inburgering.dossiers", null);

        Assert.That(dossierScreen, Is.Null);
        Assert.That(list!.Sections.Single().Elements.OfType<ListElement>().Single().Rows, Is.Empty);
    }

    [Test]
    public async Task Run_SixYearSetting_KeepsDossier()
    {
        var id = await RegisterClosedAsync("999993653", "04-12-2021");
        _plugin.Settings.Set(PluginHarness.Rotterdam, "inburgering.bewaartermijn-jaren", "6");

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Count, Is.Zero);
        Assert.That((await DossierAsync(id)).Bsn, Is.EqualTo("999993653"));
    }

    [Test]
    public async Task Run_ThreeYearSetting_AnonymisesSooner()
    {
        var threeYears = await RegisterClosedAsync("999993653", "04-12-2023");
        var threeYearsMinusADay = await RegisterClosedAsync("999992806", "05-12-2023");
        _plugin.Settings.Set(PluginHarness.Rotterdam, "inburgering.bewaartermijn-jaren", "3");

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Count, Is.EqualTo(1));
        Assert.That((await DossierAsync(threeYears)).GeanonimiseerdOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That((await DossierAsync(threeYearsMinusADay)).GeanonimiseerdOp, Is.Null);
    }

    [Test]
    public async Task Run_InOneGemeente_LeavesOtherGemeenteAlone()
    {
        var rotterdam = await RegisterClosedAsync("999993653", "04-12-2021");
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var denHaag = await RegisterClosedAsync("999992806", "04-12-2021");
        _plugin.Tenant.Current = PluginHarness.Rotterdam;

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Count, Is.EqualTo(1));
        Assert.That((await DossierAsync(rotterdam)).Bsn, Is.Null);
        Assert.That((await DossierAsync(denHaag)).Bsn, Is.EqualTo("999992806"));
    }

    [Test]
    public async Task Run_Twice_AnonymisesNothingNew()
    {
        await RegisterClosedAsync("999993653", "04-12-2021");
        await _plugin.RunJobAsync(JobId);
        _plugin.ProcessingLog.Clear();

        var second = await _plugin.RunJobAsync(JobId);

        Assert.That(second.Count, Is.Zero);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Run_OpenDossier_IsKept()
    {
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: "2020-01-10", wetRegime: "Wi2013");

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Count, Is.Zero);
        Assert.That((await DossierAsync(registered.NavigateTo!.RecordId!)).Bsn, Is.EqualTo("999993653"));
    }

    [Test]
    public async Task Run_RestrictedDossier_IsKept()
    {
        var id = await RegisterClosedAsync("999993653", "04-12-2021");
        await _plugin.ExecuteVersionedAsync("inburgering.beperk", id, await _plugin.DossierVersionAsync(id), ("beperkingReden", "Intrekking door DUO"));
        _plugin.ProcessingLog.Clear();

        var result = await _plugin.RunJobAsync(JobId);

        Assert.That(result.Count, Is.Zero);
        Assert.That(result.Summary, Does.EndWith("1 restricted dossiers kept."));
        Assert.That((await DossierAsync(id)).Bsn, Is.EqualTo("999993653"));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public void Definition_IsDailyAtThreeWithPluginPrefix()
    {
        var job = new Plugin.Bewaartermijn.BewaartermijnJob(null!, null!, null!, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<Plugin.Bewaartermijn.BewaartermijnJob>.Instance);

        Assert.That(job.Definition.Id, Is.EqualTo(JobId));
        Assert.That(job.Definition.Schedule.DailyAt, Is.EqualTo(new TimeOnly(3, 0)));
        Assert.That(job.Definition.Schedule.Interval, Is.Null);
    }

    /// <summary>Registers a person under the 2013 law, linked on 10 January 2020, and closes the dossier on <paramref name="afgeslotenOp"/>.</summary>
    private async Task<string> RegisterClosedAsync(string bsn, string afgeslotenOp)
    {
        var registered = await _plugin.RegisterAsync(bsn, koppeldatum: "2020-01-10", wetRegime: "Wi2013");
        var id = registered.NavigateTo?.RecordId ?? throw new InvalidOperationException($"Registration failed: {string.Join(", ", registered.Errors.Select(e => e.FieldKey))}");
        var closed = await _plugin.ExecuteVersionedAsync(
            "inburgering.sluit-af", id, await _plugin.DossierVersionAsync(id), ("afgeslotenOp", afgeslotenOp), ("afsluitReden", "VertrokkenNaarBuitenland"));
        if (!closed.Succeeded)
        {
            throw new InvalidOperationException($"Closing failed: {string.Join(", ", closed.Errors.Select(e => e.FieldKey))}");
        }

        _plugin.ProcessingLog.Clear();
        return id;
    }

    private async Task<Dossier> DossierAsync(string id) => (await _plugin.AllDossiersAsync()).Single(d => d.Id == Guid.Parse(id));
}
