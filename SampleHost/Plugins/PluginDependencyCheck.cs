using System.Reflection;
using System.Text.Json;
using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>
/// Compares the shared assemblies a plugin was built against, as its <c>&lt;assembly&gt;.deps.json</c> lists them,
/// with the versions the host loaded, before any plugin code loads. A plugin built against a newer version may call
/// members the host's copy lacks, and would fail only when that code runs.
/// </summary>
/// <remarks>
/// Host.Abstractions keeps its assembly version at <c>major.0.0.0</c>, so within one major version this check passes
/// and the manifest's Host API range decides.
/// </remarks>
internal static class PluginDependencyCheck
{
    private static readonly JsonDocumentOptions s_json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// Returns why the plugin must not be loaded, or <see langword="null"/> when no shared assembly in its deps.json
    /// has an <c>assemblyVersion</c> above the one in <paramref name="hostAssemblies"/>. A plugin without a deps.json passes.
    /// </summary>
    public static (PluginStatus Status, LocalizedText Reason)? Check(string folder, PluginManifest manifest, IReadOnlyList<AssemblyName> hostAssemblies)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(hostAssemblies);

        var fileName = Path.ChangeExtension(manifest.Assembly, ".deps.json");
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        List<NewerAssembly> newer;
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, s_json);
            newer = FindNewer(document.RootElement, hostAssemblies);
        }
        catch (JsonException exception)
        {
            return (PluginStatus.Malfunctioned, new LocalizedText(
                $"Plugin '{manifest.Id}': {fileName} is geen geldige JSON: {exception.Message} Publiceer de plugin opnieuw.",
                $"Plugin '{manifest.Id}': {fileName} is not valid JSON: {exception.Message} Publish the plugin again."));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (PluginStatus.Malfunctioned, new LocalizedText(
                $"Plugin '{manifest.Id}': {fileName} kon niet worden gelezen: {exception.Message} Controleer de rechten op de map van de plugin.",
                $"Plugin '{manifest.Id}': {fileName} could not be read: {exception.Message} Check the permissions on the plugin's folder."));
        }

        if (newer.Count == 0)
        {
            return null;
        }

        var nl = string.Join("; ", newer.Select(n => $"{n.Name} {n.PluginVersion}, maar deze host heeft {n.Name} {n.HostVersion} geladen"));
        var en = string.Join("; ", newer.Select(n => $"{n.Name} {n.PluginVersion}, but this host loads {n.Name} {n.HostVersion}"));
        return (PluginStatus.Rejected, new LocalizedText(
            $"Plugin '{manifest.Id}' is gebouwd tegen {nl}. Bouw de plugin tegen de versies van de host, of installeer een host met deze versies.",
            $"Plugin '{manifest.Id}' was built against {en}. Build the plugin against the host's versions, or install a host that has these versions."));
    }

    /// <summary>
    /// Returns the shared assemblies that a <c>runtime</c> entry of any target in the deps.json lists with a higher
    /// <c>assemblyVersion</c> than the host's, each once with its highest version.
    /// </summary>
    private static List<NewerAssembly> FindNewer(JsonElement root, IReadOnlyList<AssemblyName> hostAssemblies)
    {
        var newer = new Dictionary<string, NewerAssembly>(StringComparer.OrdinalIgnoreCase);
        foreach (var (assetPath, assemblyVersion) in RuntimeAssets(root))
        {
            var assetName = Path.GetFileNameWithoutExtension(assetPath.Replace('\\', '/').Split('/')[^1]);
            var host = hostAssemblies.FirstOrDefault(a => string.Equals(a.Name, assetName, StringComparison.OrdinalIgnoreCase));
            if (host?.Version is not { } hostVersion || !Version.TryParse(assemblyVersion, out var pluginVersion) || pluginVersion <= hostVersion)
            {
                continue;
            }

            if (!newer.TryGetValue(host.Name!, out var known) || known.PluginVersion < pluginVersion)
            {
                newer[host.Name!] = new NewerAssembly(host.Name!, pluginVersion, hostVersion);
            }
        }

        return [.. newer.Values.OrderBy(n => n.Name, StringComparer.Ordinal)];
    }

    /// <summary>Returns each <c>targets.*.*.runtime</c> asset path with its <c>assemblyVersion</c>, skipping entries of another shape.</summary>
    private static IEnumerable<(string AssetPath, string? AssemblyVersion)> RuntimeAssets(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var target in targets.EnumerateObject().Where(t => t.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var library in target.Value.EnumerateObject().Where(l => l.Value.ValueKind == JsonValueKind.Object))
            {
                if (!library.Value.TryGetProperty("runtime", out var runtime) || runtime.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var asset in runtime.EnumerateObject())
                {
                    var version = asset.Value.ValueKind == JsonValueKind.Object
                        && asset.Value.TryGetProperty("assemblyVersion", out var value)
                        && value.ValueKind == JsonValueKind.String
                            ? value.GetString()
                            : null;
                    yield return (asset.Name, version);
                }
            }
        }
    }

    private sealed record NewerAssembly(string Name, Version PluginVersion, Version HostVersion);
}
