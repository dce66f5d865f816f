using System.Net;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Tenancy;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Privacy;

/// <summary>What SampleHost's processing log records when a consulent registers and opens a dossier.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ProcessingLogTests(DatabaseProvider provider)
{
    [Test]
    public async Task Registration_RecordsActorActivityAndPseudonym()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");

        using var response = await consulent.PostActionAsync("/schermen/inburgering.dossiers", "inburgering.registreer", new Dictionary<string, string>
        {
            ["bsn"] = "999993653",
            ["doelgroep"] = "Asielstatushouder",
            ["koppeldatum"] = "2026-11-01",
            ["wetRegime"] = "Wi2021",
        });
        var entries = await ReadLogAsync(server, "0599");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(entries.Select(e => (e.ActivityId, e.Operation)), Is.SupersetOf(new[]
        {
            ("inburgering.registratie", "Retrieve"),
            ("inburgering.registratie", "Create"),
        }));
        Assert.That(entries.Select(e => e.ActorId).Distinct(), Is.EqualTo(new[] { "demo-0599-consulent-inburgering" }));
        Assert.That(entries.Select(e => e.SubjectIdType).Distinct(), Is.EqualTo(new[] { "BSN" }));
        Assert.That(entries.Select(e => e.SubjectPseudonym).Distinct().Count(), Is.EqualTo(1), "one person, one pseudonym");
        Assert.That(entries[0].SubjectPseudonym, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(entries[0].SubjectPseudonym, Does.Not.Contain("999993653"));
        Assert.That(entries[0].TraceId, Does.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task OtherGemeente_SeesNoneOfTheRecords()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");
        using var registration = await consulent.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = "999993847" }, "/klanten?handler=Registreer");
        await consulent.GetPageAsync("/klanten");

        var own = await ReadLogAsync(server, "0599");
        var other = await ReadLogAsync(server, "0518");

        Assert.That(registration.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(own.Select(e => (e.ActivityId, e.Operation)), Is.EqualTo(new[]
        {
            ("host.klantregistratie", "Retrieve"),
            ("host.klantregistratie", "Create"),
            ("host.klantbeeld", "Read"),
        }), "retrieved from the BRP, registered, shown in the client list");
        Assert.That(other, Is.Empty);
    }

    private static async Task<List<SampleHost.Privacy.ProcessingLogEntry>> ReadLogAsync(SampleHostServer server, string gemeente)
    {
        await using var scope = server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse(gemeente), "test-reader", "Test", new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }
}
