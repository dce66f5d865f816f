namespace SampleHost.Brp.StandIn;

/// <summary>A valid request to the stand-in.</summary>
/// <param name="Burgerservicenummers">One to 20 BSNs of nine digits, in request order.</param>
/// <param name="Fields">The supported field paths to return.</param>
/// <param name="GemeenteVanInschrijving">Returns only persons registered in this gemeente, or everyone when <see langword="null"/>.</param>
internal sealed record StandInQuery(IReadOnlyList<string> Burgerservicenummers, IReadOnlyList<string> Fields, string? GemeenteVanInschrijving);
