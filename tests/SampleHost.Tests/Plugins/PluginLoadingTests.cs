using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Plugins;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Plugins;

/// <summary>SampleHost loading plugins from their published folders, and refusing or containing bad ones.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PluginLoadingTests(DatabaseProvider provider)
{
    private const string Administrator = "demo-0599-functioneel-beheerder";

    [Test]
    public void PublishedFolder_HoldsNoSharedAssembly()
    {
        var folder = Path.Combine(RepositoryPaths.PublishedPlugins, "inburgering");

        var shipped = SharedAssemblies.FileNames.Where(name => File.Exists(Path.Combine(folder, name))).ToList();

        Assert.That(File.Exists(Path.Combine(folder, "Inburgering.Plugin.dll")), Is.True, "the plugin is published");
        Assert.That(shipped, Is.Empty);
    }

    [Test]
    public async Task Start_PublishedPlugin_LoadsIt()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        using var session = await HostSession.LogInAsync(server, Administrator);

        var (status, html) = await session.GetPageAsync("/beheer/plugins");

        var plugin = server.Services.GetRequiredService<PluginCatalog>().Plugins.Single();
        Assert.That(plugin.Id, Is.EqualTo("inburgering"));
        Assert.That(plugin.Status, Is.EqualTo(PluginStatus.Loaded), plugin.Reason?.En);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(StatusCell(html, "inburgering"), Is.EqualTo("Loaded"));
    }

    [Test]
    public async Task Start_IncompatibleRange_RejectsPlugin()
    {
        using var folders = PluginFolders.Create();
        var folder = folders.CopyPublished("inburgering");
        var manifest = Path.Combine(folder, "plugin.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace(">=1.0 <2.0", ">=2.0 <3.0", StringComparison.Ordinal));
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = folders.Root });
        using var session = await HostSession.LogInAsync(server, Administrator);

        var (status, html) = await session.GetPageAsync("/beheer/plugins");

        var plugin = server.Services.GetRequiredService<PluginCatalog>().Plugins.Single();
        Assert.That(plugin.Status, Is.EqualTo(PluginStatus.Incompatible));
        Assert.That(plugin.Reason!.En, Is.EqualTo(
            "Plugin 'inburgering' 0.1.0 supports Host API '>=2.0 <3.0', but this host implements Host API 1.0.0. Install a version of the plugin built for Host API 1.x."));
        Assert.That(plugin.Reason.Nl, Does.StartWith("Plugin 'inburgering' 0.1.0 ondersteunt Host API '>=2.0 <3.0', maar deze host implementeert Host API 1.0.0."));
        Assert.That(plugin.Assembly, Is.Null, "no plugin code was loaded");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(StatusCell(html, "inburgering"), Is.EqualTo("Incompatible"));
    }

    [Test]
    public async Task Start_SharedAssemblyCopy_RejectsPlugin()
    {
        using var folders = PluginFolders.Create();
        var folder = folders.CopyPublished("inburgering");
        File.Copy(typeof(Host.Abstractions.IPluginModule).Assembly.Location, Path.Combine(folder, "Host.Abstractions.dll"));
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = folders.Root });
        server.StartServer();

        var plugin = server.Services.GetRequiredService<PluginCatalog>().Plugins.Single();

        Assert.That(plugin.Status, Is.EqualTo(PluginStatus.Rejected));
        Assert.That(plugin.Reason!.En, Does.StartWith("Plugin 'inburgering' ships its own copy of the shared assembly 'Host.Abstractions.dll'."));
        Assert.That(plugin.Assembly, Is.Null, "no plugin code was loaded");
    }

    [Test]
    public async Task Start_ThrowingPlugin_MarkedMalfunctioned()
    {
        using var folders = PluginFolders.Create();
        folders.CopyPublished("inburgering");
        folders.CopyTestPlugin("Throwing.Plugin", "throwing");
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = folders.Root });
        using var session = await HostSession.LogInAsync(server, Administrator);

        var (status, html) = await session.GetPageAsync("/beheer/plugins");

        var plugins = server.Services.GetRequiredService<PluginCatalog>().Plugins.ToDictionary(p => p.Id);
        Assert.That(plugins["throwing"].Status, Is.EqualTo(PluginStatus.Malfunctioned));
        Assert.That(plugins["throwing"].Reason!.En, Is.EqualTo(
            "Plugin 'throwing' failed while loading or registering: InvalidOperationException: The test plugin fails on purpose while registering."));
        Assert.That(plugins["inburgering"].Status, Is.EqualTo(PluginStatus.Loaded), plugins["inburgering"].Reason?.En);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(StatusCell(html, "throwing"), Is.EqualTo("Malfunctioned"));
    }

    [Test]
    public async Task Start_SafeMode_LoadsNoPlugin()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, SafeMode = true });
        using var session = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");

        var (status, html) = await session.GetPageAsync("/");

        var plugin = server.Services.GetRequiredService<PluginCatalog>().Plugins.Single();
        Assert.That(plugin.Status, Is.EqualTo(PluginStatus.Disabled));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Not.Contain("/schermen/inburgering.dossiers"));
    }

    private static string? StatusCell(string html, string pluginId)
    {
        var row = Regex.Match(html, $"<tr data-plugin=\"{Regex.Escape(pluginId)}\">.*?data-status=\"(\\w+)\"", RegexOptions.Singleline);
        return row.Success ? row.Groups[1].Value : null;
    }
}
