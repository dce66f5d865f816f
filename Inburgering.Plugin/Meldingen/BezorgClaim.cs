using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// The lease a delivery run takes on one subscription before it sends anything, so two runs never send the same
/// delivery: overlapping runs of the every-minute job, or runs in two host instances on one database. The lease lasts
/// <see cref="Duur"/> and the run renews it before every request, so a run that crashed frees the subscription once
/// its lease has expired.
/// </summary>
/// <remarks>
/// Each step is one conditional <c>UPDATE</c> of the subscription's row. PostgreSQL re-checks the condition of a
/// waiting <c>UPDATE</c> after the other transaction commits, and SQLite runs one writer at a time, so of two runs
/// that claim at once exactly one changes the row.
/// </remarks>
internal static class BezorgClaim
{
    /// <summary>
    /// How long a claim lasts without renewal. It is far longer than one webhook request may take
    /// (<see cref="WebhookVerzender.Timeout"/>), so a live run renews it in time.
    /// </summary>
    public static readonly TimeSpan Duur = TimeSpan.FromMinutes(5);

    /// <summary>Claims the active subscription for <paramref name="run"/> unless another run has an unexpired claim.</summary>
    /// <returns>Whether <paramref name="run"/> has the claim now.</returns>
    public static async Task<bool> NeemAsync(InburgeringDbContext db, Guid abonnementId, Guid run, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var tot = nu + Duur;
        var gewijzigd = await db.Abonnementen
            .Where(a => a.Id == abonnementId && a.Actief && (a.BezorgClaimTot == null || a.BezorgClaimTot <= nu))
            .ExecuteUpdateAsync(
                set => set.SetProperty(a => a.BezorgRun, run).SetProperty(a => a.BezorgClaimTot, tot),
                cancellationToken);
        return gewijzigd == 1;
    }

    /// <summary>Extends the claim of <paramref name="run"/> by <see cref="Duur"/> from <paramref name="nu"/>.</summary>
    /// <returns>Whether <paramref name="run"/> still held the claim; <see langword="false"/> when another run took it over after it expired.</returns>
    public static async Task<bool> VerlengAsync(InburgeringDbContext db, Guid abonnementId, Guid run, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var tot = nu + Duur;
        var gewijzigd = await db.Abonnementen
            .Where(a => a.Id == abonnementId && a.BezorgRun == run)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.BezorgClaimTot, tot), cancellationToken);
        return gewijzigd == 1;
    }

    /// <summary>Releases the claim of <paramref name="run"/>, if it still holds it, so the next run need not wait for it to expire.</summary>
    public static Task GeefVrijAsync(InburgeringDbContext db, Guid abonnementId, Guid run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        return db.Abonnementen
            .Where(a => a.Id == abonnementId && a.BezorgRun == run)
            .ExecuteUpdateAsync(
                set => set.SetProperty(a => a.BezorgRun, (Guid?)null).SetProperty(a => a.BezorgClaimTot, (DateTimeOffset?)null),
                cancellationToken);
    }
}
