using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using TestSupport;

namespace Inburgering.Plugin.Tests.Voortgang;

/// <summary>The deadline scan's tasks to register the PVT signing and the MAP result in DUO's portal.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoRegistratieRegelTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await VoortgangHarness.RegisterAsync(_plugin);
        await VoortgangHarness.SetStatusAsync(_plugin, _dossierId, DossierStatus.PipVastgesteld);
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [TestCase(10, TestName = "PvtTask_DayBeforeDue_IsOpen")]
    [TestCase(11, TestName = "PvtTask_OnDue_IsOpen")]
    [TestCase(12, TestName = "PvtTask_DayAfterDue_IsOpen")]
    public async Task PvtTask_AroundDueDate_IsOpen(int day)
    {
        await SignPvtAsync("2026-12-04");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2026, 12, day, 3, 0, 0, TimeSpan.Zero));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        var task = _plugin.WorkTasks.Open.Single(t => t.Kind == "inburgering.pvt-registreren-duo");
        Assert.That(task.Key, Is.EqualTo($"inburgering.pvt-registreren-duo:{_dossierId}"));
        Assert.That(task.RecordId, Is.EqualTo(_dossierId));
        Assert.That(task.DueDate, Is.EqualTo(new DateOnly(2026, 12, 11)));
        Assert.That(task.Title.Nl, Is.EqualTo("Registreer de ondertekening van de participatieverklaring in het DUO-portaal"));
        Assert.That(task.KindName, Is.EqualTo(new LocalizedText("PVT registreren bij DUO", "Register PVT with DUO")));
        Assert.That(task.RecordScreenId, Is.EqualTo("inburgering.voortgang"));
    }

    [Test]
    public async Task PvtTask_NotSigned_IsNotCreated()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.Open.Where(t => t.Kind == "inburgering.pvt-registreren-duo"), Is.Empty);
    }

    [Test]
    public async Task PvtTask_New_RecordsProcessing()
    {
        await SignPvtAsync("2026-12-04");
        _plugin.ProcessingLog.Clear();

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.termijnbewaking", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task PvtTask_MarkedRegistered_Closes()
    {
        await SignPvtAsync("2026-12-04");
        await _plugin.RunJobAsync("inburgering.termijnbewaking");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.pvt-vastleggen", _dossierId, ("pvtDatumOndertekening", "2026-12-04"), ("pvtDuoGeregistreerdOp", "2026-12-08"));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        var entry = _plugin.WorkTasks.All.Single(e => e.Task.Kind == "inburgering.pvt-registreren-duo");
        Assert.That(entry.ClosedReason, Is.Not.Null);
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [Test]
    public async Task PvtTask_RestrictedDossier_IsNotCreated()
    {
        await SignPvtAsync("2026-12-04");
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.beperk", _dossierId, ("beperkingReden", "Intrekking door DUO"));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.All, Is.Empty);
    }

    [TestCase(6, TestName = "MapTask_DayBeforeDue_IsOpen")]
    [TestCase(7, TestName = "MapTask_OnDue_IsOpen")]
    [TestCase(8, TestName = "MapTask_DayAfterDue_IsOpen")]
    public async Task MapTask_AroundDueDate_IsOpen(int day)
    {
        await HoldMapEindgesprekAsync("2026-11-30");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2026, 12, day, 3, 0, 0, TimeSpan.Zero));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        var task = _plugin.WorkTasks.Open.Single(t => t.Kind == "inburgering.map-registreren-duo");
        Assert.That(task.Key, Is.EqualTo($"inburgering.map-registreren-duo:{_dossierId}"));
        Assert.That(task.DueDate, Is.EqualTo(new DateOnly(2026, 12, 7)));
        Assert.That(task.KindName, Is.EqualTo(new LocalizedText("MAP registreren bij DUO", "Register MAP with DUO")));
    }

    [Test]
    public async Task MapTask_MarkedRegistered_Closes()
    {
        await HoldMapEindgesprekAsync("2026-11-30");
        await _plugin.RunJobAsync("inburgering.termijnbewaking");
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.map-vastleggen", _dossierId,
            ("mapDatumEindgesprek", "2026-11-30"), ("mapResultaat", "NietVoldaan"), ("mapRedenNietSuccesvolVoltooid", "Niet verschenen"), ("mapVerwijtbaar", "Nee"), ("mapDuoGeregistreerdOp", "2026-12-04"));

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.All.Single(e => e.Task.Kind == "inburgering.map-registreren-duo").ClosedReason, Is.Not.Null);
    }

    [Test]
    public async Task MapTask_LeapDay_DueSevenDaysLater()
    {
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2028, 2, 29, 12, 0, 0, TimeSpan.Zero));
        await HoldMapEindgesprekAsync("29-02-2028");

        await _plugin.RunJobAsync("inburgering.termijnbewaking");

        Assert.That(_plugin.WorkTasks.Open.Single().DueDate, Is.EqualTo(new DateOnly(2028, 3, 7)));
    }

    private async Task SignPvtAsync(string date)
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "12");
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.pvt-vastleggen", _dossierId, ("pvtDatumOndertekening", date));
        Assert.That(result.Succeeded, Is.True);
    }

    private async Task HoldMapEindgesprekAsync(string date)
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.map-vastleggen", _dossierId,
            ("mapDatumEindgesprek", date), ("mapResultaat", "NietVoldaan"), ("mapRedenNietSuccesvolVoltooid", "Niet verschenen"), ("mapVerwijtbaar", "Nee"));
        Assert.That(result.Succeeded, Is.True);
    }
}
