namespace SampleHost.Brp.StandIn;

/// <summary>A move of a test person that a user recorded in the stand-in; it replaces the person's residence (category 08).</summary>
/// <param name="Burgerservicenummer">The BSN of the person in the RvIG test set.</param>
/// <param name="GemeenteVanInschrijving">The four-digit gemeentecode of the new gemeente of registration.</param>
/// <param name="Straatnaam">The street of the new address.</param>
/// <param name="Huisnummer">The house number of the new address.</param>
/// <param name="Postcode">The postcode, such as <c>2511AB</c>, or <see langword="null"/>.</param>
/// <param name="Woonplaats">The town, or <see langword="null"/>.</param>
/// <param name="Datum">The day of the move, which is the date of registration when the gemeente changed.</param>
internal sealed record StandInVerhuizing(
    string Burgerservicenummer,
    string GemeenteVanInschrijving,
    string Straatnaam,
    int Huisnummer,
    string? Postcode,
    string? Woonplaats,
    DateOnly Datum);
