namespace SampleHost.Brp.HaalCentraal;

/// <summary>The address lines the API composes for an envelope, following NEN 5825:2002 for Dutch addresses.</summary>
internal sealed class Adressering
{
    /// <summary>The street line, such as <c>Kerkstraat 158 H</c>, or a location description or the first foreign line.</summary>
    public string? Adresregel1 { get; init; }

    /// <summary>The postcode and town line, such as <c>3077 AW  ROTTERDAM</c>.</summary>
    public string? Adresregel2 { get; init; }

    /// <summary>The third line of an address abroad.</summary>
    public string? Adresregel3 { get; init; }

    /// <summary>The country of an address abroad.</summary>
    public Waardetabel? Land { get; init; }
}
