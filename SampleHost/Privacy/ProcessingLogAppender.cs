using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;

namespace SampleHost.Privacy;

/// <summary>
/// Appends records to a gemeente's processing log chain: numbers them after the chain head, links each to the hash
/// of the one before, and moves the head, all in one save.
/// </summary>
/// <remarks>
/// The head row's sequence number is a concurrency token. When another writer moved the head first, the save
/// changes no row, EF Core throws <see cref="DbUpdateConcurrencyException"/>, and the appender reads the new head
/// and tries again. This works the same on SQLite and PostgreSQL, and the unique index on gemeente and sequence
/// number rejects a fork even if a writer skipped the head.
/// </remarks>
internal sealed class ProcessingLogAppender(IServiceScopeFactory scopes, ILogger<ProcessingLogAppender> logger)
{
    /// <summary>The maximum number of attempts; each failed attempt means another writer appended in between.</summary>
    private const int MaxAttempts = 20;

    /// <summary>Appends <paramref name="entries"/>, in order, and sets their sequence numbers and hashes.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Other writers moved the head in each of the attempts.</exception>
    public async Task AppendAsync(string gemeente, IReadOnlyList<ProcessingLogEntry> entries, CancellationToken cancellationToken)
    {
        // A context of its own, so the caller's pending changes are neither saved nor rolled back with the log.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        await EnsureHeadAsync(db, gemeente, cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var head = await db.ProcessingLogChainHeads.SingleAsync(h => h.Gemeente == gemeente, cancellationToken);
            Link(head, entries);
            db.ProcessingLog.AddRange(entries);

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException exception) when (attempt < MaxAttempts)
            {
                Log.ProcessingLogHeadMoved(logger, gemeente, attempt, exception.Entries.Count);
                foreach (var entry in entries)
                {
                    entry.Id = 0;
                }
            }
        }
    }

    /// <summary>Numbers <paramref name="entries"/> after <paramref name="head"/>, computes their hashes and moves the head to the last one.</summary>
    private static void Link(ProcessingLogChainHead head, IReadOnlyList<ProcessingLogEntry> entries)
    {
        var sequence = head.Sequence;
        var previousHash = head.Hash;
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previousHash;
            entry.Hash = ProcessingLogHash.Compute(entry);
            previousHash = entry.Hash;
        }

        head.Sequence = sequence;
        head.Hash = previousHash;
    }

    /// <summary>Creates the gemeente's empty head unless it exists; concurrent writers may both try, so a conflict is ignored.</summary>
    private static Task<int> EnsureHeadAsync(HostDbContext db, string gemeente, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""INSERT INTO processing_log_chain_heads ("Gemeente", "Sequence", "Hash") VALUES ({gemeente}, 0, {ProcessingLogHash.Genesis}) ON CONFLICT DO NOTHING""",
            cancellationToken);
}
