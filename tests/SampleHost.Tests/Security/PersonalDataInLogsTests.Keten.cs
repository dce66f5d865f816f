using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using TestSupport.LogScan;

namespace SampleHost.Tests.Security;

/// <summary>
/// The chain of a move of 999993653 from Rotterdam to 's-Gravenhage logs no BSN or name of the RvIG test set, and
/// both gemeenten record their reads and changes in the processing log.
/// </summary>
public sealed partial class PersonalDataInLogsTests
{
    [Test]
    public async Task MoveChain_BothGemeenten_LogNoPersonalData()
    {
        using var sink = new LogScanSink(s_scanner);
        await using var host = StartDemoHost(sink);
        using var rotterdam = await HostSession.LogInAsync(host, "demo-0599-consulent-inburgering");
        using var denHaag = await HostSession.LogInAsync(host, "demo-0518-consulent-inburgering");
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        sink.TakeHits();

        await Hosting.InburgeringSteps.RegisterAsync(rotterdam, KetenSteps.VerhuisdeBsn);
        await KetenSteps.RecordMoveAsync(rotterdam, "0518");
        var dossierId = await KetenSteps.RecordMapResultAsync(rotterdam, await KetenSteps.DossierIdsAsync(rotterdam), today.AddDays(-7));
        var registratieId = (await KetenSteps.LinkedIdsAsync(rotterdam, "/api/screens/inburgering.duo-registraties", "inburgering.duo-registratie"))[0];
        var (registratie, _) = await rotterdam.GetPageAsync($"/api/screens/inburgering.duo-registratie/{registratieId}");
        var bestandId = await KetenSteps.ExportOverdrachtAsync(rotterdam, dossierId, "0518");
        using var bestand = await rotterdam.Client.GetAsync(new Uri($"/downloads/inburgering.overdracht-bestand/{bestandId}", UriKind.Relative));
        // The MAP dossier may be closed (Voldaan), so the overdracht takes the first dossier that can be handed over.
        var (overdrachtId, _) = await KetenSteps.PrepareFirstOverdrachtAsync(rotterdam, (await KetenSteps.DossierIdsAsync(rotterdam)).Prepend(dossierId), "0518", today.AddDays(-1));
        await KetenSteps.SendOverdrachtAsync(rotterdam, overdrachtId);
        var version = await KetenSteps.VersionAsync(denHaag, "inburgering.overdracht", overdrachtId);
        var (accepted, _, body) = await KetenSteps.ExecuteAsync(denHaag, "inburgering.overdracht-accepteren", overdrachtId, [], version);
        var hits = sink.TakeHits();

        var activities = await ProcessingActivitiesAsync(host);
        Assert.That(registratie, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(bestand.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(accepted, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(hits, Is.Empty, string.Join(Environment.NewLine, hits));
        Assert.That(activities, Does.Contain("0599 inburgering.overdracht Read"), "the download and the preview");
        Assert.That(activities, Does.Contain("0518 inburgering.overdracht Read"), "the receiver opens the overdracht");
        Assert.That(activities.Where(a => a.StartsWith("0518 inburgering.overdracht ", StringComparison.Ordinal)), Has.Some.Not.EndsWith(" Read"), "the receiver takes the dossier over");
        Assert.That(activities.Where(a => a.StartsWith("0599 inburgering.overdracht ", StringComparison.Ordinal)), Has.Some.Not.EndsWith(" Read"), "the sender closes the dossier");
        Assert.That(activities.Where(a => a.StartsWith("0599 inburgering.verhuizing ", StringComparison.Ordinal)), Is.Not.Empty, "the move detection");
        Assert.That(activities, Does.Contain("0599 inburgering.voortgang Update"), "the MAP result that puts an item on the DUO worklist");
        Assert.That(activities, Does.Contain("0599 inburgering.duo-registratie Read"), "the DUO worklist item");
    }

    /// <summary>Returns the gemeente, activity and operation of every processing-log record, once each.</summary>
    private static async Task<List<string>> ProcessingActivitiesAsync(PluginTestHost host)
    {
        await using var scope = host.CreateScopeAs("demo-0599-consulent-inburgering");
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var entries = await db.ProcessingLog.IgnoreQueryFilters().AsNoTracking()
            .Select(e => new { e.Gemeente, e.ActivityId, e.Operation })
            .Distinct()
            .ToListAsync();

        return [.. entries.Select(e => $"{e.Gemeente} {e.ActivityId} {e.Operation}")];
    }
}
