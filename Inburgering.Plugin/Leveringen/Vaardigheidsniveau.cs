namespace Inburgering.Plugin.Leveringen;

/// <summary>A CEFR level an aanbieder reports for one skill, from A0 (below A1) to C1; the order is from low to high.</summary>
internal enum Vaardigheidsniveau
{
    A0,
    A1,
    A2,
    B1,
    B2,
    C1,
}
