namespace Host.Abstractions;

/// <summary>
/// A person as the BRP returns it. Only the groups that were asked for are filled; the others are
/// <see langword="null"/> or empty.
/// </summary>
/// <param name="Bsn">The person's BSN.</param>
public sealed record BrpPersoon(Bsn Bsn)
{
    /// <summary>The name, or <see langword="null"/> when not asked for.</summary>
    public BrpNaam? Naam { get; init; }

    /// <summary>The birth date, possibly partial, or <see langword="null"/> when not asked for.</summary>
    public PartialDate? Geboortedatum { get; init; }

    /// <summary>The place of birth as the BRP spells it, or <see langword="null"/>.</summary>
    public string? Geboorteplaats { get; init; }

    /// <summary>The nationalities; empty when none are recorded or they were not asked for.</summary>
    public IReadOnlyList<BrpNationaliteit> Nationaliteiten { get; init; } = [];

    /// <summary>The current address or location, or <see langword="null"/>.</summary>
    public BrpVerblijfplaats? Verblijfplaats { get; init; }

    /// <summary>The gemeente the person is registered in, or <see langword="null"/>.</summary>
    public BrpGemeente? GemeenteVanInschrijving { get; init; }

    /// <summary>The date of registration in that gemeente, or <see langword="null"/>.</summary>
    public PartialDate? DatumInschrijvingInGemeente { get; init; }
}

/// <summary>A person's name from the BRP.</summary>
/// <param name="Voornamen">The given names, or <see langword="null"/>.</param>
/// <param name="Voorvoegsel">The surname prefix such as <c>van den</c>, or <see langword="null"/>.</param>
/// <param name="Geslachtsnaam">The surname.</param>
/// <param name="VolledigeNaam">The full name as the BRP composes it, for example <c>Erik van den Oever</c>.</param>
public sealed record BrpNaam(string? Voornamen, string? Voorvoegsel, string Geslachtsnaam, string VolledigeNaam);

/// <summary>A nationality from the BRP.</summary>
/// <param name="Code">The four-digit code of table 32 (Nationaliteitentabel), for example <c>0001</c> for Dutch.</param>
/// <param name="Omschrijving">The description, or <see langword="null"/> when the host has no table to decode it.</param>
public sealed record BrpNationaliteit(string Code, string? Omschrijving);

/// <summary>A gemeente from the BRP.</summary>
/// <param name="Code">The four-digit gemeentecode.</param>
/// <param name="Omschrijving">The gemeente's name, or <see langword="null"/>.</param>
public sealed record BrpGemeente(string Code, string? Omschrijving);

/// <summary>Where a person lives: an address, or a description for a location without one, such as a houseboat.</summary>
/// <param name="AdresRegel1">The first address line, for example <c>Boterdiep 31</c> or a location description.</param>
/// <param name="AdresRegel2">The second address line, for example <c>3077 AW  ROTTERDAM</c>, or <see langword="null"/>.</param>
public sealed record BrpVerblijfplaats(string AdresRegel1, string? AdresRegel2)
{
    /// <summary>The street name, or <see langword="null"/> for a location description.</summary>
    public string? Straat { get; init; }

    /// <summary>The house number, or <see langword="null"/>.</summary>
    public int? Huisnummer { get; init; }

    /// <summary>The house letter, or <see langword="null"/>.</summary>
    public string? Huisletter { get; init; }

    /// <summary>The house number addition, or <see langword="null"/>.</summary>
    public string? Huisnummertoevoeging { get; init; }

    /// <summary>The postcode, or <see langword="null"/>.</summary>
    public string? Postcode { get; init; }

    /// <summary>The town, or <see langword="null"/>.</summary>
    public string? Woonplaats { get; init; }

    /// <summary>The description of a location without an address, or <see langword="null"/>.</summary>
    public string? Locatiebeschrijving { get; init; }
}
