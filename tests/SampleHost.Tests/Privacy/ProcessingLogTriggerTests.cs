using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Privacy;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Privacy;

/// <summary>
/// The append-only triggers as the migrations create them, on a fresh database per test, so no other test has
/// dropped and recreated them before.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ProcessingLogTriggerTests(DatabaseProvider provider)
{
    [Test]
    public async Task UpdateAndDelete_AfterMigration_AreRejected()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("processing_log_triggers")
            : null;
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        using var consulent = await HostSession.LogInAsync(server, DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        await consulent.GetPageAsync("/klanten");
        using var search = await consulent.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = "999993653" }, "/klanten?handler=Zoek");
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();

        var update = Assert.CatchAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE processing_log SET "ActorId" = 'someone-else'"""));
        var delete = Assert.CatchAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM processing_log"));
        var result = await scope.ServiceProvider.GetRequiredService<ProcessingLogVerifier>().VerifyAsync("0599", CancellationToken.None);

        Assert.That(update!.Message, Does.Contain("processing_log is append-only: UPDATE is not allowed"));
        Assert.That(delete!.Message, Does.Contain("processing_log is append-only: DELETE is not allowed"));
        Assert.That(result.Problem, Is.EqualTo(ChainProblem.None));
        Assert.That(result.IntactRecords, Is.EqualTo(1));
    }
}
