namespace Showcase.Plugin;

/// <summary>The showcase's data, in memory: one editable record and 25 list items, the same for every gemeente.</summary>
internal sealed class ShowcaseStore
{
    private readonly Lock _lock = new();

    public ShowcaseStore()
    {
        Items = [.. Enumerable.Range(1, 25).Select(i => new ShowcaseItem(i, $"Item {i:00}", i % 3 == 0 ? "gesloten" : "open", i * 7 % 50))];
    }

    public IReadOnlyList<ShowcaseItem> Items { get; }

    public ShowcaseRecord Record { get; private set; } = new("Voorbeeld", "Eerste regel\nTweede regel", 12.5m, true, new DateOnly(2026, 11, 1), "b", ["a", "c"], null, 1);

    /// <summary>Replaces the record when <paramref name="expectedVersion"/> is the current version; returns false otherwise.</summary>
    public bool TryUpdate(int expectedVersion, Func<ShowcaseRecord, ShowcaseRecord> change)
    {
        lock (_lock)
        {
            if (Record.Version != expectedVersion)
            {
                return false;
            }

            Record = change(Record) with { Version = expectedVersion + 1 };
            return true;
        }
    }
}

/// <summary>One row of the showcase list.</summary>
internal sealed record ShowcaseItem(int Number, string Name, string Status, int Amount);

/// <summary>The editable showcase record.</summary>
internal sealed record ShowcaseRecord(
    string Title,
    string Notes,
    decimal Amount,
    bool Active,
    DateOnly Start,
    string Choice,
    IReadOnlyList<string> Choices,
    string? Reason,
    int Version);
