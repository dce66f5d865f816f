using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The hour targets of the current gemeente, read from <see cref="VoortgangSettings"/>.</summary>
/// <param name="PvtMinimum">The PVT hours needed before the participatieverklaring is signed.</param>
/// <param name="ZRouteCursus">The Z-route course hours.</param>
/// <param name="ZRouteParticipatieAsiel">The Z-route participation hours of an asielstatushouder.</param>
/// <param name="ZRouteParticipatieOverig">The Z-route participation hours of other doelgroepen.</param>
internal sealed record UrenDoelen(decimal PvtMinimum, decimal ZRouteCursus, decimal ZRouteParticipatieAsiel, decimal ZRouteParticipatieOverig)
{
    /// <summary>The defaults of <see cref="VoortgangSettings"/>.</summary>
    public static UrenDoelen Standaard { get; } = new(12m, 800m, 800m, 0m);

    /// <summary>Returns the Z-route participation hours for <paramref name="doelgroep"/>.</summary>
    public decimal ZRouteParticipatie(Doelgroep doelgroep) =>
        doelgroep == Doelgroep.Asielstatushouder ? ZRouteParticipatieAsiel : ZRouteParticipatieOverig;

    /// <summary>Reads the targets of the current gemeente.</summary>
    public static async Task<UrenDoelen> LeesAsync(IPluginSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return new UrenDoelen(
            await settings.GetNumberAsync(VoortgangSettings.PvtMinimumUren, cancellationToken),
            await settings.GetNumberAsync(VoortgangSettings.ZRouteCursusUren, cancellationToken),
            await settings.GetNumberAsync(VoortgangSettings.ZRouteParticipatieUrenAsiel, cancellationToken),
            await settings.GetNumberAsync(VoortgangSettings.ZRouteParticipatieUrenOverig, cancellationToken));
    }
}
