namespace SampleHost.Brp.HaalCentraal;

/// <summary>The name group of a person.</summary>
internal sealed class Naam
{
    /// <summary>The given names, separated by spaces.</summary>
    public string? Voornamen { get; init; }

    /// <summary>The surname prefix, such as <c>van den</c>.</summary>
    public string? Voorvoegsel { get; init; }

    /// <summary>The surname without its prefix.</summary>
    public string? Geslachtsnaam { get; init; }

    /// <summary>The full name the API composes, such as <c>Erik van den Oever</c>.</summary>
    public string? VolledigeNaam { get; init; }
}
