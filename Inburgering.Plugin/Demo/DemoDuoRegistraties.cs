using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Puts open items on the worklist "Registreren in het DUO-portaal" through the real <see cref="IDuoRegistratiePoort"/>:
/// the latest adopted PIP version of the first three open demo dossiers by BSN, and every signed PVT that DUO has not registered.
/// The port adds a fact only once, so a second run adds nothing.
/// </summary>
internal static class DemoDuoRegistraties
{
    /// <summary>The number of dossiers whose PIP goes on the worklist, so the list has a few items and not all of them.</summary>
    public const int MaxPipDossiers = 3;

    public static async Task SeedAsync(InburgeringDbContext db, IDuoRegistratiePoort poort, IProcessingLog processingLog, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(poort);
        ArgumentNullException.ThrowIfNull(processingLog);

        var gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Seeding the DUO worklist needs a gemeente.");
        var open = (await db.Dossiers
                .Where(d => d.Bsn != null && d.GeanonimiseerdOp == null && d.BeperktOp == null)
                .OrderBy(d => d.Bsn)
                .ToListAsync(cancellationToken))
            .Where(d => !d.Status.IsFinal())
            .ToList();
        var dossierIds = open.Select(d => d.Id).ToList();

        var pipVersies = await db.PipVersies
            .Where(v => dossierIds.Contains(v.DossierId) && v.Dagtekening != null)
            .ToListAsync(cancellationToken);
        var pvts = await db.PvtOnderdelen
            .Where(p => dossierIds.Contains(p.DossierId) && p.DatumOndertekening != null && p.DuoGeregistreerdOp == null)
            .ToListAsync(cancellationToken);

        var metPip = open.Where(d => pipVersies.Any(v => v.DossierId == d.Id)).Take(MaxPipDossiers);
        foreach (var dossier in metPip)
        {
            var laatste = pipVersies.Where(v => v.DossierId == dossier.Id).MaxBy(v => v.Versienummer)!;
            await poort.PipVastgesteldAsync(dossier, laatste, cancellationToken);
        }

        foreach (var pvt in pvts)
        {
            await poort.PvtOndertekendAsync(open.Single(d => d.Id == pvt.DossierId), pvt.DatumOndertekening!.Value, cancellationToken);
        }

        var toegevoegd = db.ChangeTracker.Entries<DuoRegistratie>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.DossierId)
            .ToList();
        if (toegevoegd.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);

        var subjects = open.Where(d => toegevoegd.Contains(d.Id)).Select(DossierSubject.Of);
        await processingLog.RecordAllAsync(
            [.. subjects.Select(s => new ProcessingRecord(InburgeringProcessingActivities.DuoRegistratie, ProcessingOperation.Create, s))],
            cancellationToken);
        Log.DemoDuoRegistratiesSeeded(logger, toegevoegd.Count, gemeente);
    }
}
