using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>The checks on a plugin folder that run before any of its code is loaded.</summary>
internal static class PluginPreflight
{
    /// <summary>
    /// Returns why the plugin must not be loaded, or <see langword="null"/> when it may be: its Host API range must
    /// include <paramref name="hostApiVersion"/>, its folder must not ship a shared assembly, and its deps.json must
    /// not name a shared assembly newer than the host's (<see cref="PluginDependencyCheck"/>).
    /// </summary>
    public static (PluginStatus Status, LocalizedText Reason)? Check(string folder, PluginManifest manifest, SemanticVersion hostApiVersion)
    {
        if (!manifest.HostApi.Includes(hostApiVersion))
        {
            return (PluginStatus.Incompatible, new LocalizedText(
                $"Plugin '{manifest.Id}' {manifest.Version} ondersteunt Host API '{manifest.HostApi}', maar deze host implementeert Host API {hostApiVersion}. Installeer een versie van de plugin voor Host API {hostApiVersion.Major}.x.",
                $"Plugin '{manifest.Id}' {manifest.Version} supports Host API '{manifest.HostApi}', but this host implements Host API {hostApiVersion}. Install a version of the plugin built for Host API {hostApiVersion.Major}.x."));
        }

        var copies = SharedAssemblies.FileNames.Where(name => File.Exists(Path.Combine(folder, name))).ToList();
        if (copies.Count > 0)
        {
            var files = string.Join(", ", copies.Select(c => $"'{c}'"));
            return (PluginStatus.Rejected, new LocalizedText(
                $"Plugin '{manifest.Id}' levert een eigen kopie van de gedeelde assembly {files} mee. Verwijs ernaar met Private=\"false\" en ExcludeAssets=\"runtime\", zodat de plugin de kopie van de host gebruikt, en publiceer opnieuw.",
                $"Plugin '{manifest.Id}' ships its own copy of the shared assembly {files}. Reference it with Private=\"false\" and ExcludeAssets=\"runtime\" so the plugin uses the host's copy, and publish again."));
        }

        if (PluginDependencyCheck.Check(folder, manifest, SharedAssemblies.LoadedAssemblies) is { } dependencyRejection)
        {
            return dependencyRejection;
        }

        if (!File.Exists(Path.Combine(folder, manifest.Assembly)))
        {
            return (PluginStatus.Malfunctioned, new LocalizedText(
                $"Plugin '{manifest.Id}': de assembly '{manifest.Assembly}' uit plugin.json staat niet in de map van de plugin. Publiceer de plugin in deze map.",
                $"Plugin '{manifest.Id}': the assembly '{manifest.Assembly}' named in plugin.json is not in its folder. Publish the plugin into this folder."));
        }

        return null;
    }
}
