namespace Inburgering.Plugin.Pip;

/// <summary>The language level a PIP aims at.</summary>
internal enum PipNiveau
{
    /// <summary>B1, the level of the B1-route and the onderwijsroute.</summary>
    B1,

    /// <summary>A2, in the B1-route only after afschalen, or chosen in the Z-route.</summary>
    A2,

    /// <summary>A1, the level the Z-route works towards.</summary>
    A1,
}
