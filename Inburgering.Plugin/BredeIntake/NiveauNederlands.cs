namespace Inburgering.Plugin.BredeIntake;

/// <summary>The person's current level of Dutch on the scale of the Common European Framework of Reference.</summary>
internal enum NiveauNederlands
{
    /// <summary>No Dutch yet.</summary>
    A0,

    A1,

    A2,

    B1,

    /// <summary>B2 or a higher level.</summary>
    B2OfHoger,
}
