using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Pip;

/// <summary>A dossier with its PIP versions and the extension of its PIP deadline, as the PIP actions and screen use them.</summary>
internal sealed record PipDossier(Dossier Dossier, IReadOnlyList<PipVersie> Versies, PipVerlenging? Verlenging)
{
    /// <summary>The open concept, or <see langword="null"/>; there is at most one.</summary>
    public PipVersie? OpenConcept => Versies.SingleOrDefault(v => !v.IsVastgesteld);

    /// <summary>The vastgesteld version with the highest number, or <see langword="null"/> before the first PIP.</summary>
    public PipVersie? LaatsteVastgesteld => Versies.Where(v => v.IsVastgesteld).MaxBy(v => v.Versienummer);

    /// <summary>The number the next version gets.</summary>
    public int VolgendVersienummer => Versies.Count == 0 ? 1 : Versies.Max(v => v.Versienummer) + 1;

    /// <summary>The deadline for the first PIP.</summary>
    public PipTermijn Termijn => PipTermijn.Bepaal(Dossier.DuoKennisgevingOp, Dossier.BrpInschrijvingsdatum, Verlenging);
}
