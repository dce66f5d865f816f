using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Levensloop;

/// <summary>
/// One correction of a dossier's wet regime or doelgroep: the old and the new value, the reason, the employee, the day,
/// and the DUO signal behind it when DUO reported the change.
/// </summary>
internal sealed class DossierCorrectie : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public CorrectieGegeven Gegeven { get; set; }

    /// <summary>The enum member name of the value before the correction, for example <c>Wi2013</c>.</summary>
    public required string OudeWaarde { get; set; }

    /// <summary>The enum member name of the value after the correction.</summary>
    public required string NieuweWaarde { get; set; }

    /// <summary>Why, in the employee's words or as the DUO signal put it.</summary>
    public required string Reden { get; set; }

    /// <summary>The host's user id of the employee who made the correction.</summary>
    public required string Door { get; set; }

    /// <summary>The day of the correction in Europe/Amsterdam.</summary>
    public DateOnly Op { get; set; }

    /// <summary>The DUO signal the correction processed, or <see langword="null"/> for a correction by hand.</summary>
    public Guid? DuoSignaalId { get; set; }
}
