namespace Inburgering.Plugin.Leveringen;

/// <summary>What the first pass over a delivery found, kept small: the errors, and of the rows only the count and the positions of the rejected ones.</summary>
/// <param name="AantalRegels">The rows delivered.</param>
/// <param name="Fouten">Every error, in the order of the rows.</param>
/// <param name="Afgewezen">The positions (from 0, in the order read) of the rows with an error.</param>
/// <param name="Inhoudshash">The <see cref="LeveringInhoudshash"/> of all rows.</param>
internal sealed record LeveringControleUitkomst(int AantalRegels, IReadOnlyList<LeveringFoutmelding> Fouten, IReadOnlySet<int> Afgewezen, string Inhoudshash)
{
    /// <summary>The rows without errors.</summary>
    public int AantalGeldig => AantalRegels - Afgewezen.Count;

    /// <summary>Returns the status the delivery gets in <paramref name="modus"/>.</summary>
    public LeveringStatus Status(LeveringModus modus)
    {
        if (Afgewezen.Count == 0)
        {
            return LeveringStatus.Verwerkt;
        }

        return modus == LeveringModus.GeldigeRegels && AantalGeldig > 0 ? LeveringStatus.DeelsVerwerkt : LeveringStatus.Geweigerd;
    }
}
