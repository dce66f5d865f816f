namespace Host.Abstractions;

/// <summary>
/// The Basisregistratie Personen, reached through the Haal Centraal BRP Personen API. The host owns the
/// connection (base URL, credentials) so a plugin requests only the fields its purpose needs.
/// </summary>
public interface IBrpPersonen
{
    /// <summary>Looks up one person by BSN, asking only for <paramref name="fields"/>.</summary>
    /// <param name="bsn">The person's BSN.</param>
    /// <param name="fields">Field names of the Haal Centraal API, see <see cref="BrpFields"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The person, not found, or why the lookup failed.</returns>
    Task<BrpLookupResult> FindByBsnAsync(Bsn bsn, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);
}

/// <summary>Field names of the Haal Centraal BRP Personen API that hosts support.</summary>
public static class BrpFields
{
    /// <summary>The BSN.</summary>
    public const string Burgerservicenummer = "burgerservicenummer";

    /// <summary>Given names, prefix, surname and the composed full name.</summary>
    public const string Naam = "naam";

    /// <summary>Birth date and place.</summary>
    public const string Geboorte = "geboorte";

    /// <summary>The nationalities.</summary>
    public const string Nationaliteiten = "nationaliteiten";

    /// <summary>The current address or location description.</summary>
    public const string Verblijfplaats = "verblijfplaats";

    /// <summary>The gemeente the person is registered in.</summary>
    public const string GemeenteVanInschrijving = "gemeenteVanInschrijving";

    /// <summary>The date the person was registered in that gemeente.</summary>
    public const string DatumInschrijvingInGemeente = "datumInschrijvingInGemeente";
}

/// <summary>The outcome of a BRP lookup.</summary>
public enum BrpLookupStatus
{
    /// <summary>The person was found.</summary>
    Found,

    /// <summary>The BRP has no person with the BSN.</summary>
    NotFound,

    /// <summary>The BRP could not be reached or rejected the request; <see cref="BrpLookupResult.Problem"/> contains the reason.</summary>
    Failed,
}

/// <summary>The outcome of a BRP lookup.</summary>
/// <param name="Status">Found, not found or failed.</param>
/// <param name="Persoon">The person when found.</param>
/// <param name="Problem">Why the lookup failed, for staff and logs; never contains personal data.</param>
public sealed record BrpLookupResult(BrpLookupStatus Status, BrpPersoon? Persoon, string? Problem)
{
    /// <summary>Creates a result for a person that was found.</summary>
    /// <param name="persoon">The person.</param>
    public static BrpLookupResult Found(BrpPersoon persoon) => new(BrpLookupStatus.Found, persoon, null);

    /// <summary>A result for a BSN the BRP does not know.</summary>
    public static BrpLookupResult NotFound { get; } = new(BrpLookupStatus.NotFound, null, null);

    /// <summary>Creates a result for a lookup that failed.</summary>
    /// <param name="problem">Why it failed, without personal data.</param>
    public static BrpLookupResult Failed(string problem) => new(BrpLookupStatus.Failed, null, problem);
}
