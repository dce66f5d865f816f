using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Termijn;

/// <summary>
/// The deadline scan's "termijn eindigt binnen 6 maanden" tasks. The first PIP of 4 June 2024 gives a termijn from 5 June
/// 2024 to 4 June 2027, so the task opens on 5 December 2026, the day after the harness's today.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class TermijnEindigtScanTests(DatabaseProvider provider)
{
    private const string Kind = "inburgering.termijn-eindigt";

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 6, 4));
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Scan_DayBeforeFirstDay_CreatesNoTask()
    {
        await _plugin.RunDeadlineScanAsync("inburgering.termijn-eindigt");

        Assert.That(OpenTasks(), Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Scan_OnFirstDay_CreatesTaskDueOnLastDay()
    {
        await ScanOnAsync(2026, 12, 5);

        var task = OpenTasks().Single();
        Assert.That(task.Key, Is.EqualTo($"inburgering.termijn-eindigt:{_dossierId}:20270604"));
        Assert.That(task.DueDate, Is.EqualTo(new DateOnly(2027, 6, 4)));
        Assert.That(task.RecordId, Is.EqualTo(_dossierId));
        Assert.That(task.RecordScreenId, Is.EqualTo("inburgering.termijn"));
        Assert.That(task.Title.Nl, Is.EqualTo("Termijn eindigt binnen 6 maanden"));
        Assert.That(task.KindName!.Nl, Is.EqualTo("Termijn eindigt binnen 6 maanden"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.termijnbewaking", ProcessingOperation.Create, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Scan_OnLastDay_KeepsTask()
    {
        await ScanOnAsync(2026, 12, 5);

        await ScanOnAsync(2027, 6, 4);

        Assert.That(OpenTasks().Select(t => t.Key), Is.EqualTo(new[] { $"inburgering.termijn-eindigt:{_dossierId}:20270604" }));
    }

    [Test]
    public async Task Scan_DayAfterLastDay_ClosesTask()
    {
        await ScanOnAsync(2026, 12, 5);

        await ScanOnAsync(2027, 6, 5);

        Assert.That(OpenTasks(), Is.Empty);
        Assert.That(_plugin.WorkTasks.All.Single().ClosedReason!.Nl, Does.StartWith("Vervallen"));
    }

    [Test]
    public async Task Scan_AfterVerlenging_MovesTaskToNewEnd()
    {
        await ScanOnAsync(2026, 12, 5);
        await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.verleng", _dossierId, await _plugin.DossierVersionAsync(_dossierId),
            ("besluitdatum", "05-12-2026"), ("beslisser", "Duo"), ("beslisserNaam", "DUO"), ("verlengingsGrond", "Bevalling"), ("nieuweLaatsteDag", "2027-12-31"));

        await ScanOnAsync(2027, 6, 30);
        var onDayBefore = OpenTasks();
        await ScanOnAsync(2027, 7, 1);

        Assert.That(onDayBefore, Is.Empty);
        Assert.That(OpenTasks().Select(t => (t.Key, t.DueDate)), Is.EqualTo(new[] { ($"inburgering.termijn-eindigt:{_dossierId}:20271231", new DateOnly(2027, 12, 31)) }));
        Assert.That(_plugin.WorkTasks.All.Count(e => e.Task.Kind == Kind), Is.EqualTo(2));
    }

    [Test]
    public async Task Scan_RestrictedDossier_CreatesNoTask()
    {
        await using (var scope = _plugin.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
            (await db.Dossiers.SingleAsync()).BeperktOp = new DateOnly(2026, 12, 4);
            await db.SaveChangesAsync();
        }

        await ScanOnAsync(2026, 12, 5);

        Assert.That(OpenTasks(), Is.Empty);
    }

    [Test]
    public async Task Scan_ClosedDossier_ClosesTask()
    {
        await ScanOnAsync(2026, 12, 5);
        await _plugin.ExecuteVersionedAsync(
            "inburgering.termijn.ontheffing", _dossierId, await _plugin.DossierVersionAsync(_dossierId),
            ("besluitdatum", "2026-12-05"), ("ontheffingGrond", "AantoonbareInspanning"));

        await ScanOnAsync(2026, 12, 6);

        Assert.That(OpenTasks(), Is.Empty);
    }

    private List<WorkTask> OpenTasks() => [.. _plugin.WorkTasks.Open.Where(t => t.Kind == Kind)];

    /// <summary>Runs the scan at 04:00 in Amsterdam on the given day, as the host schedules it.</summary>
    private async Task ScanOnAsync(int year, int month, int day)
    {
        var local = new DateTime(year, month, day, 4, 0, 0, DateTimeKind.Unspecified);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime());
        _plugin.ProcessingLog.Clear();

        await _plugin.RunDeadlineScanAsync("inburgering.termijn-eindigt");
    }
}
