using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// A voortgangsgesprek (progress meeting) of the consulent with the inburgeraar: planned, then held with notes and
/// afspraken (agreements). A dossier has at most one planned conversation that is not held yet.
/// </summary>
internal sealed class Voortgangsgesprek : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The planned moment in UTC, or <see langword="null"/> for a conversation recorded without planning.</summary>
    public DateTimeOffset? GeplandOp { get; set; }

    /// <summary>The moment it was held in UTC, or <see langword="null"/> while it is only planned.</summary>
    public DateTimeOffset? GehoudenOp { get; set; }

    public string? Notities { get; set; }

    /// <summary>What the consulent and the inburgeraar agreed.</summary>
    public string? Afspraken { get; set; }

    public DateTimeOffset GewijzigdOp { get; set; }

    /// <summary>The host's user id of the employee who last planned or recorded the conversation.</summary>
    public required string GewijzigdDoor { get; set; }

    /// <summary>Whether the conversation is planned and not held yet.</summary>
    public bool IsGepland => GeplandOp is not null && GehoudenOp is null;

    /// <summary>The moment that orders the list: when it was held, or else when it is planned.</summary>
    public DateTimeOffset Moment => GehoudenOp ?? GeplandOp ?? GewijzigdOp;
}
