namespace Inburgering.Plugin.Begeleiding;

/// <summary>A fixed charge the college pays from the bijstand while it ontzorgt (Participatiewet, art. 56a).</summary>
internal enum VasteLast
{
    /// <summary>The rent of the home.</summary>
    Huur,

    /// <summary>Gas, water and electricity.</summary>
    Energie,

    /// <summary>The premium of the health insurance.</summary>
    Zorgverzekering,
}
