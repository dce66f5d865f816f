using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// A detected move of the person of a dossier to another gemeente. The gemeente of the dossier keeps it until it has
/// handed the inburgering over (<see cref="VerhuizingStatus.Overgedragen"/>) or an employee found that the person did
/// not move (<see cref="VerhuizingStatus.GeenVerhuizing"/>). A dossier has at most one open Verhuizing.
/// </summary>
internal sealed class Verhuizing : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier, the gemeente the person moves away from.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The gemeentecode of the gemeente the person moved to.</summary>
    public required string NieuweGemeente { get; set; }

    /// <summary>
    /// The day of the move: the BRP's date of registration in the new gemeente when the BRP returned the whole date,
    /// otherwise the day the move was detected.
    /// </summary>
    public DateOnly Datum { get; set; }

    /// <summary>Whether <see cref="Datum"/> is the BRP's date of registration rather than the day of detection.</summary>
    public bool DatumUitBrp { get; set; }

    public VerhuizingBron Bron { get; set; }

    public VerhuizingStatus Status { get; set; }

    /// <summary>When the move was detected.</summary>
    public DateTimeOffset GesignaleerdOp { get; set; }

    /// <summary>When an employee or the overdracht closed the Verhuizing, or <see langword="null"/> while it is open.</summary>
    public DateTimeOffset? AfgehandeldOp { get; set; }

    /// <summary>The host's user id of the employee or job that closed the Verhuizing, or <see langword="null"/> while it is open.</summary>
    public string? AfgehandeldDoor { get; set; }

    /// <summary>Why the employee found it was no move; set only with <see cref="VerhuizingStatus.GeenVerhuizing"/>.</summary>
    public string? Reden { get; set; }

    /// <summary>Whether the Verhuizing still waits for an overdracht or a dismissal.</summary>
    public bool IsOpen => Status == VerhuizingStatus.Gesignaleerd;

    /// <summary>The key of the werkvoorraad task to prepare the overdracht; one task per Verhuizing.</summary>
    public string TaakKey => VerhuizingTaak.KeyOf(Id);
}
