using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// Records detected moves and closes them. A detection creates the <see cref="Verhuizing"/>, the notification for other
/// municipal systems and a werkvoorraad task, and records it in the processing log. A second detection of the same
/// move changes nothing.
/// </summary>
internal sealed class VerhuizingAfhandeling(
    InburgeringDbContext db,
    IMeldingen meldingen,
    IWorkTasks workTasks,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<VerhuizingAfhandeling> logger) : IVerhuizingen
{
    private static readonly LocalizedText s_overgedragen = new(
        "Afgehandeld: de inburgering is overgedragen aan de nieuwe gemeente.",
        "Done: the civic integration was handed over to the new municipality.");

    /// <summary>
    /// Records a move of the person of <paramref name="dossier"/> to <paramref name="nieuweGemeente"/>. Returns
    /// <see langword="null"/>, and records nothing, when the dossier already has an open Verhuizing or the same move
    /// (gemeente and date) was handled before.
    /// </summary>
    /// <param name="dossier">An open dossier of the current gemeente.</param>
    /// <param name="nieuweGemeente">The gemeentecode of the new gemeente of registration.</param>
    /// <param name="brpDatum">The BRP's date of registration in the new gemeente, or <see langword="null"/> when unknown.</param>
    /// <param name="bron">Where the move was detected.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Verhuizing?> SignaleerAsync(Dossier dossier, string nieuweGemeente, DateOnly? brpDatum, VerhuizingBron bron, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentException.ThrowIfNullOrWhiteSpace(nieuweGemeente);

        var vandaag = AmsterdamTime.Today(clock);
        var datum = brpDatum ?? vandaag;

        var bekend = await db.Verhuizingen.AsNoTracking().AnyAsync(
            v => v.DossierId == dossier.Id
                && (v.Status == VerhuizingStatus.Gesignaleerd || (v.NieuweGemeente == nieuweGemeente && v.Datum == datum)),
            cancellationToken);
        if (bekend)
        {
            Log.VerhuizingAlreadyKnown(logger, dossier.Id);
            return null;
        }

        var verhuizing = new Verhuizing
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            NieuweGemeente = nieuweGemeente,
            Datum = datum,
            DatumUitBrp = brpDatum is not null,
            Bron = bron,
            Status = VerhuizingStatus.Gesignaleerd,
            GesignaleerdOp = clock.GetUtcNow(),
        };
        db.Verhuizingen.Add(verhuizing);
        meldingen.Publiceer(
            MeldingTypen.VerhuizingGesignaleerd,
            dossier.Id.ToString(),
            new Dictionary<string, string?> { ["nieuweGemeente"] = nieuweGemeente });

        if (!await TrySaveAsync(verhuizing, cancellationToken))
        {
            return null;
        }

        await workTasks.EnsureAsync(VerhuizingTaak.Voor(verhuizing, vandaag), cancellationToken);
        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Verhuizing, ProcessingOperation.Create, DossierSubject.Of(dossier)),
            cancellationToken);

        Log.VerhuizingGesignaleerd(logger, dossier.Id, verhuizing.Id, nieuweGemeente, bron);
        return verhuizing;
    }

    /// <summary>
    /// Records that the person of the dossier did not move to another gemeente, with the employee's reason, saves it and
    /// closes the werkvoorraad task.
    /// </summary>
    public async Task WijsAfAsync(Verhuizing verhuizing, string reden, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verhuizing);
        ArgumentException.ThrowIfNullOrWhiteSpace(reden);

        Sluit(verhuizing, VerhuizingStatus.GeenVerhuizing);
        verhuizing.Reden = reden;

        await db.SaveChangesAsync(cancellationToken);
        await workTasks.CloseAsync(
            verhuizing.TaakKey,
            new LocalizedText("Afgehandeld: geen verhuizing naar een andere gemeente.", "Done: no move to another municipality."),
            cancellationToken);

        Log.VerhuizingAfgewezen(logger, verhuizing.DossierId, verhuizing.Id);
    }

    public async Task<bool> MarkeerOvergedragenAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var verhuizing = await db.Verhuizingen.SingleOrDefaultAsync(
            v => v.DossierId == dossierId && v.Status == VerhuizingStatus.Gesignaleerd,
            cancellationToken);
        if (verhuizing is null)
        {
            Log.NoOpenVerhuizing(logger, dossierId);
            return false;
        }

        Sluit(verhuizing, VerhuizingStatus.Overgedragen);

        await db.SaveChangesAsync(cancellationToken);
        await workTasks.CloseAsync(verhuizing.TaakKey, s_overgedragen, cancellationToken);

        Log.VerhuizingOvergedragen(logger, dossierId, verhuizing.Id);
        return true;
    }

    private void Sluit(Verhuizing verhuizing, VerhuizingStatus status)
    {
        verhuizing.Status = status;
        verhuizing.AfgehandeldOp = clock.GetUtcNow();
        verhuizing.AfgehandeldDoor = user.UserId;
    }

    /// <summary>Saves a new Verhuizing; returns false when a concurrent detection saved the open one of the dossier first.</summary>
    private async Task<bool> TrySaveAsync(Verhuizing verhuizing, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            Log.VerhuizingAlreadyKnown(logger, verhuizing.DossierId);
            return false;
        }
    }
}
