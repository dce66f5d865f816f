using System.Text;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Privacy;
using SampleHost.Tenancy;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Privacy;

/// <summary>
/// The organisation an actor acted for in the processing log: stored per record, hashed into the chain from format
/// version 2, while records without one keep the hash of version 1. Each test writes to a gemeente of its own.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ProcessingLogOrganisationTests(DatabaseProvider provider)
{
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("processing_log_organisation")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Record_StoresOnBehalfOfOrUsersOrganisation()
    {
        await WriteMixedAsync("0101");

        var entries = await ReadAsync("0101");

        Assert.That(entries.Select(e => e.OnBehalfOf), Is.EqualTo(new[] { null, "90059901", "12345678", "12345678" }));
    }

    [Test]
    public async Task Verify_OldAndNewRecords_IsIntact()
    {
        await WriteMixedAsync("0102");

        var result = await VerifyAsync("0102");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.None));
        Assert.That(result.IntactRecords, Is.EqualTo(4));
    }

    [Test]
    public async Task Hash_WithoutOrganisation_KeepsVersion1Form()
    {
        await WriteMixedAsync("0103");
        var entries = await ReadAsync("0103");

        var withoutOrganisation = Encoding.UTF8.GetString(ProcessingLogHash.CanonicalForm(entries[0]));
        var withOrganisation = Encoding.UTF8.GetString(ProcessingLogHash.CanonicalForm(entries[1]));

        Assert.That(withoutOrganisation, Does.StartWith("[1,\"0103\",1,"));
        Assert.That(withoutOrganisation, Does.EndWith($",\"{ProcessingLogHash.Genesis}\"]"));
        Assert.That(withOrganisation, Does.StartWith("[2,\"0103\",2,"));
        Assert.That(withOrganisation, Does.EndWith($",\"{entries[0].Hash}\",\"90059901\"]"));
    }

    [Test]
    public async Task RemovedOrganisation_DetectedAtItsSequence()
    {
        await WriteMixedAsync("0104");

        await TamperAsync("""UPDATE processing_log SET "OnBehalfOf" = NULL WHERE "Gemeente" = '0104' AND "Sequence" = 2""");
        var result = await VerifyAsync("0104");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.RecordChanged));
        Assert.That(result.BrokenAtSequence, Is.EqualTo(2));
    }

    [Test]
    public async Task AddedOrganisation_DetectedAtItsSequence()
    {
        await WriteMixedAsync("0105");

        await TamperAsync("""UPDATE processing_log SET "OnBehalfOf" = '99999999' WHERE "Gemeente" = '0105' AND "Sequence" = 1""");
        var result = await VerifyAsync("0105");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.RecordChanged));
        Assert.That(result.BrokenAtSequence, Is.EqualTo(1));
    }

    /// <summary>
    /// Writes four records: by staff without an organisation, by an aanbieder's user, by staff for an aanbieder's
    /// file, and by the aanbieder's user with the record's own organisation winning.
    /// </summary>
    private async Task WriteMixedAsync(string gemeente)
    {
        await WriteAsync(gemeente, null, null);
        await WriteAsync(gemeente, "90059901", null);
        await WriteAsync(gemeente, null, "12345678");
        await WriteAsync(gemeente, "90059901", "12345678");
    }

    private async Task WriteAsync(string gemeente, string? userOrganisation, string? onBehalfOf)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(
            GemeenteCode.Parse(gemeente),
            userOrganisation is null ? "consulent-1" : "aanbieder-1",
            "Test",
            new HashSet<string>([userOrganisation is null ? HostRoles.ConsulentInburgering : HostRoles.Aanbieder]),
            userOrganisation);
        var record = new ProcessingRecord(HostProcessingActivities.Klantbeeld, ProcessingOperation.Read, new DataSubject(DataSubjectIdTypes.Internal, "client-1"))
        {
            OnBehalfOf = onBehalfOf,
        };

        await scope.ServiceProvider.GetRequiredService<IProcessingLog>().RecordAsync(record, CancellationToken.None);
    }

    private async Task<List<ProcessingLogEntry>> ReadAsync(string gemeente)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse(gemeente), "reader", "reader", new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    private async Task<ChainVerification> VerifyAsync(string gemeente)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProcessingLogVerifier>().VerifyAsync(gemeente, CancellationToken.None);
    }

    /// <summary>Runs SQL with the append-only triggers dropped, as a database administrator could.</summary>
    private async Task TamperAsync(string statement)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var providerName = db.Database.ProviderName;
        foreach (var drop in ProcessingLogTriggers.DropStatements(providerName))
        {
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync(statement);
        }
        finally
        {
            foreach (var create in ProcessingLogTriggers.CreateStatements(providerName))
            {
                await db.Database.ExecuteSqlRawAsync(create);
            }
        }
    }
}
