using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>Keeps every processing record, and rejects an activity no provider declares, as the host does.</summary>
public sealed class RecordingProcessingLog(IEnumerable<IProcessingActivityProvider> providers) : IProcessingLog
{
    private readonly List<ProcessingRecord> _records = [];

    public IReadOnlyList<ProcessingRecord> Records => _records;

    public Task RecordAsync(ProcessingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);

        if (!providers.SelectMany(p => p.Activities).Any(a => a.Id == record.ActivityId))
        {
            throw new ArgumentException($"Processing activity '{record.ActivityId}' is not declared.", nameof(record));
        }

        _records.Add(record);
        return Task.CompletedTask;
    }

    public void Clear() => _records.Clear();
}
