using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Voortgang;

/// <summary>Reads everything recorded about the onderdelen of one dossier, untracked.</summary>
internal static class VoortgangLezer
{
    /// <summary>Returns the hours, onderdelen and exam results of <paramref name="dossier"/>.</summary>
    public static async Task<VoortgangGegevens> LeesAsync(InburgeringDbContext db, Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);

        var id = dossier.Id;
        var uren = await db.Urenregels.AsNoTracking().Where(r => r.DossierId == id).ToListAsync(cancellationToken);
        var examens = await db.Examenresultaten.AsNoTracking()
            .Where(e => e.DossierId == id)
            .OrderByDescending(e => e.Examendatum)
            .ThenByDescending(e => e.Id)
            .ToListAsync(cancellationToken);

        return new VoortgangGegevens(
            dossier.Doelgroep,
            UrenTotalen.Van(uren),
            await db.KnmOnderdelen.AsNoTracking().SingleOrDefaultAsync(o => o.DossierId == id, cancellationToken),
            await db.PvtOnderdelen.AsNoTracking().SingleOrDefaultAsync(o => o.DossierId == id, cancellationToken),
            await db.MapOnderdelen.AsNoTracking().SingleOrDefaultAsync(o => o.DossierId == id, cancellationToken),
            await db.ZRouteEindgesprekken.AsNoTracking().SingleOrDefaultAsync(o => o.DossierId == id, cancellationToken),
            await db.OnderwijsrouteTrajecten.AsNoTracking().SingleOrDefaultAsync(o => o.DossierId == id, cancellationToken),
            examens)
        {
            Aanwezigheid = await AanwezigheidPerAanbieder.LeesAsync(db, id, cancellationToken),
        };
    }
}
