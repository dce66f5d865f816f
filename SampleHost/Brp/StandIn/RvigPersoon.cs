namespace SampleHost.Brp.StandIn;

/// <summary>
/// The current data of one person in the RvIG test set, as the file writes it: text, trimmed, and dates as
/// <c>yyyymmdd</c> with zeros for unknown parts.
/// </summary>
/// <param name="Burgerservicenummer">The BSN (01.01.20), nine digits with leading zeros kept.</param>
internal sealed record RvigPersoon(string Burgerservicenummer)
{
    /// <summary>The given names (01.02.10).</summary>
    public string? Voornamen { get; init; }

    /// <summary>The surname prefix (01.02.30).</summary>
    public string? Voorvoegsel { get; init; }

    /// <summary>The surname (01.02.40).</summary>
    public string? Geslachtsnaam { get; init; }

    /// <summary>The birth date (01.03.10), such as <c>19851201</c> or <c>19680000</c>.</summary>
    public string? Geboortedatum { get; init; }

    /// <summary>The place of birth (01.03.20): a four-digit gemeentecode, or a place name abroad.</summary>
    public string? Geboorteplaats { get; init; }

    /// <summary>The country of birth (01.03.30), a four-digit code of table 34.</summary>
    public string? Geboorteland { get; init; }

    /// <summary>The sex (01.04.10): <c>M</c>, <c>V</c> or <c>O</c>.</summary>
    public string? Geslacht { get; init; }

    /// <summary>The current occurrences of category 04, including ended ones.</summary>
    public IReadOnlyList<RvigNationaliteit> Nationaliteiten { get; init; } = [];

    /// <summary>The current residence (category 08), or <see langword="null"/> when the persoonslijst has none.</summary>
    public RvigVerblijfplaats? Verblijfplaats { get; init; }
}
