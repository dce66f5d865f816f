namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// The <see cref="ILeerrouteVanDossier"/> until the PIP provides one: every leerroute is unknown, so the voortgang
/// screen shows no route-specific completion and the actions reject nothing because of the route.
/// </summary>
/// <remarks>
/// NOTE: while this is registered, <see cref="VoortgangStand.LeerrouteAfgerond"/> and <see cref="VoortgangStand.Voldaan"/>
/// are always <see langword="null"/>; register the PIP's implementation in its place.
/// </remarks>
internal sealed class OnbekendeLeerroute : ILeerrouteVanDossier
{
    public Task<PipLeerroute?> LeesAsync(Guid dossierId, CancellationToken cancellationToken) => Task.FromResult<PipLeerroute?>(null);
}
