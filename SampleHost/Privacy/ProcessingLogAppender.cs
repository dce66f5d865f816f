using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Host.Abstractions;
using SampleHost.Persistence;
using SampleHost.Tenancy;

namespace SampleHost.Privacy;

/// <summary>
/// Appends records to a gemeente's processing log chain: numbers them after the chain head, links each to the hash
/// of the one before, and moves the head, all in one save. Appends to one gemeente that arrive while a save runs are
/// combined into the next save (<see cref="ProcessingLogAppendQueue"/>).
/// </summary>
/// <remarks>
/// Each attempt runs in a transaction: it reads the head, moves it with an UPDATE that matches only the sequence
/// number it read, and inserts the records. When another writer moved the head in between, the UPDATE changes no
/// row, and the attempt rolls back and starts again. On SQLite the transaction starts with <c>BEGIN IMMEDIATE</c>,
/// which already holds off other writers; on PostgreSQL reading the head locks it until the transaction ends. The
/// unique index on gemeente and sequence number rejects a fork even if a writer skipped the head.
/// </remarks>
internal sealed class ProcessingLogAppender(IServiceScopeFactory scopes, ILogger<ProcessingLogAppender> logger)
{
    /// <summary>The maximum number of attempts; each failed attempt means another writer appended in between.</summary>
    private const int MaxAttempts = 20;

    private readonly ConcurrentDictionary<string, ProcessingLogAppendQueue> _queues = new(StringComparer.Ordinal);

    /// <summary>The gemeenten whose chain head this instance has ensured, so it inserts a head once per gemeente instead of once per write.</summary>
    private readonly ConcurrentDictionary<string, bool> _heads = new(StringComparer.Ordinal);

    /// <summary>Appends <paramref name="entries"/>, in order, and sets their sequence numbers and hashes.</summary>
    /// <param name="gemeente">The gemeente whose chain gets the records.</param>
    /// <param name="entries">The records, all of <paramref name="gemeente"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels only the wait before the records are queued: once queued they are written, because the processing they
    /// record has already happened.
    /// </param>
    /// <exception cref="DbUpdateConcurrencyException">Other writers moved the head in each of the attempts.</exception>
    public Task AppendAsync(string gemeente, IReadOnlyList<ProcessingLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(gemeente);
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var queue = _queues.GetOrAdd(gemeente, code => new ProcessingLogAppendQueue(batch => WriteAsync(code, batch)));
        return queue.AppendAsync(entries);
    }

    /// <summary>Appends one batch in a transaction, trying again when another writer moved the head in between.</summary>
    private async Task WriteAsync(string gemeente, IReadOnlyList<ProcessingLogEntry> entries)
    {
        // The write is not cancelled with any one caller, because it carries the records of several.
        var cancellationToken = CancellationToken.None;

        // A context of its own, so the caller's pending changes are neither saved nor rolled back with the log. Its
        // scope acts for the gemeente, so on PostgreSQL the connection is bound to it for row-level security.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse(gemeente), entries[0].ActorId, entries[0].ActorId, new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);

        // A failed save ends the attempt with the transaction, so no savepoint is needed, and none is sent while the head is locked.
        db.Database.AutoSavepointsEnabled = false;
        if (!_heads.ContainsKey(gemeente))
        {
            await EnsureHeadAsync(db, gemeente, cancellationToken);
            _heads[gemeente] = true;
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var head = await ReadHeadAsync(db, gemeente, cancellationToken);
            var readSequence = head.Sequence;
            Link(head, entries);

            var moved = await db.ProcessingLogChainHeads
                .Where(h => h.Gemeente == gemeente && h.Sequence == readSequence)
                .ExecuteUpdateAsync(set => set.SetProperty(h => h.Sequence, head.Sequence).SetProperty(h => h.Hash, head.Hash), cancellationToken);
            if (moved == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                Log.ProcessingLogHeadMoved(logger, gemeente, attempt);
                continue;
            }

            db.ProcessingLog.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        throw new DbUpdateConcurrencyException($"The processing log chain of gemeente {gemeente} moved in each of {MaxAttempts} attempts to append to it.");
    }

    /// <summary>
    /// Reads the chain head. On PostgreSQL it locks the row until the transaction ends, so writers of one gemeente
    /// take turns instead of retrying; SQLite's <c>BEGIN IMMEDIATE</c> already makes them take turns.
    /// </summary>
    private static Task<ProcessingLogChainHead> ReadHeadAsync(HostDbContext db, string gemeente, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? db.ProcessingLogChainHeads
                .FromSqlInterpolated($"""SELECT * FROM processing_log_chain_heads WHERE "Gemeente" = {gemeente} FOR UPDATE""")
                .AsNoTracking()
                .SingleAsync(cancellationToken)
            : db.ProcessingLogChainHeads.AsNoTracking().SingleAsync(h => h.Gemeente == gemeente, cancellationToken);

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
