using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The delivery counts of one subscription and its most recent error on a delivery that is still undelivered.</summary>
internal sealed record AfleveringOverzicht(int Afgeleverd, int Wachtend, int Mislukt, string? LaatsteFout, DateTimeOffset? LaatsteFoutOp)
{
    /// <summary>Returns the overview per subscription for <paramref name="abonnementIds"/> in the current gemeente.</summary>
    public static async Task<IReadOnlyDictionary<Guid, AfleveringOverzicht>> LaadAsync(
        InburgeringDbContext db,
        IReadOnlyCollection<Guid> abonnementIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(abonnementIds);

        var tellingen = await db.MeldingAfleveringen
            .Where(a => abonnementIds.Contains(a.AbonnementId))
            .GroupBy(a => new { a.AbonnementId, a.Status })
            .Select(g => new { g.Key.AbonnementId, g.Key.Status, Aantal = g.Count() })
            .ToListAsync(cancellationToken);

        var overzicht = new Dictionary<Guid, AfleveringOverzicht>();
        foreach (var id in abonnementIds)
        {
            // One small query per subscription: a gemeente has a handful of subscriptions.
            var laatste = await db.MeldingAfleveringen
                .Where(a => a.AbonnementId == id && a.Status != AfleveringStatus.Afgeleverd && a.LaatsteFout != null)
                .OrderByDescending(a => a.LaatstePogingOp)
                .Select(a => new { a.LaatsteFout, a.LaatstePogingOp })
                .FirstOrDefaultAsync(cancellationToken);
            int Aantal(AfleveringStatus status) => tellingen.FirstOrDefault(t => t.AbonnementId == id && t.Status == status)?.Aantal ?? 0;

            overzicht[id] = new AfleveringOverzicht(
                Aantal(AfleveringStatus.Afgeleverd),
                Aantal(AfleveringStatus.Wachtend),
                Aantal(AfleveringStatus.Mislukt),
                laatste?.LaatsteFout,
                laatste?.LaatstePogingOp);
        }

        return overzicht;
    }
}
