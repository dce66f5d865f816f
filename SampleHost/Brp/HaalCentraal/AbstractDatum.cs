namespace SampleHost.Brp.HaalCentraal;

/// <summary>
/// A date that may be partial. <see cref="Type"/> determines which other properties are present: <c>Datum</c> has
/// <see cref="Datum"/>, <c>JaarMaandDatum</c> has <see cref="Jaar"/> and <see cref="Maand"/>, <c>JaarDatum</c> has
/// <see cref="Jaar"/>, and <c>DatumOnbekend</c> has <see cref="Onbekend"/>.
/// </summary>
internal sealed class AbstractDatum
{
    /// <summary>The type of a complete date.</summary>
    public const string VolledigeDatum = "Datum";

    /// <summary>The type of a date of which only the year and month are known.</summary>
    public const string JaarMaandDatum = "JaarMaandDatum";

    /// <summary>The type of a date of which only the year is known.</summary>
    public const string JaarDatum = "JaarDatum";

    /// <summary>The type of a date of which nothing is known.</summary>
    public const string DatumOnbekend = "DatumOnbekend";

    /// <summary>The discriminator.</summary>
    public string? Type { get; init; }

    /// <summary>The complete date as <c>yyyy-MM-dd</c>.</summary>
    public string? Datum { get; init; }

    /// <summary>The year, 1 to 9999.</summary>
    public int? Jaar { get; init; }

    /// <summary>The month, 1 to 12.</summary>
    public int? Maand { get; init; }

    /// <summary><see langword="true"/> for a date of which nothing is known.</summary>
    public bool? Onbekend { get; init; }

    /// <summary>The date in Dutch words, such as <c>1 december 1985</c>.</summary>
    public string? LangFormaat { get; init; }
}
