using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// What the generator decided for one dossier; the row writers turn it into rows of every table. Kept small, because
/// the full size keeps 100,000 of them in memory while the attendance rows are streamed.
/// </summary>
internal sealed class DossierPlan
{
    public required int Index { get; init; }

    public required Dossier Dossier { get; init; }

    /// <summary>The host client of the person, or <see langword="null"/> for a person without a BSN.</summary>
    public Guid? ClientId { get; init; }

    /// <summary>The status history, one row per transition from Gekoppeld up to <see cref="Dossier.Status"/>.</summary>
    public required IReadOnlyList<DossierStatusWijziging> Wijzigingen { get; init; }

    /// <summary>The leerroute of the vastgesteld PIP, or <see langword="null"/> without one.</summary>
    public Leerroute? Leerroute { get; init; }

    public required IReadOnlyList<AanmeldingPlan> Aanmeldingen { get; init; }
}

/// <summary>One aanmelding at an aanbieder and its weekly attendance rows.</summary>
/// <param name="Id">The aanmelding's id.</param>
/// <param name="AanbiederId">The aanbieder it is at.</param>
/// <param name="Onderdeel">The course.</param>
/// <param name="Startdatum">The first day of the course and of the first week.</param>
/// <param name="Einddatum">The last day, or <see langword="null"/> while it runs.</param>
/// <param name="Weken">How many weeks can have attendance rows: from the start up to the end or today.</param>
internal sealed record AanmeldingPlan(Guid Id, Guid AanbiederId, Cursusonderdeel Onderdeel, DateOnly Startdatum, DateOnly? Einddatum, int Weken)
{
    /// <summary>How many weekly rows the aanmelding gets; the planner sets it so the total matches the requested count.</summary>
    public int Rijen { get; set; }

    /// <summary>Returns the first day of week <paramref name="week"/> (zero-based).</summary>
    public DateOnly WeekVan(int week) => Startdatum.AddDays(7 * week);
}
