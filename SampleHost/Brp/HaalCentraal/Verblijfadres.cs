namespace SampleHost.Brp.HaalCentraal;

/// <summary>
/// The address of a <see cref="AbstractVerblijfplaats"/>. The API has one shape per type, and this class has them
/// all: an <c>Adres</c> fills the street properties, a <c>Locatie</c> fills <see cref="Locatiebeschrijving"/>, and an
/// address abroad fills <see cref="Regel1"/> to <see cref="Regel3"/> and <see cref="Land"/>.
/// </summary>
internal sealed class Verblijfadres
{
    /// <summary>The street name as the gemeente named it (naam openbare ruimte).</summary>
    public string? OfficieleStraatnaam { get; init; }

    /// <summary>The street name of at most 24 characters (NEN 5825).</summary>
    public string? KorteStraatnaam { get; init; }

    /// <summary>The house number.</summary>
    public int? Huisnummer { get; init; }

    /// <summary>The house letter.</summary>
    public string? Huisletter { get; init; }

    /// <summary>The house number addition.</summary>
    public string? Huisnummertoevoeging { get; init; }

    /// <summary>Code <c>by</c> (near) or <c>to</c> (opposite) for a place that has no number of its own.</summary>
    public Waardetabel? AanduidingBijHuisnummer { get; init; }

    /// <summary>The postcode, such as <c>3077AW</c>.</summary>
    public string? Postcode { get; init; }

    /// <summary>The town.</summary>
    public string? Woonplaats { get; init; }

    /// <summary>The description of a place without an address.</summary>
    public string? Locatiebeschrijving { get; init; }

    /// <summary>The first line of an address abroad.</summary>
    public string? Regel1 { get; init; }

    /// <summary>The second line of an address abroad.</summary>
    public string? Regel2 { get; init; }

    /// <summary>The third line of an address abroad.</summary>
    public string? Regel3 { get; init; }

    /// <summary>The country of an address abroad, by its code of table 34.</summary>
    public Waardetabel? Land { get; init; }
}
