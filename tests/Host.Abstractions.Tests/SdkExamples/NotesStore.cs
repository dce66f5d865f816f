namespace Host.Abstractions.Tests.SdkExamples;

/// <summary>The notes per gemeente, in memory; a real plugin keeps them in its own tables.</summary>
public sealed class NotesStore
{
    private readonly Dictionary<GemeenteCode, List<string>> _notes = [];
    private readonly Lock _lock = new();

    /// <summary>Returns the notes of <paramref name="gemeente"/>, newest first.</summary>
    public IReadOnlyList<string> For(GemeenteCode gemeente)
    {
        lock (_lock)
        {
            return _notes.TryGetValue(gemeente, out var notes) ? [.. Enumerable.Reverse(notes)] : [];
        }
    }

    /// <summary>Adds a note when the gemeente still has <paramref name="expectedCount"/> notes; returns false otherwise.</summary>
    public bool TryAdd(GemeenteCode gemeente, int expectedCount, string text)
    {
        lock (_lock)
        {
            var notes = _notes.TryGetValue(gemeente, out var existing) ? existing : _notes[gemeente] = [];
            if (notes.Count != expectedCount)
            {
                return false;
            }

            notes.Add(text);
            return true;
        }
    }
}
