using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// Reads the values of a part's form and collects an error per invalid field, naming the field and the fix. The host
/// checks the inputs too, but the rules hold for every caller.
/// </summary>
internal sealed class IntakeForm(ActionRequest request)
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];

    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void AddError(FieldDefinition field, LocalizedText message) => _errors.Add(new FieldError(field.Key, message));

    /// <summary>Returns the text of <paramref name="field"/>, or <see langword="null"/> when it is empty or too long.</summary>
    public string? Text(FieldDefinition field)
    {
        var value = Present(field, "Vul", "in", "Enter");
        if (value is not null && field.MaxLength is { } maxLength && value.Length > maxLength)
        {
            AddError(field, new LocalizedText(
                $"{field.Label.Nl} is te lang: {value.Length} tekens, hooguit {maxLength}. Kort de tekst in.",
                $"{field.Label.En} is too long: {value.Length} characters, at most {maxLength}. Shorten the text."));
            return null;
        }

        return value;
    }

    /// <summary>Returns the chosen value of <paramref name="field"/>, or <see langword="null"/> when none or an unknown one was chosen.</summary>
    public TEnum? Choice<TEnum>(FieldDefinition field)
        where TEnum : struct, Enum
    {
        var value = Present(field, "Kies", "uit de lijst", "Choose");
        if (value is null)
        {
            return null;
        }

        if (!Enum.TryParse<TEnum>(value, ignoreCase: false, out var choice) || !Enum.IsDefined(choice) || field.ChoiceLabel(value) is null)
        {
            AddError(field, new LocalizedText($"Kies {field.Label.Nl} uit de lijst.", $"Choose {field.Label.En} from the list."));
            return null;
        }

        return choice;
    }

    /// <summary>Returns yes or no for <paramref name="field"/>; an empty value is no unless the field is required.</summary>
    public bool? Boolean(FieldDefinition field)
    {
        if (!Applies(field))
        {
            return null;
        }

        var value = request.Value(field.Key);
        switch (value)
        {
            case "true":
                return true;
            case "false":
                return false;
            case null when !field.Required:
                return false;
            default:
                AddError(field, new LocalizedText($"Kies ja of nee bij {field.Label.Nl}.", $"Choose yes or no for {field.Label.En}."));
                return null;
        }
    }

    /// <summary>Returns the whole number of <paramref name="field"/> within its minimum and maximum, or <see langword="null"/>.</summary>
    public int? Number(FieldDefinition field)
    {
        var value = Present(field, "Vul", "in", "Enter");
        if (value is null)
        {
            return null;
        }

        var minimum = (int)(field.Minimum ?? int.MinValue);
        var maximum = (int)(field.Maximum ?? int.MaxValue);
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            AddError(field, new LocalizedText(
                $"{field.Label.Nl} moet een heel getal van {minimum} tot en met {maximum} zijn. Vul alleen cijfers in, bijvoorbeeld {maximum}.",
                $"{field.Label.En} must be a whole number from {minimum} to {maximum}. Enter digits only, for example {maximum}."));
            return null;
        }

        return number;
    }

    /// <summary>Returns the date of <paramref name="field"/>, typed as <c>yyyy-MM-dd</c> or <c>d-M-yyyy</c>, or <see langword="null"/>.</summary>
    public DateOnly? Date(FieldDefinition field)
    {
        var value = Present(field, "Vul", "in", "Enter");
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            AddError(field, new LocalizedText(
                $"Vul {field.Label.Nl} in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                $"Enter {field.Label.En} as dd-mm-yyyy, for example 04-12-2026."));
            return null;
        }

        return date;
    }

    /// <summary>Returns whether <paramref name="field"/> applies: an input whose condition does not hold counts as empty.</summary>
    private bool Applies(FieldDefinition field) => field.VisibleWhen is null || field.VisibleWhen.IsMet(request.Values);

    private string? Present(FieldDefinition field, string verbNl, string tailNl, string verbEn)
    {
        if (!Applies(field))
        {
            return null;
        }

        var value = request.Value(field.Key);
        if (value is null && field.Required)
        {
            AddError(field, new LocalizedText(
                $"{verbNl} {field.Label.Nl} {tailNl}; dit veld is verplicht.",
                $"{verbEn} {field.Label.En}; this field is required."));
        }

        return value;
    }
}
