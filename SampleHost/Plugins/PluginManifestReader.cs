using System.Text.Json;
using System.Text.Json.Serialization;
using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>Reads a plugin's <c>plugin.json</c> without loading any of its code.</summary>
internal static class PluginManifestReader
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the manifest in <paramref name="folder"/>, or returns why it cannot be used.</summary>
    public static (PluginManifest? Manifest, string? Error) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, $"The folder '{Path.GetFileName(folder)}' has no {FileName}. Publish the plugin with its manifest.");
        }

        ManifestJson? json;
        try
        {
            json = JsonSerializer.Deserialize<ManifestJson>(File.ReadAllText(path), s_json);
        }
        catch (JsonException exception)
        {
            return (null, $"{FileName} in '{Path.GetFileName(folder)}' is not valid JSON: {exception.Message}");
        }

        return Validate(json, Path.GetFileName(folder));
    }

    private static (PluginManifest?, string?) Validate(ManifestJson? json, string folderName)
    {
        if (json is null || string.IsNullOrWhiteSpace(json.Id))
        {
            return (null, $"{FileName} in '{folderName}' has no 'id'. Add the plugin's id, for example \"id\": \"{folderName}\".");
        }

        if (!SemanticVersion.TryParse(json.Version, out var version))
        {
            return (null, $"Plugin '{json.Id}': 'version' in {FileName} is '{json.Version}', which is not a version such as \"1.0.0\".");
        }

        if (!VersionRange.TryParse(json.HostApi, out var hostApi))
        {
            return (null, $"Plugin '{json.Id}': 'hostApi' in {FileName} is '{json.HostApi}', which is not a range such as \">=1.0 <2.0\".");
        }

        if (string.IsNullOrWhiteSpace(json.Assembly))
        {
            return (null, $"Plugin '{json.Id}': {FileName} has no 'assembly'. Name the plugin's main assembly, for example \"{json.Id}.dll\".");
        }

        var manifest = new PluginManifest(json.Id, version, hostApi, json.Assembly)
        {
            Name = json.Name is { Nl: { } nl } ? new LocalizedText(nl, json.Name.En ?? nl) : null,
            Schema = json.Schema,
        };
        return (manifest, null);
    }

    private sealed record ManifestJson(
        string? Id,
        string? Version,
        string? HostApi,
        string? Assembly,
        NameJson? Name,
        string? Schema);

    private sealed record NameJson([property: JsonPropertyName("nl")] string? Nl, [property: JsonPropertyName("en")] string? En);
}
