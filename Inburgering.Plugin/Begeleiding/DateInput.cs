using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>Reads the date inputs of the begeleiding actions: <c>yyyy-MM-dd</c> as browsers send it, or <c>d-M-yyyy</c> as typed.</summary>
internal static class DateInput
{
    private static readonly string[] s_formats = ["yyyy-MM-dd", "d-M-yyyy"];

    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Parses the value of <paramref name="field"/>. Returns <see langword="null"/> and no error for an empty optional
    /// value, and an error that names the field and the format for an empty required value or an invalid date.
    /// </summary>
    public static (DateOnly? Date, FieldError? Error) Read(ActionRequest request, FieldDefinition field, bool required)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(field);

        var text = request.Value(field.Key);
        if (text is null && !required)
        {
            return (null, null);
        }

        if (!DateOnly.TryParseExact(text, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, new FieldError(field.Key, new LocalizedText(
                $"Vul bij '{field.Label.Nl}' een datum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                $"Enter a date for '{field.Label.En}' as dd-mm-yyyy, for example 04-12-2026.")));
        }

        return (date, null);
    }

    /// <summary>Returns <paramref name="date"/> as the host's date inputs expect it, <c>yyyy-MM-dd</c>.</summary>
    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Returns <paramref name="date"/> as Dutch readers write it, for example <c>4 december 2026</c>.</summary>
    public static string Dutch(DateOnly date) => date.ToString("d MMMM yyyy", s_dutch);

    /// <summary>Returns <paramref name="date"/> for English readers, for example <c>4 December 2026</c>.</summary>
    public static string English(DateOnly date) => date.ToString("d MMMM yyyy", s_english);
}
