using Host.Abstractions;

namespace Inburgering.Plugin.Dossiers;

/// <summary>
/// The dossier's lifecycle as a workflow: only the transitions listed here are possible. Every transition is recorded
/// as a <see cref="DossierStatusWijziging"/> with the day, the employee and the reason.
/// </summary>
internal static class DossierLifecycle
{
    private static readonly DossierStatus[] s_final =
        [DossierStatus.Voldaan, DossierStatus.Ontheffing, DossierStatus.Vertrokken, DossierStatus.Verwijderd];

    private static readonly DossierStatus[] s_open =
        [DossierStatus.Gekoppeld, DossierStatus.BredeIntake, DossierStatus.PipVastgesteld, DossierStatus.InTraject];

    /// <summary>Every allowed transition, from and to.</summary>
    public static IReadOnlyList<(DossierStatus From, DossierStatus To)> Transitions { get; } =
    [
        (DossierStatus.Gekoppeld, DossierStatus.BredeIntake),
        (DossierStatus.BredeIntake, DossierStatus.PipVastgesteld),
        (DossierStatus.PipVastgesteld, DossierStatus.InTraject),
        (DossierStatus.InTraject, DossierStatus.Voldaan),
        .. s_open.SelectMany(from => new[] { DossierStatus.Ontheffing, DossierStatus.Vertrokken, DossierStatus.Verwijderd }.Select(to => (from, to))),
    ];

    /// <summary>Returns whether <paramref name="status"/> closes the dossier.</summary>
    public static bool IsFinal(this DossierStatus status) => s_final.Contains(status);

    /// <summary>Returns whether the lifecycle allows a move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(DossierStatus from, DossierStatus to) => Transitions.Contains((from, to));

    /// <summary>
    /// Moves <paramref name="dossier"/> to <paramref name="to"/> on <paramref name="on"/> and returns the history entry to
    /// add. A final status also closes the dossier on that day. Returns an error, and changes nothing, when the lifecycle
    /// does not allow the transition.
    /// </summary>
    public static (DossierStatusWijziging? Wijziging, LocalizedText? Error) Move(Dossier dossier, DossierStatus to, DateOnly on, string actorId, string? reden)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentException.ThrowIfNullOrEmpty(actorId);

        if (!Allows(dossier.Status, to))
        {
            return (null, new LocalizedText(
                $"Een dossier met status {DossierStatusNames.Nl(dossier.Status)} kan niet naar {DossierStatusNames.Nl(to)}.",
                $"A dossier with status {DossierStatusNames.En(dossier.Status)} cannot move to {DossierStatusNames.En(to)}."));
        }

        var wijziging = new DossierStatusWijziging
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            VorigeStatus = dossier.Status,
            NieuweStatus = to,
            Op = on,
            Door = actorId,
            Reden = reden,
        };

        dossier.Status = to;
        dossier.StatusSinds = on;
        if (to.IsFinal())
        {
            dossier.AfgeslotenOp = on;
        }

        return (wijziging, null);
    }
}
