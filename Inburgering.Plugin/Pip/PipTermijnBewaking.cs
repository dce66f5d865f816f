using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Pip;

/// <summary>The PIP deadlines of the dossiers the deadline scan watches, and the tasks it makes from them.</summary>
internal static class PipTermijnBewaking
{
    /// <summary>
    /// Returns the open, unrestricted dossiers of the current gemeente without a vastgesteld PIP whose deadline is
    /// known, with that deadline. A deadline that is open while waiting for information is left out.
    /// </summary>
    /// <param name="db">The plugin's database.</param>
    /// <param name="kennisgevingUiterlijk">
    /// The latest DUO kennisgeving to include. The deadline is never earlier than <see cref="PipTermijn.Dagen"/> days
    /// after the kennisgeving, so a rule that only needs deadlines up to a day can leave newer dossiers in the database.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IReadOnlyList<(Dossier Dossier, DateOnly UitersteDatum)>> OpenTermijnenAsync(
        InburgeringDbContext db, DateOnly kennisgevingUiterlijk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var kandidaten = db.Dossiers.AsNoTracking()
            .Where(d => d.DagtekeningEerstePip == null && d.DuoKennisgevingOp != null && d.BeperktOp == null && d.GeanonimiseerdOp == null && d.AfgeslotenOp == null)
            .Where(d => d.DuoKennisgevingOp <= kennisgevingUiterlijk);

        var dossiers = await kandidaten.ToListAsync(cancellationToken);
        var verlengingen = await db.PipVerlengingen.AsNoTracking()
            .Where(v => kandidaten.Any(d => d.Id == v.DossierId))
            .ToDictionaryAsync(v => v.DossierId, cancellationToken);

        var result = new List<(Dossier, DateOnly)>();
        foreach (var dossier in dossiers.Where(d => !d.Status.IsFinal()))
        {
            var termijn = PipTermijn.Bepaal(dossier.DuoKennisgevingOp, dossier.BrpInschrijvingsdatum, verlengingen.GetValueOrDefault(dossier.Id));
            if (termijn.UitersteDatum is { } uiterste)
            {
                result.Add((dossier, uiterste));
            }
        }

        return result;
    }

    /// <summary>Returns the task of <paramref name="kind"/> for <paramref name="dossier"/>, due on the deadline; the title names no person.</summary>
    public static TermijnTaak Taak(string kind, Dossier dossier, DateOnly uitersteDatum, LocalizedText title)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        var task = new WorkTask(Key(kind, dossier.Id), kind, dossier.Id.ToString(), title, uitersteDatum)
        {
            RecordScreenId = DossierOnderdelen.PipScreenId,
        };
        return new TermijnTaak(task, DossierSubject.Of(dossier));
    }

    /// <summary>Returns the task key of <paramref name="kind"/> for <paramref name="dossierId"/>: one open task per dossier.</summary>
    public static string Key(string kind, Guid dossierId) => $"{kind}:{dossierId}";
}
