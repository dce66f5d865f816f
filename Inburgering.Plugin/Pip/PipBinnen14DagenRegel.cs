using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Werkvoorraad;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The task "PIP binnen 14 dagen": open for a dossier without a vastgesteld PIP from 14 days before the deadline up to
/// and including the deadline day, due on the deadline.
/// </summary>
internal sealed class PipBinnen14DagenRegel(InburgeringDbContext db) : ITermijnRegel
{
    public const string TaskKind = "inburgering.pip-binnen-14-dagen";

    /// <summary>How many days before the deadline the task opens.</summary>
    public const int DagenVooraf = 14;

    public string Kind => TaskKind;

    public LocalizedText KindName { get; } = new("PIP binnen 14 dagen", "PIP due within 14 days");

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var termijnen = await PipTermijnBewaking.OpenTermijnenAsync(db, cancellationToken);

        return
        [
            .. termijnen
                .Where(t => vandaag >= t.UitersteDatum.AddDays(-DagenVooraf) && vandaag <= t.UitersteDatum)
                .Select(t => PipTermijnBewaking.Taak(TaskKind, t.Dossier, t.UitersteDatum, new LocalizedText(
                    $"PIP vaststellen uiterlijk {Nl(t.UitersteDatum)}",
                    $"Adopt the PIP by {En(t.UitersteDatum)}"))),
        ];
    }
}
