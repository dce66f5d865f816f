using SampleHost.Plugins;
using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Plugins;

/// <summary>
/// The plugin loader loads each plugin file once per process, because a load context that cannot be unloaded keeps
/// its assemblies until the process ends.
/// </summary>
public sealed class McMasterPluginAssemblyLoaderTests
{
    private static string PublishedAssembly => Path.Combine(RepositoryPaths.PublishedPlugins, "inburgering", "Inburgering.Plugin.dll");

    [Test]
    public void Load_SameFileTwice_ReturnsTheFirstLoad()
    {
        var loader = new McMasterPluginAssemblyLoader();

        var first = loader.Load(PublishedAssembly);
        var second = new McMasterPluginAssemblyLoader().Load(PublishedAssembly);

        Assert.That(second.Assembly, Is.SameAs(first.Assembly));
    }

    [Test]
    public void Load_CopyInAnotherFolder_LoadsItSeparately()
    {
        using var folders = PluginFolders.Create();
        var copy = Path.Combine(folders.CopyPublished("inburgering"), "Inburgering.Plugin.dll");

        var published = new McMasterPluginAssemblyLoader().Load(PublishedAssembly);
        var copied = new McMasterPluginAssemblyLoader().Load(copy);

        Assert.That(copied.Assembly, Is.Not.SameAs(published.Assembly));
        Assert.That(copied.Assembly.Location, Is.EqualTo(copy));
    }

    [Test]
    public void Load_FileChangedInPlace_LoadsTheNewFile()
    {
        using var folders = PluginFolders.Create();
        var path = Path.Combine(folders.CopyPublished("inburgering"), "Inburgering.Plugin.dll");
        var before = new McMasterPluginAssemblyLoader().Load(path);

        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));
        var after = new McMasterPluginAssemblyLoader().Load(path);

        Assert.That(after.Assembly, Is.Not.SameAs(before.Assembly));
    }

    [Test]
    public void Load_MissingFile_ThrowsEachTime()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-plugin-{Guid.NewGuid():N}", "Missing.Plugin.dll");
        var loader = new McMasterPluginAssemblyLoader();

        Assert.That(() => loader.Load(missing), Throws.Exception);
        Assert.That(() => loader.Load(missing), Throws.Exception);
    }
}
