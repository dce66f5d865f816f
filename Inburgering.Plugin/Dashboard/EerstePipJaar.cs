namespace Inburgering.Plugin.Dashboard;

/// <summary>The first PIPs with a dagtekening in one year, counted by how they relate to their PIP deadline.</summary>
/// <param name="Jaar">The year of the dagtekening.</param>
/// <param name="Binnen">The first PIPs adopted within the deadline.</param>
/// <param name="TeLaat">The first PIPs adopted after the deadline.</param>
/// <param name="TermijnOnbekend">The first PIPs whose deadline cannot be set.</param>
internal sealed record EerstePipJaar(int Jaar, long Binnen, long TeLaat, long TermijnOnbekend)
{
    /// <summary>
    /// The share of <see cref="Binnen"/> in the first PIPs with a known deadline, in whole percents rounded half away
    /// from zero. It is <see langword="null"/> when fewer than <see cref="KleineAantallen.Drempel"/> first PIPs have a
    /// known deadline, or when <see cref="Binnen"/> or <see cref="TeLaat"/> is a small group of 1 to 4, because the
    /// percentage with the other count would then give that small count away.
    /// </summary>
    public decimal? Percentage
    {
        get
        {
            var bekend = Binnen + TeLaat;
            if (bekend < KleineAantallen.Drempel || IsKleineGroep(Binnen) || IsKleineGroep(TeLaat))
            {
                return null;
            }

            return Math.Round(Binnen * 100m / bekend, 0, MidpointRounding.AwayFromZero);
        }
    }

    private static bool IsKleineGroep(long count) => count is > 0 and < KleineAantallen.Drempel;
}
