using System.Linq.Expressions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>The dossiers a move matters for: open, not anonymised and not restricted.</summary>
internal static class OpenDossiers
{
    private static readonly DossierStatus[] s_open =
        [DossierStatus.Gekoppeld, DossierStatus.BredeIntake, DossierStatus.PipVastgesteld, DossierStatus.InTraject];

    /// <summary>The condition as a query filter.</summary>
    public static Expression<Func<Dossier, bool>> Filter { get; } =
        d => d.GeanonimiseerdOp == null && d.BeperktOp == null && s_open.Contains(d.Status);
}
