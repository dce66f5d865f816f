using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Portaal;

/// <summary>
/// Loads the student of an aanmelding for the portal, only when the aanmelding is of one of the aanbieders the user
/// acts for. An aanmelding of another aanbieder or gemeente, an unknown id and an anonymised dossier all give
/// <see langword="null"/>, so a probe cannot tell them apart.
/// </summary>
internal sealed class CursistToegang(InburgeringDbContext db, IAanbiederToegang toegang)
{
    public async Task<Cursist?> LaadAsync(string? aanmeldingId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(aanmeldingId, out var id))
        {
            return null;
        }

        var eigen = await toegang.EigenAanbiedersAsync(cancellationToken);
        var eigenIds = eigen.Select(a => a.Id).ToList();
        if (eigenIds.Count == 0)
        {
            return null;
        }

        var aanmelding = await db.Aanmeldingen.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && eigenIds.Contains(m.AanbiederId), cancellationToken);
        if (aanmelding is null)
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == aanmelding.DossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        return new Cursist(aanmelding, eigen.Single(a => a.Id == aanmelding.AanbiederId), dossier);
    }
}
