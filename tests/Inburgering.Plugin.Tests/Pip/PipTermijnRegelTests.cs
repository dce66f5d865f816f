using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using TestSupport;
using static Inburgering.Plugin.Tests.Pip.PipTestSteps;

namespace Inburgering.Plugin.Tests.Pip;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PipTermijnRegelTests(DatabaseProvider provider)
{
    private const string Binnen14 = "inburgering.pip-binnen-14-dagen";
    private const string TeLaat = "inburgering.pip-te-laat";

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    /// <summary>Runs the scan at 05:00 Amsterdam time on <paramref name="day"/> and returns the open PIP tasks.</summary>
    private async Task<List<WorkTask>> ScanAsync(DateOnly day)
    {
        _plugin.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero));
        await _plugin.RunJobAsync("inburgering.termijnbewaking");
        return [.. _plugin.WorkTasks.Open.Where(t => t.Kind is Binnen14 or TeLaat)];
    }

    [Test]
    public async Task Scan_AroundDeadline_OpensAndSwitchesTasks()
    {
        // DUO's kennisgeving of 15 October 2026 gives the deadline 24 December 2026.
        var dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 10, 15));

        var dag15 = await ScanAsync(new DateOnly(2026, 12, 9));
        var dag14 = await ScanAsync(new DateOnly(2026, 12, 10));
        var deadline = await ScanAsync(new DateOnly(2026, 12, 24));
        var dagNa = await ScanAsync(new DateOnly(2026, 12, 25));

        Assert.That(dag15, Is.Empty);
        Assert.That(dag14.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { ($"{Binnen14}:{dossierId}", new DateOnly(2026, 12, 24)) }));
        Assert.That(dag14[0].KindName, Is.EqualTo(new LocalizedText("PIP binnen 14 dagen", "PIP due within 14 days")));
        Assert.That(dag14[0].RecordScreenId, Is.EqualTo("inburgering.pip"));
        Assert.That(dag14[0].RecordId, Is.EqualTo(dossierId));
        Assert.That(deadline.Select(t => t.Key), Is.EqualTo(new[] { $"{Binnen14}:{dossierId}" }));
        Assert.That(dagNa.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { ($"{TeLaat}:{dossierId}", new DateOnly(2026, 12, 24)) }));
        Assert.That(dagNa[0].KindName, Is.EqualTo(new LocalizedText("PIP te laat", "PIP overdue")));
        Assert.That(dagNa[0].Title.Nl, Is.EqualTo("PIP te laat: de uiterste datum was 24 december 2026"));
    }

    [Test]
    public async Task Scan_LateDuoSignal_IsOverdueOnFirstScan()
    {
        // The signal arrives on 4 December 2026 but DUO's kennisgeving is dated 1 September 2026: deadline 10 November.
        var dossierId = await DossierInBredeIntakeAsync(_plugin);
        var recorded = await RunAsync(_plugin, "inburgering.pip-duo-kennisgeving", dossierId, ("duoKennisgevingOp", "01-09-2026"));

        var tasks = await ScanAsync(new DateOnly(2026, 12, 5));

        Assert.That(recorded.Succeeded, Is.True);
        Assert.That(tasks.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { ($"{TeLaat}:{dossierId}", new DateOnly(2026, 11, 10)) }));
        Assert.That(_plugin.WorkTasks.Open.Where(t => t.Kind == Binnen14), Is.Empty);
    }

    [Test]
    public async Task Scan_VastgesteldPip_ClosesTask()
    {
        var dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 10, 15));
        await ScanAsync(new DateOnly(2026, 12, 10));
        await EerstePipAsync(_plugin, dossierId, "2026-12-10");

        var tasks = await ScanAsync(new DateOnly(2026, 12, 11));

        Assert.That(tasks, Is.Empty);
    }

    [Test]
    public async Task Scan_WaitingForInformation_HasNoTask()
    {
        var dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 9, 25));
        await RunAsync(_plugin, "inburgering.pip-verlenging", dossierId, ("derde", "GGD"), ("wachtSinds", "01-12-2026"));

        var tasks = await ScanAsync(new DateOnly(2026, 12, 20));

        Assert.That(tasks, Is.Empty);
    }

    [Test]
    public async Task Scan_InformationArrived_CountsFromArrival()
    {
        var dossierId = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 9, 25));
        await RunAsync(_plugin, "inburgering.pip-verlenging", dossierId, ("derde", "GGD"), ("wachtSinds", "01-12-2026"));
        await RunAsync(_plugin, "inburgering.pip-informatie-ontvangen", dossierId, ("informatieOntvangenOp", "04-12-2026"));

        var binnen = await ScanAsync(new DateOnly(2026, 12, 18));
        var teLaat = await ScanAsync(new DateOnly(2026, 12, 19));

        Assert.That(binnen.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { ($"{Binnen14}:{dossierId}", new DateOnly(2026, 12, 18)) }));
        Assert.That(teLaat.Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { ($"{TeLaat}:{dossierId}", new DateOnly(2026, 12, 18)) }));
    }

    [Test]
    public async Task Scan_RestrictedOrClosed_HasNoTask()
    {
        var restricted = await DossierInBredeIntakeAsync(_plugin, new DateOnly(2026, 9, 1));
        await UpdateDossierAsync(_plugin, restricted, d => d.BeperktOp = new DateOnly(2026, 12, 1));
        await _plugin.RegisterAsync("999999333", koppeldatum: "2026-11-20");
        var closed = (await _plugin.AllDossiersAsync()).Single(d => d.Bsn == "999999333").Id.ToString();
        await UpdateDossierAsync(_plugin, closed, d =>
        {
            d.DuoKennisgevingOp = new DateOnly(2026, 9, 1);
            d.Status = DossierStatus.Verwijderd;
            d.AfgeslotenOp = new DateOnly(2026, 12, 1);
        });

        var tasks = await ScanAsync(new DateOnly(2026, 12, 5));

        Assert.That(tasks, Is.Empty);
    }

    [Test]
    public async Task Scan_DuoUnknown_HasNoTask()
    {
        await DossierInBredeIntakeAsync(_plugin);

        var tasks = await ScanAsync(new DateOnly(2027, 6, 1));

        Assert.That(tasks, Is.Empty);
    }
}
