using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Werkvoorraad;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The task "PIP te laat": open for a dossier without a vastgesteld PIP from the day after the deadline, due on the
/// deadline. A late DUO signal counts from its legal date, so a dossier can be overdue on its first scan.
/// </summary>
internal sealed class PipTeLaatRegel(InburgeringDbContext db) : ITermijnRegel
{
    public const string TaskKind = "inburgering.pip-te-laat";

    public string Kind => TaskKind;

    /// <summary>The kind's name in the work queue's filter.</summary>
    public static LocalizedText Naam { get; } = new("PIP te laat", "PIP overdue");

    public LocalizedText KindName => Naam;

    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken)
    {
        var termijnen = await PipTermijnBewaking.OpenTermijnenAsync(db, vandaag.AddDays(-(Dagen + 1)), cancellationToken);

        return
        [
            .. termijnen
                .Where(t => vandaag > t.UitersteDatum)
                .Select(t => PipTermijnBewaking.Taak(TaskKind, t.Dossier, t.UitersteDatum, Titel(t.UitersteDatum))),
        ];
    }

    /// <summary>Returns the task's title for the deadline <paramref name="uitersteDatum"/>; it names no person.</summary>
    public static LocalizedText Titel(DateOnly uitersteDatum) => new(
        $"PIP te laat: de uiterste datum was {Nl(uitersteDatum)}",
        $"PIP overdue: the deadline was {En(uitersteDatum)}");
}
