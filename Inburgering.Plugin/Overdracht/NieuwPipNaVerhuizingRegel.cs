using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// The task "Nieuw PIP na verhuizing opstellen": open for a dossier taken over from another gemeente until this
/// gemeente adopts a PIP of its own. It is due 10 weeks after the takeover, the same period a gemeente has for the
/// first PIP; the law sets no period for the new PIP after a move, so this is the module's choice.
/// </summary>
internal sealed class NieuwPipNaVerhuizingRegel(InburgeringDbContext db) : ITermijnRegel
{
    public const string TaskKind = "inburgering.nieuw-pip-na-verhuizing";

    /// <summary>The days from the takeover to the due date: 10 weeks.</summary>
    public const int DagenTotUitersteDatum = 70;

    private static readonly LocalizedText s_kindName = new("Nieuw PIP na verhuizing", "New PIP after a move");

    public string Kind => TaskKind;

    public LocalizedText KindName => s_kindName;

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.GeanonimiseerdOp == null && d.BeperktOp == null && d.AfgeslotenOp == null)
            .Where(d => db.PipVersies.Any(v => v.DossierId == d.Id && v.OvergenomenVan != null))
            .Where(d => !db.PipVersies.Any(v => v.DossierId == d.Id && v.OvergenomenVan == null && v.Status == PipStatus.Vastgesteld))
            .ToListAsync(cancellationToken);

        return [.. dossiers.Select(d => new TermijnTaak(Taak(d), DossierSubject.Of(d)))];
    }

    /// <summary>Returns the task for dossier <paramref name="dossier"/>, due 10 weeks after its koppeldatum here.</summary>
    public static WorkTask Taak(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        var uitersteDatum = dossier.Koppeldatum.AddDays(DagenTotUitersteDatum);
        return new WorkTask(
            $"{TaskKind}:{dossier.Id}",
            TaskKind,
            dossier.Id.ToString(),
            new LocalizedText("Nieuw PIP na verhuizing opstellen (de leerroute blijft gelijk)", "Draw up a new PIP after a move (the learning route stays the same)"),
            uitersteDatum)
        {
            RecordScreenId = DossierOnderdelen.PipScreenId,
            KindName = s_kindName,
        };
    }
}
