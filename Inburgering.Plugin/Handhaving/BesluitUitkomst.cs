namespace Inburgering.Plugin.Handhaving;

/// <summary>What the gemeente decided about a proposed fine.</summary>
internal enum BesluitUitkomst
{
    /// <summary>The fine was imposed, with an amount.</summary>
    Opgelegd,

    /// <summary>The gemeente decided not to impose it, with a reason.</summary>
    Afgezien,
}
