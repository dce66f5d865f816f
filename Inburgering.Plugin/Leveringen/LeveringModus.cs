namespace Inburgering.Plugin.Leveringen;

/// <summary>What happens to a delivery in which some rows are wrong.</summary>
internal enum LeveringModus
{
    /// <summary>One wrong row rejects the whole delivery; nothing is imported.</summary>
    AllesOfNiets,

    /// <summary>The valid rows are imported and the wrong rows reported.</summary>
    GeldigeRegels,
}
