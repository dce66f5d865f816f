namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// The <see cref="ILeerrouteVanDossier"/> until the PIP provides one: every leerroute is unknown, so the voortgang
/// screen shows no route-specific completion and refuses nothing on the route.
/// </summary>
internal sealed class OnbekendeLeerroute : ILeerrouteVanDossier
{
    public Task<PipLeerroute?> LeesAsync(Guid dossierId, CancellationToken cancellationToken) => Task.FromResult<PipLeerroute?>(null);
}
