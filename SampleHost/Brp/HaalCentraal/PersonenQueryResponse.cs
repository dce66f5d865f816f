namespace SampleHost.Brp.HaalCentraal;

/// <summary>The response body of <c>POST /personen</c>.</summary>
internal sealed class PersonenQueryResponse
{
    /// <summary>The query type of the request, for example <c>RaadpleegMetBurgerservicenummer</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The persons found; empty when the BRP has none of the requested BSNs.</summary>
    public IReadOnlyList<Persoon> Personen { get; init; } = [];
}
