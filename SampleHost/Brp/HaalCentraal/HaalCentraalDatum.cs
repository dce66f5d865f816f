using System.Globalization;
using System.Text.Json;
using Host.Abstractions;

namespace SampleHost.Brp.HaalCentraal;

/// <summary>Converts between <see cref="PartialDate"/> and the API's polymorphic <see cref="AbstractDatum"/>.</summary>
internal static class HaalCentraalDatum
{
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// Creates the API's form of <paramref name="date"/>, with <c>langFormaat</c> in Dutch words such as
    /// <c>1 december 1985</c>, <c>december 1968</c>, <c>1968</c> or <c>onbekend</c>.
    /// </summary>
    public static AbstractDatum FromPartialDate(PartialDate date)
    {
        var langFormaat = date.ToDisplayString(s_dutch);

        if (date.Year is not { } year)
        {
            return new AbstractDatum { Type = AbstractDatum.DatumOnbekend, Onbekend = true, LangFormaat = langFormaat };
        }

        if (date.Month is not { } month)
        {
            return new AbstractDatum { Type = AbstractDatum.JaarDatum, Jaar = year, LangFormaat = langFormaat };
        }

        if (date.ToDateOnly() is not { } complete)
        {
            return new AbstractDatum { Type = AbstractDatum.JaarMaandDatum, Jaar = year, Maand = month, LangFormaat = langFormaat };
        }

        return new AbstractDatum
        {
            Type = AbstractDatum.VolledigeDatum,
            Datum = complete.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            LangFormaat = langFormaat,
        };
    }

    /// <summary>Converts the API's date to a <see cref="PartialDate"/>.</summary>
    /// <param name="datum">The date, or <see langword="null"/> when the response has none.</param>
    /// <param name="path">The JSON path of the date, for the error message.</param>
    /// <returns>The date, or <see langword="null"/> when <paramref name="datum"/> is <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The date has an unknown type or a value out of range. The message names the path, never the value.</exception>
    public static PartialDate? ToPartialDate(AbstractDatum? datum, string path)
    {
        if (datum is null)
        {
            return null;
        }

        return datum.Type switch
        {
            AbstractDatum.VolledigeDatum => ParseComplete(datum.Datum, path),
            AbstractDatum.JaarMaandDatum when IsYear(datum.Jaar) && datum.Maand is >= 1 and <= 12 => PartialDate.FromYearMonth(datum.Jaar!.Value, datum.Maand.Value),
            AbstractDatum.JaarDatum when IsYear(datum.Jaar) => PartialDate.FromYear(datum.Jaar!.Value),
            AbstractDatum.DatumOnbekend => PartialDate.Unknown,
            _ => throw Invalid(path, $"a date of type '{datum.Type}' with these parts is not a valid date"),
        };
    }

    private static PartialDate ParseComplete(string? text, string path)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Invalid(path, "the date is not in the form yyyy-MM-dd");
        }

        return PartialDate.FromDate(date);
    }

    private static bool IsYear(int? year) => year is >= 1 and <= 9999;

    private static JsonException Invalid(string path, string reason) =>
        new($"The BRP response has an invalid date at {path}: {reason}.", path, null, null);
}
