namespace SampleHost.Privacy;

/// <summary>
/// Combines the appends to one gemeente's processing log chain that arrive while a write is running into the next
/// write (group commit). Concurrent requests then share one transaction on the chain head instead of queueing for its
/// lock one by one.
/// </summary>
/// <remarks>
/// The caller whose append finds no write running writes the queued batch itself. When it is done, it hands the next
/// batch to the first caller still queued and completes the callers of its batch with the write's outcome: success,
/// or the same exception for each. Records keep their callers' order within a batch. Once queued, an append is written
/// even when its caller is cancelled, because the processing it records has already happened.
/// </remarks>
internal sealed class ProcessingLogAppendQueue(Func<IReadOnlyList<ProcessingLogEntry>, Task> write)
{
    /// <summary>The maximum number of records one write takes, so a burst of large appends does not become one huge transaction.</summary>
    public const int MaxRecordsPerWrite = 5_000;

    private readonly Lock _gate = new();
    private List<Append> _queued = [];
    private bool _writing;

    /// <summary>Queues <paramref name="entries"/> and returns when they are committed, or throws the write's exception.</summary>
    public async Task AppendAsync(IReadOnlyList<ProcessingLogEntry> entries)
    {
        var append = new Append(entries);
        bool leads;
        lock (_gate)
        {
            _queued.Add(append);
            leads = !_writing;
            _writing = true;
        }

        if (!leads && !await append.Outcome.Task)
        {
            return;
        }

        await WriteNextBatchAsync();
    }

    /// <summary>Writes the first queued appends, which include the caller's, then hands over and completes them.</summary>
    private async Task WriteNextBatchAsync()
    {
        var batch = TakeBatch();
        var writing = WriteAsync([.. batch.SelectMany(a => a.Entries)]);
        try
        {
            await writing;
        }
        finally
        {
            HandOver();
            foreach (var append in batch)
            {
                Complete(append, writing);
            }
        }
    }

    /// <summary>Calls the write, so that an exception it throws before its first await also ends up in the task.</summary>
    private async Task WriteAsync(IReadOnlyList<ProcessingLogEntry> entries) => await write(entries);

    private List<Append> TakeBatch()
    {
        lock (_gate)
        {
            var recordCount = 0;
            var appendCount = 0;
            while (appendCount < _queued.Count && (appendCount == 0 || recordCount + _queued[appendCount].Entries.Count <= MaxRecordsPerWrite))
            {
                recordCount += _queued[appendCount].Entries.Count;
                appendCount++;
            }

            var batch = _queued[..appendCount];
            _queued = _queued[appendCount..];
            return batch;
        }
    }

    /// <summary>Lets the first caller still queued write the next batch, or marks the queue idle.</summary>
    private void HandOver()
    {
        Append? next;
        lock (_gate)
        {
            next = _queued.Count > 0 ? _queued[0] : null;
            _writing = next is not null;
        }

        next?.Outcome.TrySetResult(true);
    }

    private static void Complete(Append append, Task writing)
    {
        if (writing.IsCompletedSuccessfully)
        {
            append.Outcome.TrySetResult(false);
        }
        else if (writing.Exception is { } failure)
        {
            append.Outcome.TrySetException(failure.InnerExceptions);
        }
        else
        {
            append.Outcome.TrySetCanceled();
        }
    }

    /// <summary>One caller's records, and its outcome: <see langword="true"/> when it must write the next batch, <see langword="false"/> when its records are committed.</summary>
    private sealed record Append(IReadOnlyList<ProcessingLogEntry> Entries)
    {
        public TaskCompletionSource<bool> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
