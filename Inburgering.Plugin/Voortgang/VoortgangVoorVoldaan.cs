using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The progress the termijn's voldaan check needs: the <see cref="VoortgangStand"/> of the dossier in the leerroute of its PIP.</summary>
internal sealed class VoortgangVoorVoldaan(InburgeringDbContext db, ILeerrouteVanDossier leerroutes, IPluginSettings settings) : IVoortgangVoorVoldaan
{
    public async Task<VoldaanInvoer?> VoorDossierAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is null || await leerroutes.LeesAsync(dossierId, cancellationToken) is not { } leerroute)
        {
            return null;
        }

        var gegevens = await VoortgangLezer.LeesAsync(db, dossier, cancellationToken);
        var stand = VoortgangStand.Bepaal(gegevens, leerroute, await UrenDoelen.LeesAsync(settings, cancellationToken));
        return new VoldaanInvoer(leerroute.Leerroute, stand.LeerrouteAfgerond == true, stand.PvtAfgerond, stand.MapAfgerond);
    }
}
