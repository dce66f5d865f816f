using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// Reads and checks the values of a COA informatieformulier, typed in the action or read from an import row. Choices
/// are compared without case, so an import may write <c>ja</c> where the form sends <c>Ja</c>. Dates are
/// <c>yyyy-MM-dd</c> as browsers send them, or <c>d-M-yyyy</c> as typed.
/// </summary>
internal static class CoaInvoer
{
    private static readonly string[] s_datumFormaten = ["yyyy-MM-dd", "d-M-yyyy"];

    /// <summary>Reads the form from <paramref name="waarde"/>, which returns the trimmed value of a field or <see langword="null"/> when it is empty.</summary>
    /// <param name="waarde">Returns the value of a field of <see cref="CoaFields.Formulier"/>.</param>
    /// <param name="today">Today in Amsterdam; dates of past events may not lie after it.</param>
    /// <returns>The form, or every error found, one per field at most.</returns>
    public static (CoaGegevens? Gegevens, IReadOnlyList<CoaInvoerFout> Fouten) Lees(Func<FieldDefinition, string?> waarde, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(waarde);

        var fouten = new List<CoaInvoerFout>();

        var formulierdatum = Datum(waarde, CoaFields.Formulierdatum, fouten, required: true, nietNa: today);
        var regievoerderNaam = Tekst(waarde, CoaFields.RegievoerderNaam, fouten);
        var regievoerderTelefoon = Telefoon(waarde, CoaFields.RegievoerderTelefoon, fouten);
        var regievoerderEmail = Email(waarde, CoaFields.RegievoerderEmail, fouten);
        var azcNaam = Tekst(waarde, CoaFields.AzcNaam, fouten);
        var azcAdres = Tekst(waarde, CoaFields.AzcAdres, fouten);
        var azcTelefoon = Telefoon(waarde, CoaFields.AzcTelefoon, fouten);
        var azcEmail = Email(waarde, CoaFields.AzcEmail, fouten);
        var digid = Keuze<JaNeeOnbekend>(waarde, CoaFields.DigidAangevraagd, fouten, JaNeeOnbekend.Onbekend);
        var digidOp = Datum(waarde, CoaFields.DigidAangevraagdOp, fouten, required: false, nietNa: today);
        var rijbewijs = JaNee(waarde, CoaFields.Rijbewijs, fouten);
        var staat = Tekst(waarde, CoaFields.RijbewijsUitgifteStaat, fouten);
        var toestemming = JaNee(waarde, CoaFields.ToestemmingVoorinburgering, fouten);
        var toestemmingOp = Datum(waarde, CoaFields.ToestemmingVoorinburgeringOp, fouten, required: false, nietNa: today);
        var huisvestingsdatum = Datum(waarde, CoaFields.Huisvestingsdatum, fouten, required: false, nietNa: null);
        var scenario = Keuze<StartScenario>(waarde, CoaFields.StartScenario, fouten, null);
        var bijzonderheden = Tekst(waarde, CoaFields.Bijzonderheden, fouten);

        if (digidOp is not null && digid is not JaNeeOnbekend.Ja && !HeeftFout(fouten, CoaFields.DigidAangevraagd))
        {
            fouten.Add(new CoaInvoerFout(CoaFields.DigidAangevraagdOp, new LocalizedText(
                "Een datum van aanvragen hoort alleen bij 'DigiD aangevraagd: ja'. Kies ja of maak de datum leeg.",
                "A request date belongs only with 'DigiD requested: yes'. Choose yes or clear the date.")));
        }

        if (staat is not null && rijbewijs is not true && !HeeftFout(fouten, CoaFields.Rijbewijs))
        {
            fouten.Add(new CoaInvoerFout(CoaFields.RijbewijsUitgifteStaat, new LocalizedText(
                "De staat die het rijbewijs afgaf hoort alleen bij 'Rijbewijs: ja'. Kies ja of maak de staat leeg.",
                "The state that issued the driving licence belongs only with 'Driving licence: yes'. Choose yes or clear the state.")));
        }

        if (toestemmingOp is not null && toestemming is null && !HeeftFout(fouten, CoaFields.ToestemmingVoorinburgering))
        {
            fouten.Add(new CoaInvoerFout(CoaFields.ToestemmingVoorinburgeringOp, new LocalizedText(
                "Een datum van toestemming hoort bij een keuze ja of nee voor voorinburgering. Kies ja of nee, of maak de datum leeg.",
                "A date of consent belongs with a choice of yes or no for pre-integration. Choose yes or no, or clear the date.")));
        }

        if (fouten.Count > 0)
        {
            return (null, fouten);
        }

        var gegevens = new CoaGegevens
        {
            Formulierdatum = formulierdatum!.Value,
            RegievoerderNaam = regievoerderNaam,
            RegievoerderTelefoon = regievoerderTelefoon,
            RegievoerderEmail = regievoerderEmail,
            AzcNaam = azcNaam,
            AzcAdres = azcAdres,
            AzcTelefoon = azcTelefoon,
            AzcEmail = azcEmail,
            DigidAangevraagd = digid ?? JaNeeOnbekend.Onbekend,
            DigidAangevraagdOp = digidOp,
            Rijbewijs = rijbewijs,
            RijbewijsUitgifteStaat = staat,
            ToestemmingVoorinburgering = toestemming,
            ToestemmingVoorinburgeringOp = toestemmingOp,
            Huisvestingsdatum = huisvestingsdatum,
            StartScenario = scenario,
            Bijzonderheden = bijzonderheden,
        };
        return (gegevens, []);
    }

    private static bool HeeftFout(List<CoaInvoerFout> fouten, FieldDefinition veld) => fouten.Exists(f => f.Veld == veld);

    private static string? Tekst(Func<FieldDefinition, string?> waarde, FieldDefinition veld, List<CoaInvoerFout> fouten)
    {
        var tekst = waarde(veld);
        if (tekst is null || veld.MaxLength is not { } max || tekst.Length <= max)
        {
            return tekst;
        }

        fouten.Add(new CoaInvoerFout(veld, new LocalizedText(
            $"'{veld.Label.Nl}' is {tekst.Length} tekens lang; het maximum is {max}. Kort de tekst in.",
            $"'{veld.Label.En}' is {tekst.Length} characters long; the maximum is {max}. Shorten the text.")));
        return null;
    }

    /// <summary>
    /// Reads a phone number: digits with optional spaces, dashes, dots, brackets and a leading +, and 8 to 15 digits
    /// (15 is the maximum of an international number under ITU-T E.164).
    /// </summary>
    private static string? Telefoon(Func<FieldDefinition, string?> waarde, FieldDefinition veld, List<CoaInvoerFout> fouten)
    {
        var tekst = Tekst(waarde, veld, fouten);
        if (tekst is null)
        {
            return null;
        }

        var cijfers = tekst.Count(char.IsAsciiDigit);
        var toegestaan = tekst.Select((teken, index) => char.IsAsciiDigit(teken) || teken is ' ' or '-' or '.' or '(' or ')' || (teken == '+' && index == 0)).All(ok => ok);
        if (toegestaan && cijfers is >= 8 and <= 15)
        {
            return tekst;
        }

        fouten.Add(new CoaInvoerFout(veld, new LocalizedText(
            $"'{veld.Label.Nl}' is geen geldig telefoonnummer. Vul 8 tot 15 cijfers in, zo nodig met + vooraan, bijvoorbeeld 06-12345678 of +31 6 12345678.",
            $"'{veld.Label.En}' is not a valid phone number. Enter 8 to 15 digits, with a leading + when needed, for example 06-12345678 or +31 6 12345678.")));
        return null;
    }

    /// <summary>Reads an e-mail address: one @ with text on both sides, a dot in the domain and no spaces.</summary>
    private static string? Email(Func<FieldDefinition, string?> waarde, FieldDefinition veld, List<CoaInvoerFout> fouten)
    {
        var tekst = Tekst(waarde, veld, fouten);
        if (tekst is null)
        {
            return null;
        }

        var at = tekst.IndexOf('@', StringComparison.Ordinal);
        var domein = at >= 0 ? tekst[(at + 1)..] : string.Empty;
        var geldig = at > 0
            && tekst.Count(teken => teken == '@') == 1
            && !tekst.Any(char.IsWhiteSpace)
            && domein.Contains('.', StringComparison.Ordinal)
            && !domein.StartsWith('.')
            && !domein.EndsWith('.');
        if (geldig)
        {
            return tekst;
        }

        fouten.Add(new CoaInvoerFout(veld, new LocalizedText(
            $"'{veld.Label.Nl}' is geen geldig e-mailadres. Vul een adres in zoals naam@voorbeeld.nl, zonder spaties.",
            $"'{veld.Label.En}' is not a valid e-mail address. Enter an address such as name@example.nl, without spaces.")));
        return null;
    }

    private static DateOnly? Datum(Func<FieldDefinition, string?> waarde, FieldDefinition veld, List<CoaInvoerFout> fouten, bool required, DateOnly? nietNa)
    {
        var tekst = waarde(veld);
        if (tekst is null && !required)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(tekst, s_datumFormaten, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            fouten.Add(new CoaInvoerFout(veld, new LocalizedText(
                $"Vul bij '{veld.Label.Nl}' een datum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                $"Enter a date for '{veld.Label.En}' as dd-mm-yyyy, for example 04-12-2026.")));
            return null;
        }

        if (nietNa is { } laatste && datum > laatste)
        {
            fouten.Add(new CoaInvoerFout(veld, new LocalizedText(
                $"'{veld.Label.Nl}' ligt in de toekomst. Vul een datum in op of vóór vandaag ({laatste.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}).",
                $"'{veld.Label.En}' lies in the future. Enter a date on or before today ({laatste.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}).")));
            return null;
        }

        return datum;
    }

    private static bool? JaNee(Func<FieldDefinition, string?> waarde, FieldDefinition veld, List<CoaInvoerFout> fouten) =>
        Keuze<JaNeeOnbekend>(waarde, veld, fouten, null) switch
        {
            JaNeeOnbekend.Ja => true,
            JaNeeOnbekend.Nee => false,
            _ => null,
        };

    /// <summary>Reads one of the field's choices, compared without case; returns <paramref name="leeg"/> for an empty value.</summary>
    private static T? Keuze<T>(Func<FieldDefinition, string?> waarde, FieldDefinition veld, List<CoaInvoerFout> fouten, T? leeg)
        where T : struct, Enum
    {
        var tekst = waarde(veld);
        if (tekst is null)
        {
            return leeg;
        }

        var code = veld.Choices.FirstOrDefault(c => string.Equals(c.Code, tekst, StringComparison.OrdinalIgnoreCase))?.Code;
        if (code is not null && Enum.TryParse<T>(code, out var keuze))
        {
            return keuze;
        }

        var codes = string.Join(", ", veld.Choices.Select(c => c.Code));
        fouten.Add(new CoaInvoerFout(veld, new LocalizedText(
            $"'{veld.Label.Nl}' kent de waarde niet. Kies een van: {codes}.",
            $"'{veld.Label.En}' has no such value. Choose one of: {codes}.")));
        return null;
    }
}
