using System.Text.Json.Serialization;

namespace SampleHost.Brp.HaalCentraal;

/// <summary>The request body of <c>POST /personen</c> that looks persons up by BSN.</summary>
/// <param name="Burgerservicenummer">One to 20 BSNs of nine digits each.</param>
/// <param name="Fields">The field paths to return, such as <c>naam</c> or <c>naam.voornamen</c>.</param>
internal sealed record RaadpleegMetBurgerservicenummer(IReadOnlyList<string> Burgerservicenummer, IReadOnlyList<string> Fields)
{
    /// <summary>The value of <c>type</c> for this query.</summary>
    public const string TypeName = "RaadpleegMetBurgerservicenummer";

    /// <summary>The maximum number of BSNs in one request.</summary>
    public const int MaxBurgerservicenummers = 20;

    /// <summary>The query type; the API picks the query by this value.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = TypeName;

    /// <summary>Returns only persons registered in this gemeente (four digits), or everyone when <see langword="null"/>.</summary>
    public string? GemeenteVanInschrijving { get; init; }
}
