using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Removes what the delivery no longer needs: deliveries that arrived more than <see cref="Bewaardagen"/> days ago, and
/// outbox rows of that age that were fanned out and have no delivery left. Deliveries that are still waiting or failing
/// are kept, however old, so nothing is lost for a subscriber that is down.
/// </summary>
internal sealed class MeldingOpruiming(InburgeringDbContext db, TimeProvider clock)
{
    /// <summary>The days a delivered notification is kept, so a subscriber's questions about it can be answered.</summary>
    public const int Bewaardagen = 30;

    /// <summary>Deletes the delivered rows and outbox rows older than <see cref="Bewaardagen"/> days in the current gemeente.</summary>
    /// <returns>The number of outbox rows deleted.</returns>
    public async Task<int> RuimOpAsync(CancellationToken cancellationToken)
    {
        var grens = clock.GetUtcNow().AddDays(-Bewaardagen);

        await db.MeldingAfleveringen
            .Where(a => a.Status == AfleveringStatus.Afgeleverd && a.AfgeleverdOp < grens)
            .ExecuteDeleteAsync(cancellationToken);

        return await db.Meldingen
            .Where(m => m.Uitgewaaierd && m.Tijd < grens && !db.MeldingAfleveringen.Any(a => a.MeldingId == m.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
