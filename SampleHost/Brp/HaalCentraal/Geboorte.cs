namespace SampleHost.Brp.HaalCentraal;

/// <summary>The birth group of a person.</summary>
internal sealed class Geboorte
{
    /// <summary>The birth date, possibly partial.</summary>
    public AbstractDatum? Datum { get; init; }

    /// <summary>The place of birth: a gemeentecode, or only a description for a place abroad.</summary>
    public Waardetabel? Plaats { get; init; }

    /// <summary>The country of birth by its four-digit code of table 34 (Landentabel).</summary>
    public Waardetabel? Land { get; init; }
}
