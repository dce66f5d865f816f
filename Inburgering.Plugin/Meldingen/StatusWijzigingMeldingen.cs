using System.Globalization;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Publishes <see cref="MeldingTypen.DossierStatusGewijzigd"/> for every new <see cref="DossierStatusWijziging"/> when
/// the context saves it, so every status change is notified in the same transaction, whichever flow made it.
/// </summary>
/// <remarks>
/// The notification's event id is the status change's id, so a save that is tried again after a failure adds no second
/// notification for the same change.
/// </remarks>
internal sealed class StatusWijzigingMeldingen(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);

        Publiceer(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);

        Publiceer(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Publiceer(DbContext? context)
    {
        if (context is not InburgeringDbContext db)
        {
            return;
        }

        var wijzigingen = db.ChangeTracker.Entries<DossierStatusWijziging>()
            .Where(entry => entry.State == EntityState.Added)
            .Select(entry => entry.Entity)
            .Where(wijziging => !db.Meldingen.Local.Any(melding => melding.Id == wijziging.Id))
            .ToList();

        foreach (var wijziging in wijzigingen)
        {
            db.Meldingen.Add(MeldingPublicatie.Nieuw(
                wijziging.Id,
                wijziging.Gemeente,
                MeldingTypen.DossierStatusGewijzigd,
                wijziging.DossierId.ToString("D"),
                clock.GetUtcNow(),
                new Dictionary<string, string?>
                {
                    ["status"] = wijziging.NieuweStatus.ToString(),
                    ["vorigeStatus"] = wijziging.VorigeStatus.ToString(),
                    ["op"] = wijziging.Op.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }));
        }
    }
}
