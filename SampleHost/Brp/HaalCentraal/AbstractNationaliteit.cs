namespace SampleHost.Brp.HaalCentraal;

/// <summary>
/// A nationality. <see cref="Type"/> is <c>Nationaliteit</c> for a nationality with a code, or one of
/// <c>BehandeldAlsNederlander</c>, <c>VastgesteldNietNederlander</c>, <c>Staatloos</c> and
/// <c>NationaliteitOnbekend</c>.
/// </summary>
internal sealed class AbstractNationaliteit
{
    /// <summary>The type of a nationality with a code of table 32.</summary>
    public const string Bekend = "Nationaliteit";

    /// <summary>The type of a person treated as Dutch without the Dutch nationality (bijzonder Nederlanderschap B).</summary>
    public const string BehandeldAlsNederlander = "BehandeldAlsNederlander";

    /// <summary>The type of a person established not to be Dutch (bijzonder Nederlanderschap V).</summary>
    public const string VastgesteldNietNederlander = "VastgesteldNietNederlander";

    /// <summary>The type of a stateless person (code 0499).</summary>
    public const string Staatloos = "Staatloos";

    /// <summary>The type of an unknown nationality (code 0000).</summary>
    public const string Onbekend = "NationaliteitOnbekend";

    /// <summary>The discriminator.</summary>
    public string? Type { get; init; }

    /// <summary>The nationality by its four-digit code of table 32, for <see cref="Bekend"/> only.</summary>
    public Waardetabel? Nationaliteit { get; init; }

    /// <summary>Why the person got the nationality, as a code of the BRP's table of reasons.</summary>
    public Waardetabel? RedenOpname { get; init; }

    /// <summary>The date from which the nationality is valid.</summary>
    public AbstractDatum? DatumIngangGeldigheid { get; init; }
}
