using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Uren;

/// <summary>The checks on the period and hours of a new <see cref="Urenregel"/>.</summary>
internal static class UrenregelInvoer
{
    /// <summary>The most hours one day can hold.</summary>
    public const decimal UrenPerDag = 24m;

    /// <summary>The smallest unit of hours: a quarter of an hour.</summary>
    public const decimal Kwartier = 0.25m;

    /// <summary>
    /// Returns what is wrong with a period from <paramref name="van"/> to <paramref name="tot"/> (both included) with
    /// <paramref name="uren"/> hours on <paramref name="vandaag"/>, by field key; empty when it is valid.
    /// </summary>
    public static IReadOnlyList<FieldError> Controleer(DateOnly van, DateOnly tot, decimal uren, DateOnly vandaag)
    {
        var errors = new List<FieldError>();

        if (tot > vandaag)
        {
            errors.Add(new FieldError("periodeTot", new LocalizedText(
                $"De periode mag niet in de toekomst liggen. Kies als einddatum uiterlijk vandaag ({vandaag.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}).",
                $"The period cannot lie in the future. Choose today ({vandaag.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}) or earlier as its end date.")));
        }

        if (tot < van)
        {
            errors.Add(new FieldError("periodeTot", new LocalizedText(
                "De einddatum ligt voor de begindatum. Kies een einddatum op of na de begindatum.",
                "The end date is before the start date. Choose an end date on or after the start date.")));
            return errors;
        }

        errors.AddRange(ControleerUren(uren, MaximumUren(van, tot)));
        return errors;
    }

    /// <summary>Returns the most hours the period from <paramref name="van"/> to <paramref name="tot"/> can hold: 24 per day, both days included.</summary>
    public static decimal MaximumUren(DateOnly van, DateOnly tot) => (tot.DayNumber - van.DayNumber + 1) * UrenPerDag;

    private static IEnumerable<FieldError> ControleerUren(decimal uren, decimal maximum)
    {
        if (uren <= 0)
        {
            yield return new FieldError("uren", new LocalizedText(
                "Vul een aantal uren groter dan 0 in, bijvoorbeeld 12,5.",
                "Enter a number of hours greater than 0, for example 12.5."));
            yield break;
        }

        if (uren > maximum)
        {
            yield return new FieldError("uren", new LocalizedText(
                $"De periode heeft ten hoogste {maximum.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"))} uur (24 per dag). Vul minder uren in of kies een langere periode.",
                $"The period holds at most {maximum.ToString("0.##", CultureInfo.InvariantCulture)} hours (24 per day). Enter fewer hours or choose a longer period."));
        }

        if (uren % Kwartier != 0)
        {
            yield return new FieldError("uren", new LocalizedText(
                "Vul de uren in hele kwartieren in, bijvoorbeeld 3,25 of 3,5.",
                "Enter the hours in whole quarter hours, for example 3.25 or 3.5."));
        }
    }
}
