namespace Inburgering.Plugin.BredeIntake;

/// <summary>The result of one leerbaarheidstoets: the raw score, the test date and the cesuur in force on that date.</summary>
/// <param name="Score">The raw score, 0 to 40.</param>
/// <param name="Datum">The day the test was taken.</param>
/// <param name="Cesuur">The pass mark used.</param>
internal sealed record ToetsUitslag(int Score, DateOnly Datum, int Cesuur)
{
    /// <summary>Whether the B1-route is haalbaar (feasible): the score reaches the cesuur.</summary>
    public bool B1RouteHaalbaar => Score >= Cesuur;
}
