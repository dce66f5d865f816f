using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Pip;

/// <summary>Reads the inputs of the PIP actions: the contents, dates, yes/no boxes and reasons.</summary>
internal static class PipForm
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];

    /// <summary>Returns the contents from the form, or the errors per field.</summary>
    public static (PipInhoud? Inhoud, IReadOnlyList<FieldError> Errors) Inhoud(ActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var errors = new List<FieldError>();

        if (!Enum.TryParse<Leerroute>(request.Value(PipFields.Leerroute.Key), out var leerroute) || !Enum.IsDefined(leerroute))
        {
            errors.Add(new FieldError(PipFields.Leerroute.Key, new LocalizedText(
                "Kies een leerroute: B1-route, onderwijsroute of Z-route.",
                "Choose a learning route: B1 route, education route or Z route.")));
        }

        if (!Enum.TryParse<PipNiveau>(request.Value(PipFields.Niveau.Key), out var niveau) || !Enum.IsDefined(niveau))
        {
            errors.Add(new FieldError(PipFields.Niveau.Key, new LocalizedText(
                "Kies een niveau: B1, A2 of A1.",
                "Choose a level: B1, A2 or A1.")));
        }

        var ontzorgen = Bool(request, PipFields.Ontzorgen.Key);
        var ontzorgenToelichting = Text(request, PipFields.OntzorgenToelichting, errors);
        if (ontzorgen && ontzorgenToelichting is null)
        {
            errors.Add(new FieldError(PipFields.OntzorgenToelichting.Key, new LocalizedText(
                "Beschrijf wat ontzorgen inhoudt, bijvoorbeeld welke vaste lasten de gemeente betaalt en hoe lang.",
                "Describe what unburdening covers, for example which fixed costs the municipality pays and for how long.")));
        }

        var begeleiding = Bool(request, PipFields.MaatschappelijkeBegeleiding.Key);
        var begeleidingToelichting = Text(request, PipFields.MaatschappelijkeBegeleidingToelichting, errors);
        if (begeleiding && begeleidingToelichting is null)
        {
            errors.Add(new FieldError(PipFields.MaatschappelijkeBegeleidingToelichting.Key, new LocalizedText(
                "Beschrijf de maatschappelijke begeleiding, bijvoorbeeld wie die geeft.",
                "Describe the social guidance, for example who provides it.")));
        }

        var email = Text(request, PipFields.ContactpersoonEmail, errors);
        if (email is not null && !IsEmail(email))
        {
            errors.Add(new FieldError(PipFields.ContactpersoonEmail.Key, new LocalizedText(
                "Vul een geldig e-mailadres in, bijvoorbeeld inburgering@gemeente.nl.",
                "Enter a valid e-mail address, for example inburgering@gemeente.nl.")));
        }

        var inhoud = new PipInhoud
        {
            Leerroute = leerroute,
            Niveau = niveau,
            Ondersteuning = Text(request, PipFields.Ondersteuning, errors),
            IntensiteitPvt = Text(request, PipFields.IntensiteitPvt, errors),
            IntensiteitMap = Text(request, PipFields.IntensiteitMap, errors),
            Knm = Text(request, PipFields.Knm, errors),
            Ontzorgen = ontzorgen,
            OntzorgenToelichting = ontzorgen ? ontzorgenToelichting : null,
            MaatschappelijkeBegeleiding = begeleiding,
            MaatschappelijkeBegeleidingToelichting = begeleiding ? begeleidingToelichting : null,
            Vve = Text(request, PipFields.Vve, errors),
            ContactpersoonNaam = Text(request, PipFields.ContactpersoonNaam, errors),
            ContactpersoonEmail = email,
        };

        return (errors.Count == 0 ? inhoud : null, errors);
    }

    /// <summary>Returns the date in <paramref name="field"/>, or an error that shows the expected form.</summary>
    public static (DateOnly? Date, FieldError? Error) Date(ActionRequest request, FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(field);

        if (DateOnly.TryParseExact(request.Value(field.Key), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date, null);
        }

        return (null, new FieldError(field.Key, new LocalizedText(
            $"Vul bij '{field.Label.Nl}' een datum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
            $"Enter '{field.Label.En}' as a date dd-mm-yyyy, for example 04-12-2026.")));
    }

    /// <summary>Returns the required text in <paramref name="field"/>, or an error that requests it.</summary>
    public static (string? Text, FieldError? Error) Required(ActionRequest request, FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(field);

        var errors = new List<FieldError>();
        var text = Text(request, field, errors);
        if (errors.Count > 0)
        {
            return (null, errors[0]);
        }

        return text is null
            ? (null, new FieldError(field.Key, new LocalizedText($"Vul '{field.Label.Nl}' in.", $"Fill in '{field.Label.En}'.")))
            : (text, null);
    }

    /// <summary>Returns whether the box <paramref name="key"/> was ticked.</summary>
    public static bool Bool(ActionRequest request, string key)
    {
        ArgumentNullException.ThrowIfNull(request);

        return string.Equals(request.Value(key), "true", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Text(ActionRequest request, FieldDefinition field, List<FieldError> errors)
    {
        var text = request.Value(field.Key);
        if (text is not null && field.MaxLength is { } max && text.Length > max)
        {
            errors.Add(new FieldError(field.Key, new LocalizedText(
                $"'{field.Label.Nl}' is te lang: {text.Length} tekens, ten hoogste {max}. Maak de tekst korter.",
                $"'{field.Label.En}' is too long: {text.Length} characters, at most {max}. Shorten the text.")));
        }

        return text;
    }

    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
    }
}
