using System.Data;
using Microsoft.EntityFrameworkCore;
using Host.Abstractions;
using SampleHost.Persistence;
using SampleHost.Tenancy;

namespace SampleHost.Privacy;

/// <summary>
/// Walks each gemeente's processing log chain in sequence order and reports the first broken record: changed,
/// missing, out of order, or a head that does not match the last record.
/// </summary>
internal sealed class ProcessingLogVerifier(HostDbContext db, IServiceScopeFactory scopes, ILogger<ProcessingLogVerifier> logger)
{
    /// <summary>The actor of the verification command, which reads the log but processes no person's data.</summary>
    private const string VerifierActorId = "job:verwerkingslog-verificatie";

    /// <summary>
    /// Verifies the chain of every gemeente that has a chain head or a record, ordered by gemeentecode. Each gemeente
    /// is read in a scope of its own that acts for it, because PostgreSQL's row-level security shows a connection only
    /// the records of the gemeente it is bound to.
    /// </summary>
    public async Task<IReadOnlyList<ChainVerification>> VerifyAllAsync(CancellationToken cancellationToken)
    {
        var withHead = await db.ProcessingLogChainHeads.AsNoTracking().Select(h => h.Gemeente).ToListAsync(cancellationToken);
        var withRecords = await db.ProcessingLog.IgnoreQueryFilters().AsNoTracking().Select(e => e.Gemeente).Distinct().ToListAsync(cancellationToken);

        var results = new List<ChainVerification>();
        foreach (var gemeente in withHead.Union(withRecords).Order(StringComparer.Ordinal))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse(gemeente), VerifierActorId, VerifierActorId, new HashSet<string>());
            results.Add(await scope.ServiceProvider.GetRequiredService<ProcessingLogVerifier>().VerifyAsync(gemeente, cancellationToken));
        }

        return results;
    }

    /// <summary>Verifies the chain of <paramref name="gemeente"/>.</summary>
    public async Task<ChainVerification> VerifyAsync(string gemeente, CancellationToken cancellationToken)
    {
        var result = await WalkAsync(gemeente, cancellationToken);
        if (result.IsIntact)
        {
            Log.ProcessingLogVerified(logger, gemeente, result.IntactRecords);
        }
        else
        {
            Log.ProcessingLogBroken(logger, gemeente, result.BrokenAtSequence!.Value, result.Problem);
        }

        return result;
    }

    // One serializable transaction, so the records and the head come from the same snapshot even while writers
    // append. On SQLite it holds off writers until the walk ends.
    private async Task<ChainVerification> WalkAsync(string gemeente, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var expected = 1L;
        var previousHash = ProcessingLogHash.Genesis;
        var records = db.ProcessingLog.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.Gemeente == gemeente)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable();

        await foreach (var entry in records.WithCancellation(cancellationToken))
        {
            var intact = expected - 1;
            if (entry.Sequence != expected)
            {
                return ChainVerification.Broken(gemeente, intact, ChainProblem.RecordMissing, expected);
            }

            if (ProcessingLogHash.Compute(entry) != entry.Hash)
            {
                return ChainVerification.Broken(gemeente, intact, ChainProblem.RecordChanged, entry.Sequence);
            }

            if (entry.PreviousHash != previousHash)
            {
                return ChainVerification.Broken(gemeente, intact, ChainProblem.LinkBroken, entry.Sequence);
            }

            previousHash = entry.Hash;
            expected++;
        }

        return await CheckHeadAsync(gemeente, expected - 1, previousHash, cancellationToken);
    }

    /// <summary>Compares the head with the last record, which finds records deleted from the end of the chain.</summary>
    private async Task<ChainVerification> CheckHeadAsync(string gemeente, long lastSequence, string lastHash, CancellationToken cancellationToken)
    {
        var head = await db.ProcessingLogChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Gemeente == gemeente, cancellationToken);
        if (head is null)
        {
            // Records without a head: the head row was deleted, which only a database administrator can do.
            return lastSequence == 0
                ? ChainVerification.Intact(gemeente, 0)
                : ChainVerification.Broken(gemeente, lastSequence, ChainProblem.HeadMismatch, lastSequence);
        }

        if (head.Sequence > lastSequence)
        {
            return ChainVerification.Broken(gemeente, lastSequence, ChainProblem.RecordMissing, lastSequence + 1);
        }

        if (head.Sequence != lastSequence || head.Hash != lastHash)
        {
            return ChainVerification.Broken(gemeente, lastSequence, ChainProblem.HeadMismatch, head.Sequence);
        }

        return ChainVerification.Intact(gemeente, lastSequence);
    }
}
