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
    public static (PluginManifest? Manifest, LocalizedText? Error) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, new LocalizedText(
                $"De map '{Path.GetFileName(folder)}' heeft geen {FileName}. Publiceer de plugin met zijn manifest.",
                $"The folder '{Path.GetFileName(folder)}' has no {FileName}. Publish the plugin with its manifest."));
        }

        ManifestJson? json;
        try
        {
            json = JsonSerializer.Deserialize<ManifestJson>(File.ReadAllText(path), s_json);
        }
        catch (JsonException exception)
        {
            return (null, new LocalizedText(
                $"{FileName} in '{Path.GetFileName(folder)}' is geen geldige JSON: {exception.Message}",
                $"{FileName} in '{Path.GetFileName(folder)}' is not valid JSON: {exception.Message}"));
        }

        return Validate(json, Path.GetFileName(folder));
    }

    private static (PluginManifest?, LocalizedText?) Validate(ManifestJson? json, string folderName)
    {
        if (json is null || string.IsNullOrWhiteSpace(json.Id))
        {
            return (null, new LocalizedText(
                $"{FileName} in '{folderName}' heeft geen 'id'. Vul de id van de plugin in, bijvoorbeeld \"id\": \"{folderName}\".",
                $"{FileName} in '{folderName}' has no 'id'. Add the plugin's id, for example \"id\": \"{folderName}\"."));
        }

        if (!SemanticVersion.TryParse(json.Version, out var version))
        {
            return (null, new LocalizedText(
                $"Plugin '{json.Id}': 'version' in {FileName} is '{json.Version}', en dat is geen versie zoals \"1.0.0\".",
                $"Plugin '{json.Id}': 'version' in {FileName} is '{json.Version}', which is not a version such as \"1.0.0\"."));
        }

        if (!VersionRange.TryParse(json.HostApi, out var hostApi))
        {
            return (null, new LocalizedText(
                $"Plugin '{json.Id}': 'hostApi' in {FileName} is '{json.HostApi}', en dat is geen bereik zoals \">=1.0 <2.0\".",
                $"Plugin '{json.Id}': 'hostApi' in {FileName} is '{json.HostApi}', which is not a range such as \">=1.0 <2.0\"."));
        }

        if (string.IsNullOrWhiteSpace(json.Assembly))
        {
            return (null, new LocalizedText(
                $"Plugin '{json.Id}': {FileName} heeft geen 'assembly'. Noem de hoofdassembly van de plugin, bijvoorbeeld \"{json.Id}.dll\".",
                $"Plugin '{json.Id}': {FileName} has no 'assembly'. Name the plugin's main assembly, for example \"{json.Id}.dll\"."));
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
