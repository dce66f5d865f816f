namespace SampleHost.Brp.StandIn;

/// <summary>The current residence (category 08) of a person in the RvIG test set.</summary>
internal sealed record RvigVerblijfplaats
{
    /// <summary>The gemeente of registration (08.09.10), a four-digit code.</summary>
    public string? GemeenteVanInschrijving { get; init; }

    /// <summary>The date of registration in that gemeente (08.09.20), <c>yyyymmdd</c>.</summary>
    public string? DatumInschrijving { get; init; }

    /// <summary>Whether the address is where the person lives (<c>W</c>) or receives mail (<c>B</c>) (08.10.10).</summary>
    public string? FunctieAdres { get; init; }

    /// <summary>The date the person started living at the address (08.10.30), <c>yyyymmdd</c>.</summary>
    public string? DatumAanvangAdreshouding { get; init; }

    /// <summary>The short street name (08.11.10).</summary>
    public string? Straatnaam { get; init; }

    /// <summary>The official street name (08.11.15, naam openbare ruimte).</summary>
    public string? NaamOpenbareRuimte { get; init; }

    /// <summary>The house number (08.11.20); 0 in the file means unknown.</summary>
    public int? Huisnummer { get; init; }

    /// <summary>The house letter (08.11.30).</summary>
    public string? Huisletter { get; init; }

    /// <summary>The house number addition (08.11.40).</summary>
    public string? Huisnummertoevoeging { get; init; }

    /// <summary><c>by</c> (near) or <c>to</c> (opposite) (08.11.50).</summary>
    public string? AanduidingBijHuisnummer { get; init; }

    /// <summary>The postcode (08.11.60), such as <c>3077AW</c>.</summary>
    public string? Postcode { get; init; }

    /// <summary>The town (08.11.70).</summary>
    public string? Woonplaats { get; init; }

    /// <summary>The BAG id of the building unit (08.11.80).</summary>
    public string? AdresseerbaarObjectIdentificatie { get; init; }

    /// <summary>The BAG id of the address (08.11.90).</summary>
    public string? NummeraanduidingIdentificatie { get; init; }

    /// <summary>The description of a place without an address (08.12.10), such as a houseboat.</summary>
    public string? Locatiebeschrijving { get; init; }

    /// <summary>The country of an address abroad (08.13.10), a four-digit code of table 34.</summary>
    public string? LandAdresBuitenland { get; init; }

    /// <summary>The date the person started living abroad (08.13.20), <c>yyyymmdd</c>.</summary>
    public string? DatumAanvangAdresBuitenland { get; init; }

    /// <summary>The first line of the address abroad (08.13.30).</summary>
    public string? RegelAdresBuitenland1 { get; init; }

    /// <summary>The second line of the address abroad (08.13.40).</summary>
    public string? RegelAdresBuitenland2 { get; init; }

    /// <summary>The third line of the address abroad (08.13.50).</summary>
    public string? RegelAdresBuitenland3 { get; init; }
}
