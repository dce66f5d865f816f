using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Plugins;

/// <summary>Builds plugins folders for a test from the published plugins, changed the way a test needs.</summary>
internal sealed class PluginFolders : IDisposable
{
    private PluginFolders(string root) => Root = root;

    /// <summary>The plugins folder to give SampleHost.</summary>
    public string Root { get; }

    public static PluginFolders Create() => new(Directory.CreateTempSubdirectory("plugins-").FullName);

    /// <summary>Copies the published plugin <paramref name="pluginId"/> into this folder and returns its path.</summary>
    public string CopyPublished(string pluginId) =>
        Copy(Path.Combine(RepositoryPaths.PublishedPlugins, pluginId), pluginId);

    /// <summary>
    /// Copies the test plugin <paramref name="pluginId"/>, published by its project <paramref name="project"/> under
    /// tests/TestPlugins, into this folder and returns its path.
    /// </summary>
    public string CopyTestPlugin(string project, string pluginId) =>
        Copy(Path.Combine(RepositoryPaths.Root, "tests", "TestPlugins", project, "bin", "published", pluginId), pluginId);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Copy(string source, string pluginId)
    {
        if (!Directory.Exists(source))
        {
            throw new InvalidOperationException($"The published plugin folder {source} does not exist; build the solution first.");
        }

        var target = Path.Combine(Root, pluginId);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
