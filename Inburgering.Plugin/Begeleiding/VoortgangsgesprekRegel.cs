using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// The deadline-scan rule for voortgangsgesprekken, for open, unrestricted dossiers with a first PIP; see
/// <see cref="VoortgangsgesprekPlanning"/> for which task a dossier gets on which day.
/// </summary>
internal sealed class VoortgangsgesprekRegel(InburgeringDbContext db, IPluginSettings settings) : ITermijnRegel
{
    public string Kind => VoortgangsgesprekPlanning.Kind;

    public LocalizedText KindName { get; } = new("Voortgangsgesprek", "Progress meeting");

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var interval = (int)decimal.Truncate(await settings.GetNumberAsync(BegeleidingSettings.IntervalMaanden, cancellationToken));

        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.DagtekeningEerstePip != null && d.AfgeslotenOp == null && d.BeperktOp == null && d.GeanonimiseerdOp == null)
            .ToListAsync(cancellationToken);
        var ids = dossiers.Select(d => d.Id).ToList();
        var gesprekken = (await db.Voortgangsgesprekken.AsNoTracking()
                .Where(g => ids.Contains(g.DossierId))
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.DossierId);

        var taken = new List<TermijnTaak>();
        foreach (var dossier in dossiers.Where(d => !d.Status.IsFinal()))
        {
            var subject = DossierSubject.Of(dossier);
            foreach (var (key, title, due) in VoortgangsgesprekPlanning.Taken(dossier.Id, dossier.DagtekeningEerstePip!.Value, [.. gesprekken[dossier.Id]], Math.Max(interval, 1), vandaag))
            {
                var task = new WorkTask(key, Kind, dossier.Id.ToString(), title, due) { RecordScreenId = DossierOnderdelen.BegeleidingScreenId };
                taken.Add(new TermijnTaak(task, subject));
            }
        }

        return taken;
    }
}
