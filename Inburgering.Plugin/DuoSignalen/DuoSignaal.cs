using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// A signal from DUO in the gemeente's inbox: a new inburgeringsplichtige, a correction or a withdrawal, about one person
/// identified by BSN or, before the BRP has a BSN, by V-nummer. Processing it registers or changes that person's dossier.
/// </summary>
// NOTE: the retention job deletes the signals of the dossiers it anonymises. A rejected signal that never led to a
// dossier keeps its BSN or V-nummer, because no retention period is set for those yet.
internal sealed class DuoSignaal : IGemeenteOwned
{
    public Guid Id { get; set; }

    /// <summary>The gemeentecode of the gemeente the signal is for.</summary>
    public required string Gemeente { get; set; }

    public DuoSignaalSoort Soort { get; set; }

    /// <summary>
    /// The date DUO gave the signal, its legal date. A late signal keeps it: the PIP deadline of a new plichtige counts
    /// from this day, not from the day the gemeente received or entered the signal.
    /// </summary>
    public DateOnly Kennisgevingsdatum { get; set; }

    /// <summary>The day the gemeente received the signal.</summary>
    public DateOnly OntvangenOp { get; set; }

    /// <summary>The nine-digit BSN, or <see langword="null"/> when the signal names a V-nummer.</summary>
    public string? Bsn { get; set; }

    /// <summary>The ten-digit V-nummer, or <see langword="null"/> when the signal names a BSN.</summary>
    public string? VNummer { get; set; }

    /// <summary>The doelgroep DUO reports; set for a new plichtige, optional for a correction.</summary>
    public Doelgroep? Doelgroep { get; set; }

    /// <summary>The wet regime DUO reports; set for a new plichtige, optional for a correction.</summary>
    public WetRegime? WetRegime { get; set; }

    /// <summary>The koppeldatum for a new dossier when it differs from <see cref="Kennisgevingsdatum"/>, or <see langword="null"/>.</summary>
    public DateOnly? Koppeldatum { get; set; }

    /// <summary>DUO's own reference of the signal, or <see langword="null"/> when the signal came without one.</summary>
    public string? Kenmerk { get; set; }

    /// <summary>
    /// The key of the signal's content (see <see cref="DuoSignaalSleutel"/>). It is unique per gemeente, so the same
    /// signal is stored once, whether it is entered by hand or imported.
    /// </summary>
    public required string Inhoudssleutel { get; set; }

    /// <summary>The employee's note, or <see langword="null"/>.</summary>
    public string? Toelichting { get; set; }

    /// <summary>Where the signal is in the inbox; a concurrency token, so two users cannot process it both.</summary>
    public DuoSignaalStatus Status { get; set; }

    /// <summary>Why the signal was rejected; set with <see cref="DuoSignaalStatus.Afgewezen"/>.</summary>
    public string? AfwijsReden { get; set; }

    public DateTimeOffset IngevoerdOp { get; set; }

    /// <summary>The host's user id of the employee who entered the signal.</summary>
    public required string IngevoerdDoor { get; set; }

    /// <summary>When the signal was processed or rejected, or <see langword="null"/> while it is new.</summary>
    public DateTimeOffset? VerwerktOp { get; set; }

    /// <summary>The host's user id of the employee who processed or rejected the signal.</summary>
    public string? VerwerktDoor { get; set; }

    /// <summary>The dossier the processing registered or changed, or <see langword="null"/>.</summary>
    public Guid? DossierId { get; set; }

    /// <summary>Returns the person of the signal for the processing log.</summary>
    public DataSubject Subject() => Bsn is { } bsn
        ? DataSubject.FromBsn(Host.Abstractions.Bsn.Parse(bsn))
        : new DataSubject(DataSubjectIdTypes.VNummer, VNummer ?? throw new InvalidOperationException($"DUO signal {Id} has neither a BSN nor a V-nummer."));
}
