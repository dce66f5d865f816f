namespace SampleHost.Brp.HaalCentraal;

/// <summary>
/// Where a person lives. <see cref="Type"/> is <c>Adres</c>, <c>Locatie</c> (a place without an address, such as a
/// houseboat), <c>VerblijfplaatsBuitenland</c> or <c>VerblijfplaatsOnbekend</c>.
/// </summary>
internal sealed class AbstractVerblijfplaats
{
    /// <summary>The type of a Dutch address.</summary>
    public const string Adres = "Adres";

    /// <summary>The type of a place in the Netherlands without an address.</summary>
    public const string Locatie = "Locatie";

    /// <summary>The type of an address abroad.</summary>
    public const string Buitenland = "VerblijfplaatsBuitenland";

    /// <summary>The type of an unknown place of residence.</summary>
    public const string Onbekend = "VerblijfplaatsOnbekend";

    /// <summary>The discriminator.</summary>
    public string? Type { get; init; }

    /// <summary>The address itself; which properties it has depends on <see cref="Type"/>.</summary>
    public Verblijfadres? Verblijfadres { get; init; }

    /// <summary>Whether this is where the person lives (<c>W</c>) or receives mail (<c>B</c>).</summary>
    public Waardetabel? FunctieAdres { get; init; }

    /// <summary>The date the person started living here.</summary>
    public AbstractDatum? DatumVan { get; init; }

    /// <summary>The BAG id of the building unit, 16 digits.</summary>
    public string? AdresseerbaarObjectIdentificatie { get; init; }

    /// <summary>The BAG id of the address, 16 digits.</summary>
    public string? NummeraanduidingIdentificatie { get; init; }
}
