using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Registration;

/// <summary>
/// Parses the registration form: the person's BSN or V-nummer, the doelgroep, the koppeldatum and the wettelijk
/// regime. Each problem is added to the error list with the field it belongs to.
/// </summary>
internal static class RegistrationInputParser
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The day the Wet inburgering 2013 took effect; no earlier koppeling belongs to an act this module supports.</summary>
    private static readonly DateOnly s_wi2013InForce = new(2013, 1, 1);

    /// <summary>The day the Wet inburgering 2021 took effect.</summary>
    private static readonly DateOnly s_wi2021InForce = new(2022, 1, 1);

    public static LocalizedText DoelgroepMissing { get; } = new(
        "Kies de doelgroep: asielstatushouder, gezinsmigrant of overige migrant.",
        "Choose the target group: asylum permit holder, family migrant or other migrant.");

    public static LocalizedText WetRegimeMissing { get; } = new(
        "Kies het wettelijk regime: Wet inburgering 2021, of 2013 voor wie vóór 1 januari 2022 inburgeringsplichtig werd.",
        "Choose the legal regime: Civic Integration Act 2021, or 2013 for a person obliged before 1 January 2022.");

    /// <summary>
    /// Checks that exactly one of BSN and V-nummer is given, and a V-nummer only for an asielstatushouder.
    /// Adds the errors in front of <paramref name="errors"/>, because the identity comes first on the form.
    /// </summary>
    public static PersonIdentity? ParseIdentity(RegistrationInput input, Doelgroep? doelgroep, List<FieldError> errors)
    {
        var bsnText = string.IsNullOrWhiteSpace(input.Bsn) ? null : input.Bsn;
        var vnummerText = string.IsNullOrWhiteSpace(input.VNummer) ? null : input.VNummer;

        FieldError? error = null;
        PersonIdentity? identity = null;
        if (bsnText is null && vnummerText is null)
        {
            error = new FieldError(DossierFields.Bsn.Key, new LocalizedText(
                "Vul het BSN in. Een BSN heeft 9 cijfers. Staat een asielstatushouder nog niet in de BRP, vul dan het V-nummer in.",
                "Enter the BSN. A BSN has 9 digits. For an asylum permit holder not yet in the BRP, enter the V-nummer instead."));
        }
        else if (bsnText is not null && vnummerText is not null)
        {
            error = new FieldError(DossierFields.VNummer.Key, new LocalizedText(
                "Vul een BSN of een V-nummer in, niet allebei. Met een BSN komen de gegevens uit de BRP; laat het V-nummer dan leeg.",
                "Enter a BSN or a V-nummer, not both. With a BSN the data come from the BRP; leave the V-nummer empty."));
        }
        else if (bsnText is not null)
        {
            identity = Bsn.TryParse(bsnText, out var bsn, out var bsnError)
                ? PersonIdentity.ForBsn(bsn)
                : null;
            error = bsnError is { } e ? new FieldError(DossierFields.Bsn.Key, BsnErrorMessages.For(e)) : null;
        }
        else if (!VNummer.TryParse(vnummerText, out var vnummer, out var vnummerError))
        {
            error = new FieldError(DossierFields.VNummer.Key, vnummerError);
        }
        else if (doelgroep is not null && doelgroep != Doelgroep.Asielstatushouder)
        {
            error = new FieldError(DossierFields.VNummer.Key, new LocalizedText(
                "Alleen een asielstatushouder kan zonder BSN worden geregistreerd, op het V-nummer. Vul het BSN in en laat het V-nummer leeg.",
                "Only an asylum permit holder can be registered without a BSN, on the V-nummer. Enter the BSN and leave the V-nummer empty."));
        }
        else
        {
            identity = PersonIdentity.ForVNummer(vnummer);
        }

        if (error is not null)
        {
            errors.Insert(0, error);
        }

        return identity;
    }

    /// <summary>Parses the koppeldatum, which must not be after <paramref name="today"/> in Europe/Amsterdam.</summary>
    public static DateOnly? ParseKoppeldatum(string? text, DateOnly today, List<FieldError> errors)
    {
        var key = DossierFields.Koppeldatum.Key;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "Vul de koppeldatum in: de dag waarop DUO of het COA de persoon aan de gemeente heeft gekoppeld.",
                "Enter the date linked to the municipality: the day DUO or the COA linked the person to the municipality.")));
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "De koppeldatum is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 01-10-2026.",
                "The date linked to the municipality is not a valid date. Write it as dd-mm-yyyy, for example 01-10-2026.")));
            return null;
        }

        if (date > today)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                $"De koppeldatum ligt na vandaag ({Format(today, s_dutch)}). Vul de dag in waarop de koppeling al heeft plaatsgevonden.",
                $"The date linked to the municipality is after today ({Format(today, s_english)}). Enter the day the link was made.")));
            return null;
        }

        if (date < s_wi2013InForce)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "De koppeldatum ligt vóór 1 januari 2013, toen de Wet inburgering 2013 inging. Deze module ondersteunt de Wet inburgering 2013 en 2021; controleer de datum.",
                "The date linked to the municipality is before 1 January 2013, when the Civic Integration Act 2013 took effect. This module supports the 2013 and 2021 acts; check the date.")));
            return null;
        }

        return date;
    }

    /// <summary>
    /// Checks that the wettelijk regime fits the koppeldatum: the Wet inburgering 2021 applies only to persons who
    /// became obliged on or after 1 January 2022, so a link made before that date belongs to the 2013 act.
    /// </summary>
    public static void CheckWetRegime(WetRegime? wetRegime, DateOnly? koppeldatum, List<FieldError> errors)
    {
        if (wetRegime == WetRegime.Wi2021 && koppeldatum < s_wi2021InForce)
        {
            errors.Add(new FieldError(DossierFields.WetRegime.Key, new LocalizedText(
                "De Wet inburgering 2021 geldt voor wie op of na 1 januari 2022 inburgeringsplichtig werd, maar de koppeldatum ligt daarvoor. Kies de Wet inburgering 2013 of controleer de koppeldatum.",
                "The Civic Integration Act 2021 applies to persons obliged on or after 1 January 2022, but the date linked to the municipality is earlier. Choose the 2013 act or check the date.")));
        }
    }

    private static string Format(DateOnly date, CultureInfo culture) => date.ToString("d MMMM yyyy", culture);

    /// <summary>Parses an enum member name, ignoring case; numbers are refused, unlike <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>.</summary>
    public static TEnum? ParseChoice<TEnum>(string? code, string key, LocalizedText message, List<FieldError> errors)
        where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, code?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add(new FieldError(key, message));
            return null;
        }

        return Enum.Parse<TEnum>(name);
    }
}
