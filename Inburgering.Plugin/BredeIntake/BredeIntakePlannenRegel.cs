using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// The deadline-scan rule "Brede intake plannen": every open, unrestricted dossier that is still Gekoppeld and has no
/// started intake gets a task to plan the intake, due <see cref="PlanTermijnInDagen"/> days after the koppeldatum. The
/// task lapses once the intake has started.
/// </summary>
internal sealed class BredeIntakePlannenRegel(InburgeringDbContext db) : ITermijnRegel
{
    public const string TaakKind = "inburgering.brede-intake-plannen";

    /// <summary>
    /// The days after the koppeldatum within which the intake should be planned. This is a working target, not a legal
    /// deadline: the intake, with the leerbaarheidstoets, must be done before the PIP, which is due 10 weeks after the
    /// DUO notification or the BRP registration, so planning it in the first two weeks leaves time for the test.
    /// </summary>
    public const int PlanTermijnInDagen = 14;

    public string Kind => TaakKind;

    public LocalizedText KindName { get; } = new("Brede intake plannen", "Plan broad intake");

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.Status == DossierStatus.Gekoppeld
                && d.AfgeslotenOp == null
                && d.BeperktOp == null
                && d.GeanonimiseerdOp == null
                && !db.BredeIntakes.Any(i => i.DossierId == d.Id))
            .OrderBy(d => d.Koppeldatum)
            .ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);

        return [.. dossiers.Select(Taak)];
    }

    private static TermijnTaak Taak(Dossier dossier)
    {
        var task = new WorkTask(
            $"{TaakKind}:{dossier.Id}",
            TaakKind,
            dossier.Id.ToString(),
            new LocalizedText("Plan de brede intake", "Plan the broad intake"),
            dossier.Koppeldatum.AddDays(PlanTermijnInDagen))
        {
            RecordScreenId = BredeIntakeScreen.ScreenId,
        };

        return new TermijnTaak(task, DossierSubject.Of(dossier));
    }
}
