using Host.Abstractions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SampleHost.Uploads;

/// <summary>
/// The problem the JSON action API returns for an action that takes a file: the API accepts JSON only, so such an action is
/// carried out through its HTML form, which posts <c>multipart/form-data</c>.
/// </summary>
internal static class FileActionProblem
{
    /// <summary>Returns whether <paramref name="action"/> has a <see cref="FieldType.File"/> input.</summary>
    public static bool TakesFile(ActionDefinition action)
    {
        ArgumentNullException.ThrowIfNull(action);

        return action.Inputs.Any(i => i.Type == FieldType.File);
    }

    /// <summary>Returns problem+json with status 415 that names the file inputs and the HTML form.</summary>
    public static ProblemHttpResult For(ActionDefinition action)
    {
        ArgumentNullException.ThrowIfNull(action);

        var inputs = string.Join(", ", action.Inputs.Where(i => i.Type == FieldType.File).Select(i => i.Key));
        return TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Deze actie vraagt een bestand. / This action takes a file.",
            detail: $"De actie {action.Id} vraagt een bestand ({inputs}) en de JSON-API neemt geen bestanden aan. Voer de actie uit met het HTML-formulier op het scherm, dat multipart/form-data verstuurt. / "
                + $"The action {action.Id} takes a file ({inputs}) and the JSON API accepts no files. Carry out the action with the HTML form on the screen, which posts multipart/form-data.");
    }
}
