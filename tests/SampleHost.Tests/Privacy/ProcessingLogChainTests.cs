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
/// The processing log's hash chain and append-only triggers on SQLite and PostgreSQL: records are tampered with by
/// SQL, as a database administrator could after dropping the triggers, and the verifier names the first broken
/// sequence number. Each test writes to a gemeente of its own, so the chains do not meet.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ProcessingLogChainTests(DatabaseProvider provider)
{
    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("processing_log")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Verify_UntouchedLog_IsIntact()
    {
        await WriteAsync("0001", 5);

        var result = await VerifyAsync("0001");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.None));
        Assert.That(result.IntactRecords, Is.EqualTo(5));
        Assert.That(result.BrokenAtSequence, Is.Null);
    }

    [Test]
    public async Task Append_LinksEachRecordToThePreviousHash()
    {
        await WriteAsync("0002", 3);

        var entries = await ReadAsync("0002");

        Assert.That(entries.Select(e => e.Sequence), Is.EqualTo(new long[] { 1, 2, 3 }));
        Assert.That(entries[0].PreviousHash, Is.EqualTo(ProcessingLogHash.Genesis));
        Assert.That(entries[1].PreviousHash, Is.EqualTo(entries[0].Hash));
        Assert.That(entries[2].PreviousHash, Is.EqualTo(entries[1].Hash));
        Assert.That(entries[2].Hash, Is.EqualTo(ProcessingLogHash.Compute(entries[2])));
        Assert.That(entries[2].ActorRoles, Is.EqualTo(HostRoles.ConsulentInburgering));
    }

    [Test]
    public async Task ChangedField_DetectedAtItsSequence()
    {
        await WriteAsync("0004", 5);

        await TamperAsync("""UPDATE processing_log SET "ActorId" = 'someone-else' WHERE "Gemeente" = '0004' AND "Sequence" = 3""");
        var result = await VerifyAsync("0004");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.RecordChanged));
        Assert.That(result.BrokenAtSequence, Is.EqualTo(3));
        Assert.That(result.IntactRecords, Is.EqualTo(2));
    }

    [Test]
    public async Task ChangedFieldWithNewHash_DetectedAtNextRecord()
    {
        await WriteAsync("0005", 5);
        var third = (await ReadAsync("0005"))[2];
        third.ActivityId = HostProcessingActivities.Klantregistratie;
        var forgedHash = ProcessingLogHash.Compute(third);

        await TamperAsync($"""UPDATE processing_log SET "ActivityId" = '{HostProcessingActivities.Klantregistratie}', "Hash" = '{forgedHash}' WHERE "Gemeente" = '0005' AND "Sequence" = 3""");
        var result = await VerifyAsync("0005");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.LinkBroken));
        Assert.That(result.BrokenAtSequence, Is.EqualTo(4));
    }

    [Test]
    public async Task DeletedMiddleRecord_DetectedAtItsSequence()
    {
        await WriteAsync("0006", 5);

        await TamperAsync("""DELETE FROM processing_log WHERE "Gemeente" = '0006' AND "Sequence" = 3""");
        var result = await VerifyAsync("0006");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.RecordMissing));
        Assert.That(result.BrokenAtSequence, Is.EqualTo(3));
        Assert.That(result.IntactRecords, Is.EqualTo(2));
    }

    [Test]
    public async Task DeletedLastRecord_DetectedAgainstHead()
    {
        await WriteAsync("0007", 5);

        await TamperAsync("""DELETE FROM processing_log WHERE "Gemeente" = '0007' AND "Sequence" = 5""");
        var result = await VerifyAsync("0007");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.RecordMissing));
        Assert.That(result.BrokenAtSequence, Is.EqualTo(5));
    }

    [Test]
    public async Task SwappedRecords_DetectedAtFirstPosition()
    {
        await WriteAsync("0008", 5);

        await TamperAsync(
            """UPDATE processing_log SET "Sequence" = -2 WHERE "Gemeente" = '0008' AND "Sequence" = 2""",
            """UPDATE processing_log SET "Sequence" = 2 WHERE "Gemeente" = '0008' AND "Sequence" = 4""",
            """UPDATE processing_log SET "Sequence" = 4 WHERE "Gemeente" = '0008' AND "Sequence" = -2""");
        var result = await VerifyAsync("0008");

        Assert.That(result.Problem, Is.EqualTo(ChainProblem.RecordChanged));
        Assert.That(result.BrokenAtSequence, Is.EqualTo(2));
    }

    [Test]
    public async Task ConcurrentWriters_KeepOneValidChain()
    {
        const int writers = 8;
        const int recordsPerWriter = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => WriteAsync("0009", recordsPerWriter))));
        var entries = await ReadAsync("0009");
        var result = await VerifyAsync("0009");

        Assert.That(entries.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, writers * recordsPerWriter).Select(i => (long)i)));
        Assert.That(result.Problem, Is.EqualTo(ChainProblem.None));
        Assert.That(result.IntactRecords, Is.EqualTo(writers * recordsPerWriter));
    }

    [Test]
    public async Task VerifyDuringWrites_ReportsIntactChain()
    {
        var writing = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => WriteAsync("0011", 10))));
        var results = new List<ChainVerification>();

        while (!writing.IsCompleted)
        {
            results.Add(await VerifyAsync("0011"));
        }

        await writing;
        results.Add(await VerifyAsync("0011"));

        Assert.That(results.Select(r => r.Problem).Distinct(), Is.EqualTo(new[] { ChainProblem.None }));
        Assert.That(results[^1].IntactRecords, Is.EqualTo(40));
    }

    [Test]
    public async Task Record_KeepsCallersPendingChangesUnsaved()
    {
        await using var scope = CreateScope("0010");
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        db.Clients.Add(new SampleHost.Clients.Client
        {
            Id = Guid.CreateVersion7(),
            Gemeente = "0010",
            Bsn = "999993653",
            Naam = "Pending",
            GeregistreerdDoor = "test-consulent",
        });

        await scope.ServiceProvider.GetRequiredService<IProcessingLog>().RecordAsync(
            new(HostProcessingActivities.Klantbeeld, ProcessingOperation.Read, new DataSubject(DataSubjectIdTypes.Internal, "client-1")),
            CancellationToken.None);
        var saved = await db.Clients.AsNoTracking().CountAsync();

        Assert.That(saved, Is.Zero);
        Assert.That(db.ChangeTracker.Entries().Count(), Is.EqualTo(1), "the new client is still pending");
        Assert.That(await ReadAsync("0010"), Has.Count.EqualTo(1));
    }

    private AsyncServiceScope CreateScope(string gemeente)
    {
        var scope = _server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(
            GemeenteCode.Parse(gemeente), "test-consulent", "Test", new HashSet<string> { HostRoles.ConsulentInburgering });
        return scope;
    }

    private async Task WriteAsync(string gemeente, int count)
    {
        await using var scope = CreateScope(gemeente);
        var log = scope.ServiceProvider.GetRequiredService<IProcessingLog>();

        // One call per record, so concurrent writers interleave record by record.
        for (var i = 0; i < count; i++)
        {
            await log.RecordAsync(
                new(HostProcessingActivities.Klantbeeld, ProcessingOperation.Read, new DataSubject(DataSubjectIdTypes.Internal, $"client-{i}")),
                CancellationToken.None);
        }
    }

    private async Task<List<ProcessingLogEntry>> ReadAsync(string gemeente)
    {
        await using var scope = CreateScope(gemeente);
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    private async Task<ChainVerification> VerifyAsync(string gemeente)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProcessingLogVerifier>().VerifyAsync(gemeente, CancellationToken.None);
    }

    private async Task AdminSqlAsync(params string[] statements)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement);
        }
    }

    /// <summary>Drops the triggers, runs <paramref name="statements"/> and creates the triggers again.</summary>
    private async Task TamperAsync(params string[] statements)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var providerName = scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.ProviderName;

        await AdminSqlAsync([.. ProcessingLogTriggers.DropStatements(providerName)]);
        try
        {
            await AdminSqlAsync(statements);
        }
        finally
        {
            await AdminSqlAsync([.. ProcessingLogTriggers.CreateStatements(providerName)]);
        }
    }
}
