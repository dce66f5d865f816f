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

    /// <summary>The kind's name in the work queue's filter.</summary>
    public static LocalizedText Naam { get; } = new("PIP binnen 14 dagen", "PIP due within 14 days");

    public LocalizedText KindName => Naam;

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var termijnen = await PipTermijnBewaking.OpenTermijnenAsync(db, vandaag.AddDays(DagenVooraf - Dagen), cancellationToken);

        return
        [
            .. termijnen
                .Where(t => vandaag >= t.UitersteDatum.AddDays(-DagenVooraf) && vandaag <= t.UitersteDatum)
                .Select(t => PipTermijnBewaking.Taak(TaskKind, t.Dossier, t.UitersteDatum, Titel(t.UitersteDatum))),
        ];
    }

    /// <summary>Returns the task's title for the deadline <paramref name="uitersteDatum"/>; it names no person.</summary>
    public static LocalizedText Titel(DateOnly uitersteDatum) => new(
        $"PIP vaststellen uiterlijk {Nl(uitersteDatum)}",
        $"Adopt the PIP by {En(uitersteDatum)}");
}
