namespace SampleHost.Brp.HaalCentraal;

/// <summary>A person as the Personen API returns it. Only the requested fields are present.</summary>
internal sealed class Persoon
{
    /// <summary>The BSN, nine digits.</summary>
    public string? Burgerservicenummer { get; init; }

    /// <summary>The name group.</summary>
    public Naam? Naam { get; init; }

    /// <summary>The birth group.</summary>
    public Geboorte? Geboorte { get; init; }

    /// <summary>The sex: code <c>M</c>, <c>V</c> or <c>O</c>.</summary>
    public Waardetabel? Geslacht { get; init; }

    /// <summary>The current nationalities.</summary>
    public IReadOnlyList<AbstractNationaliteit>? Nationaliteiten { get; init; }

    /// <summary>The current address, location or foreign address.</summary>
    public AbstractVerblijfplaats? Verblijfplaats { get; init; }

    /// <summary>The gemeente the person is registered in.</summary>
    public Waardetabel? GemeenteVanInschrijving { get; init; }

    /// <summary>The date of registration in that gemeente.</summary>
    public AbstractDatum? DatumInschrijvingInGemeente { get; init; }

    /// <summary>The address lines the API composes for letters.</summary>
    public Adressering? Adressering { get; init; }
}
