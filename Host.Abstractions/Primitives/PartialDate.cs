using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Host.Abstractions;

/// <summary>
/// A date of which only some parts may be known, as the BRP records it: a full date, a year and month, a year,
/// or nothing. An unknown part is never filled in, so a birth year of 1968 is never shown as 1 January 1968.
/// </summary>
/// <remarks>
/// The BRP writes these dates as <c>yyyymmdd</c> with zeros for unknown parts: <c>19680000</c> is "1968" and
/// <c>00000000</c> is unknown. The Haal Centraal BRP API sends them as <c>Datum</c>, <c>JaarMaandDatum</c>,
/// <c>JaarDatum</c> or <c>DatumOnbekend</c>.
/// </remarks>
public readonly record struct PartialDate
{
    private PartialDate(int? year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>A date of which nothing is known.</summary>
    public static PartialDate Unknown { get; }

    /// <summary>The year, or <see langword="null"/> when unknown.</summary>
    public int? Year { get; }

    /// <summary>The month (1 to 12), or <see langword="null"/> when unknown.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or <see langword="null"/> when unknown.</summary>
    public int? Day { get; }

    /// <summary>Whether year, month and day are all known.</summary>
    public bool IsComplete => Day is not null;

    /// <summary>Creates a date of which only the year is known.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    public static PartialDate FromYear(int year) => new(CheckYear(year), null, null);

    /// <summary>Creates a date of which the year and month are known.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    public static PartialDate FromYearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);

        return new PartialDate(CheckYear(year), month, null);
    }

    /// <summary>Creates a complete date.</summary>
    /// <param name="date">The date.</param>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>
    /// Parses the BRP's <c>yyyymmdd</c> form, where zeros mark unknown parts: <c>19851201</c>, <c>19681200</c>,
    /// <c>19680000</c> or <c>00000000</c>.
    /// </summary>
    /// <param name="text">Eight digits.</param>
    /// <param name="date">The parsed date, or <see cref="Unknown"/> when parsing failed.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid BRP date.</returns>
    public static bool TryParseBrp([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = Unknown;
        if (text is not { Length: 8 } || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(6, 2), CultureInfo.InvariantCulture);

        if (year == 0)
        {
            return month == 0 && day == 0;
        }

        if (month == 0)
        {
            date = day == 0 ? FromYear(year) : Unknown;
            return day == 0;
        }

        if (month > 12)
        {
            return false;
        }

        if (day == 0)
        {
            date = FromYearMonth(year, month);
            return true;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = FromDate(new DateOnly(year, month, day));
        return true;
    }

    /// <summary>Returns the complete date, or <see langword="null"/> when a part is unknown.</summary>
    public DateOnly? ToDateOnly() => Year is { } year && Month is { } month && Day is { } day ? new DateOnly(year, month, day) : null;

    /// <summary>Returns the BRP's <c>yyyymmdd</c> form, with zeros for the unknown parts.</summary>
    public string ToBrpString() => string.Create(CultureInfo.InvariantCulture, $"{Year ?? 0:0000}{Month ?? 0:00}{Day ?? 0:00}");

    /// <summary>
    /// Returns the date as people read it: <c>1 december 1985</c>, <c>december 1968</c>, <c>1968</c>, or
    /// <c>onbekend</c> (<c>unknown</c> in English).
    /// </summary>
    /// <param name="culture">The culture for month names and the word for unknown.</param>
    public string ToDisplayString(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        if (Year is not { } year)
        {
            return culture.TwoLetterISOLanguageName == "en" ? "unknown" : "onbekend";
        }

        if (Month is not { } month)
        {
            return year.ToString("0000", CultureInfo.InvariantCulture);
        }

        var monthName = culture.DateTimeFormat.GetMonthName(month);
        return Day is { } day
            ? string.Create(culture, $"{day} {monthName} {year:0000}")
            : string.Create(culture, $"{monthName} {year:0000}");
    }

    /// <summary>Returns the date for <see cref="CultureInfo.CurrentCulture"/>.</summary>
    public override string ToString() => ToDisplayString(CultureInfo.CurrentCulture);

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        return year;
    }
}
