using System.Globalization;
using Host.Abstractions;
using SampleHost.Security;

namespace SampleHost.Uploads;

/// <summary>
/// Checks the files of an action's <see cref="FieldType.File"/> inputs: a required file that is missing, a file over
/// the maximum size and a file whose extension is not one of <see cref="FieldDefinition.AcceptedFileTypes"/>.
/// </summary>
internal static class UploadValidator
{
    public static (IReadOnlyDictionary<string, ActionFile> Files, IReadOnlyList<FieldError> Errors) Validate(
        ActionDefinition action,
        UploadedForm? form,
        long maxBytes,
        ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(user);

        var access = new FieldAccess(user);
        var files = new Dictionary<string, ActionFile>(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        foreach (var input in action.Inputs.Where(i => i.Type == FieldType.File && access.CanEnter(i)))
        {
            if (form?.TooLarge.GetValueOrDefault(input.Key) is long length and > 0)
            {
                errors.Add(new FieldError(input.Key, TooLarge(input.Label, length, maxBytes)));
                continue;
            }

            if (form?.Files.GetValueOrDefault(input.Key) is not { } file)
            {
                if (input.Required)
                {
                    errors.Add(new FieldError(input.Key, new LocalizedText(
                        $"Kies een bestand bij {input.Label.Nl}; dit veld is verplicht.",
                        $"Choose a file for {input.Label.En}; this field is required.")));
                }

                continue;
            }

            if (!HasAcceptedType(input, file.FileName))
            {
                var types = string.Join(", ", input.AcceptedFileTypes);
                errors.Add(new FieldError(input.Key, new LocalizedText(
                    $"{input.Label.Nl} moet een bestand van het type {types} zijn. Kies een ander bestand.",
                    $"{input.Label.En} must be a file of type {types}. Choose another file.")));
                continue;
            }

            files[input.Key] = file;
        }

        return (files, errors);
    }

    /// <summary>Returns whether the file name ends in one of the accepted extensions; a media type such as <c>text/csv</c> is left to the handler.</summary>
    private static bool HasAcceptedType(FieldDefinition input, string fileName)
    {
        var extensions = input.AcceptedFileTypes.Where(t => t.StartsWith('.')).ToList();
        return extensions.Count == 0 || extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private static LocalizedText TooLarge(LocalizedText label, long length, long maxBytes) => new(
        $"{label.Nl} is te groot: {Size(length, "nl")}, hooguit {Size(maxBytes, "nl")}. Kies een kleiner bestand of splits het.",
        $"{label.En} is too large: {Size(length, "en")}, at most {Size(maxBytes, "en")}. Choose a smaller file or split it.");

    /// <summary>Formats a size in bytes, kB (1,024 bytes) or MB (1,024 kB).</summary>
    internal static string Size(long bytes, string culture)
    {
        var format = CultureInfo.GetCultureInfo(culture);
        return bytes switch
        {
            < 1024 => string.Create(format, $"{bytes} bytes"),
            < 1024 * 1024 => string.Create(format, $"{bytes / 1024m:0.#} kB"),
            _ => string.Create(format, $"{bytes / (1024m * 1024m):0.#} MB"),
        };
    }
}
