using Host.Abstractions;

namespace SampleHost.Screens;

/// <summary>Reads a submitted action form: its values per input, with the codes of a multiple choice joined by commas.</summary>
internal static class ScreenForm
{
    /// <summary>The hidden form field with the <see cref="ScreenContent.Version"/> the form was opened with.</summary>
    public const string VersionField = "__version";

    public static Dictionary<string, string?> Values(ActionDefinition action, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(form);

        return action.Inputs.ToDictionary(
            input => input.Key,
            input => input.Type switch
            {
                FieldType.MultiChoice => string.Join(',', form[input.Key].Where(v => !string.IsNullOrEmpty(v))),
                FieldType.Boolean => form[input.Key].Contains("true") ? "true" : form[input.Key].FirstOrDefault(),
                _ => form[input.Key].FirstOrDefault(),
            },
            StringComparer.Ordinal);
    }
}
