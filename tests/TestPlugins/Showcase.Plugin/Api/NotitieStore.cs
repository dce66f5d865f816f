using Host.Abstractions;

namespace Showcase.Plugin.Api;

/// <summary>
/// The showcase's notes, in memory and per gemeente, so a test can check that a caller of one gemeente never reads
/// another's. A note added with an idempotency key that the gemeente used before is not added again.
/// </summary>
internal sealed class NotitieStore
{
    private readonly Lock _lock = new();
    private readonly List<Notitie> _notities = [];
    private readonly Dictionary<(string Gemeente, string Key), Notitie> _byIdempotencyKey = [];
    private int _lastId;

    /// <summary>The notes of <paramref name="gemeente"/>, oldest first.</summary>
    public IReadOnlyList<Notitie> List(GemeenteCode gemeente)
    {
        lock (_lock)
        {
            return [.. _notities.Where(n => n.Gemeente == gemeente.Value)];
        }
    }

    /// <summary>Returns the note with <paramref name="id"/> of <paramref name="gemeente"/>, or <see langword="null"/>.</summary>
    public Notitie? Find(GemeenteCode gemeente, int id)
    {
        lock (_lock)
        {
            return _notities.FirstOrDefault(n => n.Id == id && n.Gemeente == gemeente.Value);
        }
    }

    /// <summary>Adds a note, or returns the note added before with the same <paramref name="idempotencyKey"/>.</summary>
    public (Notitie Notitie, bool Added) Add(GemeenteCode gemeente, string idempotencyKey, string tekst)
    {
        lock (_lock)
        {
            if (_byIdempotencyKey.TryGetValue((gemeente.Value, idempotencyKey), out var earlier))
            {
                return (earlier, false);
            }

            var notitie = new Notitie(++_lastId, gemeente.Value, tekst);
            _notities.Add(notitie);
            _byIdempotencyKey[(gemeente.Value, idempotencyKey)] = notitie;
            return (notitie, true);
        }
    }
}

/// <summary>One note of a gemeente.</summary>
internal sealed record Notitie(int Id, string Gemeente, string Tekst);
