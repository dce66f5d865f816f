using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// Loads the PIP of the dossier an action changes and saves the change. Every change also gives the dossier a new
/// version, so the PIP screen's <see cref="ScreenContent.Version"/> guards all PIP actions against stale forms.
/// </summary>
internal static class PipEdit
{
    /// <summary>
    /// Loads the tracked dossier of <see cref="ActionRequest.RecordId"/> with its PIP versions and extension. Returns a
    /// rejection when the dossier is not found, changed since the user opened it, is restricted or is closed.
    /// </summary>
    public static async Task<(PipDossier? Pip, ActionResult? Rejection)> LoadAsync(InburgeringDbContext db, ActionRequest request, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var (dossier, rejection) = await DossierEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return (null, rejection);
        }

        if (dossier.IsBeperkt)
        {
            return (null, BeperkingNotice.Rejection);
        }

        if (dossier.Status.IsFinal())
        {
            return (null, ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier is afgesloten; het PIP kan niet meer veranderen.",
                "This dossier is closed; the PIP can no longer change."))));
        }

        var versies = await db.PipVersies.Where(v => v.DossierId == dossier.Id).OrderBy(v => v.Versienummer).ToListAsync(cancellationToken);
        var verlenging = await db.PipVerlengingen.SingleOrDefaultAsync(v => v.DossierId == dossier.Id, cancellationToken);

        return (new PipDossier(dossier, versies, verlenging), null);
    }

    /// <summary>
    /// Saves the changes with a new dossier version and records one Update of the PIP in the processing log. Returns a
    /// conflict, with nothing saved, when another user saved the dossier first.
    /// </summary>
    /// <exception cref="InvalidOperationException">A vastgesteld version was changed or removed.</exception>
    public static async Task<ActionResult?> SaveAsync(InburgeringDbContext db, PipDossier pip, IProcessingLog processingLog, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pip);

        EnsureVastgesteldUnchanged(db);
        db.Entry(pip.Dossier).Property(d => d.ConcurrencyStamp).IsModified = true;

        return await DossierEdit.SaveAsync(db, pip.Dossier, processingLog, InburgeringProcessingActivities.Pip, logger, cancellationToken);
    }

    /// <summary>Returns the success result that opens the PIP screen of the dossier.</summary>
    public static ActionResult Success(PipDossier pip, LocalizedText message)
    {
        ArgumentNullException.ThrowIfNull(pip);

        return ActionResult.Success(new ScreenLink(DossierOnderdelen.PipScreenId, pip.Dossier.Id.ToString()), message);
    }

    /// <summary>A vastgesteld PIP is a beschikking: no save may change or remove it.</summary>
    private static void EnsureVastgesteldUnchanged(InburgeringDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<PipVersie>())
        {
            var wasVastgesteld = entry.State is EntityState.Modified or EntityState.Deleted
                && entry.OriginalValues.GetValue<PipStatus>(nameof(PipVersie.Status)) == PipStatus.Vastgesteld;
            if (wasVastgesteld)
            {
                throw new InvalidOperationException($"PIP version {entry.Entity.Id} is vastgesteld and cannot be changed or removed.");
            }
        }
    }
}
