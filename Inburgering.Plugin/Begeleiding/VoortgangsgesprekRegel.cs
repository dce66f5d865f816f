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

        // Only the columns the planning and the processing log need, because the scan reads every open dossier.
        var open = db.Dossiers.Where(d => d.DagtekeningEerstePip != null && d.AfgeslotenOp == null && d.BeperktOp == null && d.GeanonimiseerdOp == null);
        var dossiers = await open.AsNoTracking()
            .Select(d => new GesprekDossier(d.Id, d.Status, d.DagtekeningEerstePip!.Value, d.Bsn, d.VNummer))
            .ToListAsync(cancellationToken);

        // The same condition as a subquery, because a list of tens of thousands of dossier ids as a parameter costs more.
        var gesprekken = (await db.Voortgangsgesprekken.AsNoTracking()
                .Where(g => open.Any(d => d.Id == g.DossierId))
                .ToListAsync(cancellationToken))
            .ToLookup(g => g.DossierId);

        var taken = new List<TermijnTaak>();
        foreach (var dossier in dossiers.Where(d => !d.Status.IsFinal()))
        {
            var subject = DossierSubject.Of(dossier.Id, dossier.Bsn, dossier.VNummer);
            foreach (var (key, title, due) in VoortgangsgesprekPlanning.Taken(dossier.Id, dossier.DagtekeningEerstePip, [.. gesprekken[dossier.Id]], Math.Max(interval, 1), vandaag))
            {
                var task = new WorkTask(key, Kind, dossier.Id.ToString(), title, due) { RecordScreenId = DossierOnderdelen.BegeleidingScreenId };
                taken.Add(new TermijnTaak(task, subject));
            }
        }

        return taken;
    }

    /// <summary>The columns of a dossier that the planning and the processing log need.</summary>
    private sealed record GesprekDossier(Guid Id, DossierStatus Status, DateOnly DagtekeningEerstePip, string? Bsn, string? VNummer);
}
