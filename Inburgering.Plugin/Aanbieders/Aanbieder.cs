using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// A language school or other organisation (aanbieder) the gemeente buys courses from. Its employees and systems sign
/// in for the organisation (eHerkenning, an API key), and see only the students referred to it.
/// </summary>
internal sealed class Aanbieder : IGemeenteOwned
{
    public Guid Id { get; set; }

    /// <summary>The gemeentecode of the gemeente that contracted the aanbieder.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The organisation's trade name.</summary>
    public required string Naam { get; set; }

    /// <summary>The KvK number: eight digits.</summary>
    public required string KvkNummer { get; set; }

    /// <summary>The KvK vestigingsnummer of the branch (twelve digits), or <see langword="null"/> for the whole organisation.</summary>
    public string? Vestigingsnummer { get; set; }

    /// <summary>Whether the aanbieder has the quality mark (keurmerk Blik op Werk) that afschalen needs.</summary>
    public bool Keurmerk { get; set; }

    /// <summary>Whether the contract runs; an inactive aanbieder gets no new referrals and cannot deliver.</summary>
    public bool Actief { get; set; } = true;

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who registered the aanbieder.</summary>
    public required string GeregistreerdDoor { get; set; }

    /// <summary>Goes up by one on every change, so an edit of an older version is refused.</summary>
    public int Version { get; set; }
}
