using System.Globalization;
using Host.Abstractions;

namespace SampleHost.Screens;

/// <summary>Formats field values for screens, in the current culture.</summary>
internal static class FieldFormatter
{
    /// <summary>Returns <paramref name="value"/> as text for <paramref name="field"/>; an empty value is a dash.</summary>
    public static string Format(FieldDefinition field, object? value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(culture);

        return value switch
        {
            null => "–",
            string text when string.IsNullOrEmpty(text) => "–",
            string code when field.Type == FieldType.Choice => field.ChoiceLabel(code)?.For(culture) ?? code,
            IReadOnlyList<string> { Count: 0 } => "–",
            IReadOnlyList<string> codes => string.Join(", ", codes.Select(c => field.ChoiceLabel(c)?.For(culture) ?? c)),
            RecordReference reference => reference.Display,
            bool flag => flag ? Texts.Yes.For(culture) : Texts.No.For(culture),
            DateOnly date => date.ToString("d MMMM yyyy", culture),
            DateTimeOffset moment => TimeZoneInfo.ConvertTime(moment, Texts.Amsterdam).ToString("d MMMM yyyy HH:mm", culture),
            PartialDate partial => partial.ToDisplayString(culture),
            Bsn bsn => bsn.Value,
            IFormattable formattable => formattable.ToString(null, culture),
            _ => value.ToString() ?? "–",
        };
    }
}
