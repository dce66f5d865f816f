using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// Records a COA informatieformulier on a dossier: creates or updates the current values and adds a version, unless the
/// values equal the current ones. The caller checks the dossier first and saves the change.
/// </summary>
internal sealed class CoaBijwerking(InburgeringDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Stages the change of the COA information of <paramref name="dossier"/> in the context, without saving.</summary>
    /// <param name="dossier">The tracked dossier; it gets a new version with the change, so an open form of another user goes stale.</param>
    /// <param name="gegevens">The checked values of the form.</param>
    /// <param name="bron">How the values came in.</param>
    /// <param name="cancellationToken">Cancels the lookup of the current values.</param>
    /// <returns>The new version number, or <see langword="null"/> when the values equal the current ones and nothing changed.</returns>
    public async Task<int?> LegVastAsync(Dossier dossier, CoaGegevens gegevens, CoaBron bron, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(gegevens);

        var huidig = await db.CoaInformatie.SingleOrDefaultAsync(c => c.DossierId == dossier.Id, cancellationToken);
        if (huidig is not null && huidig.Gegevens() == gegevens)
        {
            return null;
        }

        var moment = clock.GetUtcNow();
        if (huidig is null)
        {
            huidig = new CoaInformatie { Id = Guid.CreateVersion7(), DossierId = dossier.Id, Gemeente = dossier.Gemeente, GewijzigdDoor = user.UserId };
            db.CoaInformatie.Add(huidig);
        }

        huidig.Neem(gegevens);
        huidig.Versie++;
        huidig.GewijzigdOp = moment;
        huidig.GewijzigdDoor = user.UserId;
        huidig.Bron = bron;

        var versie = new CoaInformatieVersie
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Versie = huidig.Versie,
            GewijzigdOp = moment,
            GewijzigdDoor = user.UserId,
            Bron = bron,
        };
        versie.Neem(gegevens);
        db.CoaInformatieVersies.Add(versie);

        // Marking the stamp modified makes the save check the version the user saw and store a new one.
        db.Entry(dossier).Property(d => d.ConcurrencyStamp).IsModified = true;
        return huidig.Versie;
    }
}
