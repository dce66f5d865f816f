using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Reads the leerroute of a dossier from its current PIP, which the PIP area keeps.</summary>
internal interface ILeerrouteVanDossier
{
    /// <summary>Returns the leerroute and the required exam level of dossier <paramref name="dossierId"/>, or <see langword="null"/> when no PIP names one.</summary>
    Task<PipLeerroute?> LeesAsync(Guid dossierId, CancellationToken cancellationToken);
}

/// <summary>The leerroute a PIP names, with the level the exams must reach.</summary>
/// <param name="Leerroute">The leerroute.</param>
/// <param name="VereistNiveau">The exam level of the B1-route: B1, or A2 after afschalen.</param>
internal sealed record PipLeerroute(Leerroute Leerroute, Taalniveau VereistNiveau);
