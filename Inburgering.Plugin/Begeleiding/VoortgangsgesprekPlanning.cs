using Host.Abstractions;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// Decides which voortgangsgesprek task a dossier needs on a day: carry out the planned conversation, or plan one when
/// none is planned and the interval since the last held conversation (or since the first PIP) nearly ends.
/// </summary>
internal static class VoortgangsgesprekPlanning
{
    /// <summary>The kind of the tasks in the work queue.</summary>
    public const string Kind = "inburgering.voortgangsgesprek";

    /// <summary>How many days before its due date the task to plan a conversation appears.</summary>
    public const int PlanVoorloopDagen = 14;

    public static LocalizedText VoerUitTitel { get; } = new("Voer het geplande voortgangsgesprek", "Hold the planned progress meeting");

    public static LocalizedText PlanTitel { get; } = new("Plan een voortgangsgesprek", "Plan a progress meeting");

    /// <summary>
    /// Returns the tasks dossier <paramref name="dossierId"/> should have open on <paramref name="vandaag"/>: one per
    /// planned conversation not held yet, due on its planned day in Amsterdam; or, when none is planned, one to plan a
    /// conversation, due <paramref name="intervalMaanden"/> months after the last held conversation (or after the
    /// dagtekening of the first PIP) and open from <see cref="PlanVoorloopDagen"/> days before that day.
    /// </summary>
    public static IReadOnlyList<(string Key, LocalizedText Title, DateOnly DueDate)> Taken(
        Guid dossierId,
        DateOnly dagtekeningEerstePip,
        IReadOnlyCollection<Voortgangsgesprek> gesprekken,
        int intervalMaanden,
        DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(gesprekken);
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalMaanden, 1);

        var gepland = gesprekken.Where(g => g.IsGepland).OrderBy(g => g.GeplandOp).ToList();
        if (gepland.Count > 0)
        {
            return [.. gepland.Select(g => ($"{Kind}:{dossierId}:{g.Id}", VoerUitTitel, AmsterdamMoment.DateOf(g.GeplandOp!.Value)))];
        }

        var due = VolgendeGesprekUiterlijk(dagtekeningEerstePip, gesprekken, intervalMaanden);
        if (vandaag < due.AddDays(-PlanVoorloopDagen))
        {
            return [];
        }

        return [($"{Kind}:{dossierId}:plannen", PlanTitel, due)];
    }

    /// <summary>
    /// Returns the day by which the next conversation is due: <paramref name="intervalMaanden"/> months after the
    /// Amsterdam date of the last held conversation, or after <paramref name="dagtekeningEerstePip"/> when none was held.
    /// A day that the target month lacks (31 August plus 6 months) becomes that month's last day.
    /// </summary>
    public static DateOnly VolgendeGesprekUiterlijk(DateOnly dagtekeningEerstePip, IEnumerable<Voortgangsgesprek> gesprekken, int intervalMaanden)
    {
        ArgumentNullException.ThrowIfNull(gesprekken);

        var laatste = gesprekken.Where(g => g.GehoudenOp is not null).Select(g => g.GehoudenOp!.Value).DefaultIfEmpty().Max();
        var vanaf = laatste == default ? dagtekeningEerstePip : AmsterdamMoment.DateOf(laatste);
        return vanaf.AddMonths(intervalMaanden);
    }
}
