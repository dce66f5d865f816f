using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Turns new outbox rows into one <see cref="MeldingAflevering"/> per matching subscription of the current gemeente.
/// A subscription receives the notifications written from its creation on, of the types it chose, while it is active.
/// </summary>
internal sealed class MeldingUitwaaiering(InburgeringDbContext db, TimeProvider clock)
{
    /// <summary>The most outbox rows one run fans out; the rest wait for the next run.</summary>
    public const int Batch = 500;

    /// <summary>Fans out up to <see cref="Batch"/> new notifications, oldest first, and returns the number of deliveries made.</summary>
    public async Task<int> WaaierUitAsync(CancellationToken cancellationToken)
    {
        var meldingen = await db.Meldingen
            .Where(m => !m.Uitgewaaierd)
            .OrderBy(m => m.Tijd)
            .ThenBy(m => m.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (meldingen.Count == 0)
        {
            return 0;
        }

        var abonnementen = await db.Abonnementen.AsNoTracking().Where(a => a.Actief).ToListAsync(cancellationToken);
        var nu = clock.GetUtcNow();
        var aantal = 0;

        foreach (var melding in meldingen)
        {
            foreach (var abonnement in abonnementen.Where(a => a.AangemaaktOp <= melding.Tijd && a.Ontvangt(melding.Type)))
            {
                db.MeldingAfleveringen.Add(new MeldingAflevering
                {
                    Id = Guid.CreateVersion7(nu),
                    Gemeente = melding.Gemeente,
                    MeldingId = melding.Id,
                    AbonnementId = abonnement.Id,
                    Tijd = melding.Tijd,
                    Status = AfleveringStatus.Wachtend,
                    VolgendePogingOp = nu,
                });
                aantal++;
            }

            melding.Uitgewaaierd = true;
        }

        // The deliveries and the fan-out mark are saved together, so a crash in between fans out nothing twice.
        await db.SaveChangesAsync(cancellationToken);
        return aantal;
    }
}
