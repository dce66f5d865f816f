using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Voortgang;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The leerroute of a dossier from its last vastgesteld PIP, with the exam level the PIP requires: B1, or A2 after
/// afschalen. A Z-route PIP requires A1 at most, which the Z-route's completion does not check.
/// </summary>
internal sealed class PipLeerrouteVanDossier(InburgeringDbContext db) : ILeerrouteVanDossier
{
    public async Task<PipLeerroute?> LeesAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var laatste = await db.PipVersies.AsNoTracking()
            .Where(v => v.DossierId == dossierId && v.Status == PipStatus.Vastgesteld)
            .OrderByDescending(v => v.Versienummer)
            .Select(v => new { v.Leerroute, v.Niveau })
            .FirstOrDefaultAsync(cancellationToken);
        if (laatste is null)
        {
            return null;
        }

        var niveau = laatste.Niveau switch
        {
            PipNiveau.A2 => Taalniveau.A2,
            PipNiveau.A1 => Taalniveau.A1,
            _ => Taalniveau.B1,
        };
        return new PipLeerroute(laatste.Leerroute, niveau);
    }
}
