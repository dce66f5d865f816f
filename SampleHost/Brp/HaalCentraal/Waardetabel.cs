namespace SampleHost.Brp.HaalCentraal;

/// <summary>A value from a BRP code table: the code and, where the API can decode it, its description.</summary>
internal sealed class Waardetabel
{
    /// <summary>The code, such as <c>0518</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The description, such as <c>'s-Gravenhage</c>.</summary>
    public string? Omschrijving { get; init; }
}
