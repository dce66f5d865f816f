namespace Inburgering.Plugin.Leveringen;

/// <summary>The outcome of a delivery.</summary>
internal enum LeveringStatus
{
    /// <summary>Every row was imported.</summary>
    Verwerkt,

    /// <summary>The valid rows were imported; the others are in the report.</summary>
    DeelsVerwerkt,

    /// <summary>Nothing was imported. The report gives the reason.</summary>
    Geweigerd,
}
