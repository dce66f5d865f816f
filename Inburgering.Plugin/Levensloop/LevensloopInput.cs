using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Levensloop;

/// <summary>Parses the inputs the lifecycle, correction and DUO signal actions share: a transition date and a typed reason.</summary>
internal static class LevensloopInput
{
    /// <summary>
    /// Returns the date typed in <paramref name="field"/>, or the error for that field when it is missing, not a date,
    /// after <paramref name="today"/> or before the day the dossier entered its current status.
    /// </summary>
    public static (DateOnly? Date, FieldError? Error) ParseTransitionDate(ActionRequest request, FieldDefinition field, Dossier dossier, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(dossier);

        if (DateInput.Parse(request.Value(field.Key)) is not { } date)
        {
            return (null, new FieldError(field.Key, new LocalizedText(
                "Vul de datum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "Enter the date as dd-mm-yyyy, for example 04-12-2026.")));
        }

        if (date > today || date < dossier.StatusSinds)
        {
            return (null, new FieldError(field.Key, new LocalizedText(
                $"De datum moet tussen het begin van de huidige status ({DateInput.Dutch(dossier.StatusSinds)}) en vandaag ({DateInput.Dutch(today)}) liggen. Kies een datum in die periode.",
                $"The date must lie between the start of the current status ({DateInput.English(dossier.StatusSinds)}) and today ({DateInput.English(today)}). Choose a date in that period.")));
        }

        return (date, null);
    }

    /// <summary>
    /// Returns the trimmed text of <paramref name="field"/>, or adds <paramref name="missing"/> (when the field is
    /// required) or a too-long error to <paramref name="errors"/> and returns <see langword="null"/>.
    /// </summary>
    public static string? ParseText(ActionRequest request, FieldDefinition field, LocalizedText? missing, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);

        var text = request.Value(field.Key);
        if (text is null)
        {
            if (missing is not null)
            {
                errors.Add(new FieldError(field.Key, missing));
            }

            return null;
        }

        if (field.MaxLength is { } max && text.Length > max)
        {
            errors.Add(new FieldError(field.Key, new LocalizedText(
                $"Deze tekst is {text.Length} tekens lang; er passen er {max}. Maak de tekst korter.",
                $"This text is {text.Length} characters long; {max} fit. Shorten the text.")));
            return null;
        }

        return text;
    }
}
