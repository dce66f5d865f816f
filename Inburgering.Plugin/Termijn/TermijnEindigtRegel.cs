using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The deadline-scan rule "termijn eindigt binnen 6 maanden": a task for every open, unrestricted dossier with a termijn
/// from <see cref="EersteSignaaldag"/> up to and including the effective last day, due on that last day. The key contains
/// the last day, so a verlenging closes the old task and opens a new one when the new end comes near.
/// </summary>
internal sealed class TermijnEindigtRegel(InburgeringDbContext db) : ITermijnRegel
{
    public const string RegelKind = "inburgering.termijn-eindigt";

    /// <summary>How many months before the end of the termijn the task opens.</summary>
    public const int SignaalMaanden = 6;

    /// <summary>Days added to the database filter's limit: more than month lengths can shift the first signal day.</summary>
    private const int MargeDagen = 7;

    /// <summary>The title of every task of this kind, which is also the kind's name.</summary>
    public static LocalizedText Titel { get; } = new("Termijn eindigt binnen 6 maanden", "Term ends within 6 months");

    public string Kind => RegelKind;

    public LocalizedText KindName => Titel;

    /// <summary>
    /// Returns the first day of the task: the same date six months before the day after <paramref name="laatsteDag"/>,
    /// or the last day of that month when it is too short. A termijn that ends on 28 February 2027 gets its task from
    /// 1 September 2026; one that ends on 30 August 2027 from 28 February 2027.
    /// </summary>
    public static DateOnly EersteSignaaldag(DateOnly laatsteDag) => laatsteDag.AddDays(1).AddMonths(-SignaalMaanden);

    /// <summary>Returns the task key for <paramref name="dossierId"/> and the termijn's last day.</summary>
    public static string Key(Guid dossierId, DateOnly laatsteDag) =>
        string.Create(CultureInfo.InvariantCulture, $"{RegelKind}:{dossierId}:{laatsteDag:yyyyMMdd}");

    /// <summary>The key contains the last day and the title is fixed, so an open task with the same key is up to date.</summary>
    public bool KeyDeterminesTask => true;

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        // Without a verlenging the task opens about 30 months after the dagtekening, so the database returns only dossiers
        // at least that old, plus every dossier with a verlenging. The margin covers months of different lengths, and
        // the exact check below decides.
        var grens = vandaag.AddMonths(SignaalMaanden - Inburgeringstermijn.Maanden).AddDays(MargeDagen);
        var kandidaten = db.Dossiers.AsNoTracking()
            .Where(d => d.GeanonimiseerdOp == null && d.BeperktOp == null && d.AfgeslotenOp == null)
            .Where(d => d.Status != DossierStatus.Voldaan && d.DagtekeningEerstePip != null)
            .Where(d => d.DagtekeningEerstePip <= grens || db.Verlengingen.Any(v => v.DossierId == d.Id));

        var dossiers = await kandidaten.ToListAsync(cancellationToken);
        if (dossiers.Count == 0)
        {
            return [];
        }

        var verlengingen = (await db.Verlengingen.AsNoTracking()
            .Where(v => kandidaten.Any(d => d.Id == v.DossierId))
            .ToListAsync(cancellationToken))
            .ToLookup(v => v.DossierId);

        var taken = new List<TermijnTaak>();
        foreach (var dossier in dossiers.Where(d => !d.Status.IsFinal()))
        {
            var laatsteDag = dossier.Termijn!.LaatsteDagMet(verlengingen[dossier.Id]);
            if (vandaag < EersteSignaaldag(laatsteDag) || vandaag > laatsteDag)
            {
                continue;
            }

            var key = Key(dossier.Id, laatsteDag);
            var task = new WorkTask(key, RegelKind, dossier.Id.ToString(), Titel, laatsteDag)
            {
                RecordScreenId = DossierOnderdelen.TermijnScreenId,
            };
            taken.Add(new TermijnTaak(task, DossierSubject.Of(dossier)));
        }

        return taken;
    }
}
