using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Dashboard;

/// <summary>
/// The deadlines that have passed today in open dossiers (not closed, not restricted, not anonymised): the PIP deadline
/// without a vastgesteld PIP, and the inburgeringstermijn (with its verlengingen) without voldaan.
/// </summary>
internal static class VerlopenTermijnen
{
    /// <summary>The label of the dossiers whose PIP deadline passed.</summary>
    public static readonly LocalizedText PipTeLaat = new("PIP te laat", "PIP overdue");

    /// <summary>The label of the dossiers whose inburgeringstermijn ended without voldaan.</summary>
    public static readonly LocalizedText TermijnVerstreken = new("Termijn verstreken zonder voldaan", "Term ended without completion");

    /// <summary>Returns the count per kind of passed deadline on <paramref name="vandaag"/>.</summary>
    public static async Task<IReadOnlyList<(LocalizedText Label, long Count)>> TelAsync(InburgeringDbContext db, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var open = db.Dossiers.AsNoTracking().Where(d => d.GeanonimiseerdOp == null && d.BeperktOp == null && d.AfgeslotenOp == null);

        return
        [
            (PipTeLaat, await TelPipTeLaatAsync(open, db, vandaag, cancellationToken)),
            (TermijnVerstreken, await TelTermijnVerstrekenAsync(open, db, vandaag, cancellationToken)),
        ];
    }

    private static async Task<long> TelPipTeLaatAsync(IQueryable<Dossier> open, InburgeringDbContext db, DateOnly vandaag, CancellationToken cancellationToken)
    {
        // The deadline is at least 70 days after DUO's kennisgeving, so only an older kennisgeving can have passed it.
        var laatsteKennisgeving = vandaag.AddDays(-PipTermijn.Dagen - 1);
        var kandidaten = open.Where(d => d.DagtekeningEerstePip == null && d.DuoKennisgevingOp != null && d.DuoKennisgevingOp <= laatsteKennisgeving);

        // NOTE: the deadline counts from the BRP registration date, stored as the BRP's yyyymmdd text, so the rule runs
        // in memory on one row per candidate dossier.
        var rijen = await kandidaten
            .Select(d => new { d.Id, d.Status, d.DuoKennisgevingOp, d.DatumInschrijvingGemeente })
            .ToListAsync(cancellationToken);
        var verlengingen = await db.PipVerlengingen.AsNoTracking()
            .Where(v => kandidaten.Any(d => d.Id == v.DossierId))
            .ToDictionaryAsync(v => v.DossierId, cancellationToken);

        return rijen
            .Where(r => !r.Status.IsFinal())
            .LongCount(r => PipTermijn
                .Bepaal(r.DuoKennisgevingOp, Dossier.InschrijvingsdatumVan(r.DatumInschrijvingGemeente), verlengingen.GetValueOrDefault(r.Id))
                .IsVerstreken(vandaag));
    }

    private static async Task<long> TelTermijnVerstrekenAsync(IQueryable<Dossier> open, InburgeringDbContext db, DateOnly vandaag, CancellationToken cancellationToken)
    {
        // The termijn lasts 36 months and a verlenging only moves its end later. So only a first PIP more than 35 months
        // old can have a termijn that ended, and the exact rule then runs in memory.
        var laatsteDagtekening = vandaag.AddMonths(-(Inburgeringstermijn.Maanden - 1));
        var kandidaten = open.Where(d => d.Status != DossierStatus.Voldaan && d.DagtekeningEerstePip != null && d.DagtekeningEerstePip <= laatsteDagtekening);

        // NOTE: the verlengingen decide the last day, so the rule runs in memory on one row per open dossier whose first
        // PIP is more than 35 months old, with its verlengingen.
        var rijen = await kandidaten
            .Select(d => new { d.Id, d.Status, Dagtekening = d.DagtekeningEerstePip!.Value })
            .ToListAsync(cancellationToken);
        var verlengingen = (await db.Verlengingen.AsNoTracking()
            .Where(v => kandidaten.Any(d => d.Id == v.DossierId))
            .ToListAsync(cancellationToken)).ToLookup(v => v.DossierId);

        return rijen
            .Where(r => !r.Status.IsFinal())
            .LongCount(r => vandaag > Inburgeringstermijn.Vanaf(r.Dagtekening).LaatsteDagMet(verlengingen[r.Id]));
    }
}
