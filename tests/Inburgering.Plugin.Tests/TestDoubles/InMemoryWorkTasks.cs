using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>The host's work queue as a list per gemeente, with the same rules for keys and closed tasks.</summary>
public sealed class InMemoryWorkTasks(TestTenant tenant) : IWorkTasks
{
    private readonly List<Entry> _entries = [];

    /// <summary>Every task of every gemeente, open and closed, in the order they were created.</summary>
    public IReadOnlyList<Entry> All
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>The open tasks of the current gemeente.</summary>
    public IReadOnlyList<WorkTask> Open => [.. Current().Where(e => e.ClosedReason is null).Select(e => e.Task)];

    /// <summary>
    /// Whether <see cref="OpenTasksAsync"/> reports the title and due date of each open task, as SampleHost does. When
    /// <see langword="false"/>, it reports only the keys, as the SDK's default implementation does for a host that has
    /// no override.
    /// </summary>
    public bool ReportsOpenTasks { get; set; } = true;

    /// <summary>The number of <see cref="EnsureAsync"/> calls, which the batch methods make once per task.</summary>
    public int EnsureCount { get; private set; }

    public Task<bool> EnsureAsync(WorkTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);

        lock (_entries)
        {
            EnsureCount++;
            var existing = Current().SingleOrDefault(e => e.Task.Key == task.Key);
            if (existing is not null)
            {
                if (existing.ClosedReason is null)
                {
                    existing.Task = task;
                }

                return Task.FromResult(false);
            }

            _entries.Add(new Entry(Gemeente(), task));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlySet<string>> OpenKeysAsync(string kind, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            IReadOnlySet<string> keys = Current().Where(e => e.Task.Kind == kind && e.ClosedReason is null).Select(e => e.Task.Key).ToHashSet();
            return Task.FromResult(keys);
        }
    }

    public Task<IReadOnlyList<OpenWorkTask>> OpenTasksAsync(string kind, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            IReadOnlyList<OpenWorkTask> open = [.. Current()
                .Where(e => e.Task.Kind == kind && e.ClosedReason is null)
                .Select(e => ReportsOpenTasks ? new OpenWorkTask(e.Task.Key, e.Task.Title, e.Task.DueDate) : new OpenWorkTask(e.Task.Key, null, null))];
            return Task.FromResult(open);
        }
    }

    public Task<bool> CloseAsync(string key, LocalizedText reason, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            var open = Current().SingleOrDefault(e => e.Task.Key == key && e.ClosedReason is null);
            if (open is null)
            {
                return Task.FromResult(false);
            }

            open.ClosedReason = reason;
            return Task.FromResult(true);
        }
    }

    public Task<int> CloseForRecordAsync(string kindPrefix, string recordId, LocalizedText reason, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            var open = Current().Where(e => e.Task.RecordId == recordId && e.Task.Kind.StartsWith(kindPrefix, StringComparison.Ordinal) && e.ClosedReason is null).ToList();
            open.ForEach(e => e.ClosedReason = reason);
            return Task.FromResult(open.Count);
        }
    }

    /// <summary>Closes a task as a user does in the work queue.</summary>
    public void CloseAsUser(string key)
    {
        lock (_entries)
        {
            Current().Single(e => e.Task.Key == key && e.ClosedReason is null).ClosedReason = new LocalizedText("Afgehandeld", "Done");
        }
    }

    private string Gemeente() => tenant.Current?.Value ?? throw new InvalidOperationException("A task needs a current gemeente.");

    private IEnumerable<Entry> Current() => _entries.Where(e => e.Gemeente == Gemeente());

    /// <summary>A task and, once closed, why.</summary>
    public sealed class Entry(string gemeente, WorkTask task)
    {
        public string Gemeente { get; } = gemeente;

        public WorkTask Task { get; set; } = task;

        public LocalizedText? ClosedReason { get; set; }
    }
}
