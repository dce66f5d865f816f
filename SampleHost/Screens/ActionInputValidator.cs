using System.Globalization;
using Host.Abstractions;
using SampleHost.Security;

namespace SampleHost.Screens;

/// <summary>
/// Checks submitted values against an action's field definitions before the plugin's handler runs: required fields,
/// lengths, numbers and their range, dates, choices, conditions and edit permissions. Inputs the user may not edit, or
/// whose condition does not hold, are passed on as empty. A <see cref="FieldType.File"/> input has no text value;
/// <see cref="Uploads.UploadValidator"/> checks its file.
/// </summary>
internal static class ActionInputValidator
{
    public static (IReadOnlyDictionary<string, string?> Values, IReadOnlyList<FieldError> Errors) Validate(
        ActionDefinition action,
        IReadOnlyDictionary<string, string?> submitted,
        ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(user);

        var access = new FieldAccess(user);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        foreach (var input in action.Inputs)
        {
            var applies = access.CanEnter(input)
                && (input.VisibleWhen is null || input.VisibleWhen.IsMet(submitted));
            var value = applies ? Normalize(submitted.GetValueOrDefault(input.Key)) : null;
            if (applies && Check(input, value) is { } message)
            {
                errors.Add(new FieldError(input.Key, message));
            }

            values[input.Key] = input.Type == FieldType.Number && TryParseNumber(value, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : value;
        }

        return (values, errors);
    }

    /// <summary>Parses a number with a decimal comma, as Dutch users type it, or a decimal point.</summary>
    private static bool TryParseNumber(string? value, out decimal number) =>
        decimal.TryParse(value?.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static LocalizedText? Check(FieldDefinition input, string? value)
    {
        var label = input.Label;
        if (input.Type == FieldType.File)
        {
            return null;
        }

        if (value is null)
        {
            return input.Required
                ? new LocalizedText($"Vul {label.Nl} in; dit veld is verplicht.", $"Enter {label.En}; this field is required.")
                : null;
        }

        if (input.MaxLength is { } maxLength && value.Length > maxLength)
        {
            return new LocalizedText(
                $"{label.Nl} is te lang: {value.Length} tekens, hooguit {maxLength}. Kort de tekst in.",
                $"{label.En} is too long: {value.Length} characters, at most {maxLength}. Shorten the text.");
        }

        return input.Type switch
        {
            FieldType.Number => CheckNumber(input, value),
            FieldType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null
                : new LocalizedText($"{label.Nl} is geen geldige datum. Kies een datum in de kalender.", $"{label.En} is not a valid date. Pick a date in the calendar."),
            FieldType.Choice => input.Choices.Any(c => c.Code == value)
                ? null
                : new LocalizedText($"Kies {label.Nl} uit de lijst.", $"Choose {label.En} from the list."),
            FieldType.MultiChoice => value.Split(',').All(code => input.Choices.Any(c => c.Code == code))
                ? null
                : new LocalizedText($"Kies {label.Nl} uit de lijst.", $"Choose {label.En} from the list."),
            FieldType.Boolean => value is "true" or "false"
                ? null
                : new LocalizedText($"{label.Nl} is ja of nee.", $"{label.En} is yes or no."),
            _ => null,
        };
    }

    private static LocalizedText? CheckNumber(FieldDefinition input, string value)
    {
        var label = input.Label;
        if (!TryParseNumber(value, out var number))
        {
            return new LocalizedText($"{label.Nl} is geen getal. Vul alleen cijfers in, bijvoorbeeld 12,5.", $"{label.En} is not a number. Enter digits only, for example 12.5.");
        }

        if (number < input.Minimum || number > input.Maximum)
        {
            var range = $"{input.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{input.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
            return new LocalizedText($"{label.Nl} ligt buiten het bereik {range}.", $"{label.En} is outside the range {range}.");
        }

        return null;
    }
}
