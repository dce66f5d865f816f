namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The inburgeringstermijn of three years (Wet inburgering 2021, art. 11). It starts on the day after the dagtekening of
/// the first PIP. A later, changed or replaced PIP does not move it.
/// </summary>
/// <param name="Start">The first day of the termijn.</param>
internal sealed record Inburgeringstermijn(DateOnly Start)
{
    /// <summary>The length of the termijn in months.</summary>
    public const int Maanden = 36;

    /// <summary>The number of months after <see cref="Start"/> within which a leerroute may be switched (schakelen).</summary>
    public const int SchakelMaanden = 18;

    /// <summary>The termijn that follows a first PIP with <paramref name="dagtekeningEerstePip"/>.</summary>
    public static Inburgeringstermijn Vanaf(DateOnly dagtekeningEerstePip) => new(dagtekeningEerstePip.AddDays(1));

    /// <summary>The last day within the termijn, before any verlenging.</summary>
    public DateOnly LaatsteDag => LastDayOf(Start, Maanden);

    /// <summary>The last day on which the leerroute may still be switched, 18 months after the start.</summary>
    public DateOnly LaatsteSchakeldag => LastDayOf(Start, SchakelMaanden);

    /// <summary>
    /// Returns the effective last day: the new last day of the verlenging with the highest
    /// <see cref="Verlenging.Volgnummer"/>, or <see cref="LaatsteDag"/> when there is none.
    /// </summary>
    public DateOnly LaatsteDagMet(IEnumerable<Verlenging> verlengingen)
    {
        ArgumentNullException.ThrowIfNull(verlengingen);

        var laatste = verlengingen.MaxBy(v => v.Volgnummer);
        return laatste?.NieuweLaatsteDag ?? LaatsteDag;
    }

    /// <summary>
    /// Returns the last day of a period of <paramref name="months"/> months that starts on <paramref name="start"/>: the
    /// day before the same date that many months on, or, when that month is too short for the date (a start on 29
    /// February or on the 31st), the last day of that month.
    /// </summary>
    public static DateOnly LastDayOf(DateOnly start, int months)
    {
        var sameDate = start.AddMonths(months);
        return sameDate.Day == start.Day ? sameDate.AddDays(-1) : sameDate;
    }
}
