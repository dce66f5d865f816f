using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Plugins;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Plugins;

/// <summary>Rejecting a plugin whose deps.json names a shared assembly newer than the host's, before its code loads.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class PluginDependencyCheckTests(DatabaseProvider provider)
{
    private const string Administrator = "demo-0599-functioneel-beheerder";

    private static readonly AssemblyName s_hostAbstractions = typeof(IPluginModule).Assembly.GetName();

    [Test]
    public async Task Start_NewerHostAbstractions_RejectsPlugin()
    {
        using var folders = PluginFolders.Create();
        var folder = folders.CopyPublished("inburgering");
        await AddRuntimeAssetAsync(Path.Combine(folder, "Inburgering.Plugin.deps.json"), "Host.Abstractions", "2.0.0.0");
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider, PluginsPath = folders.Root });
        using var session = await HostSession.LogInAsync(server, Administrator);

        var (status, html) = await session.GetPageAsync("/beheer/plugins");

        var plugin = server.Services.GetRequiredService<PluginCatalog>().Plugins.Single();
        Assert.That(plugin.Status, Is.EqualTo(PluginStatus.Rejected));
        Assert.That(plugin.Reason!.En, Is.EqualTo(
            "Plugin 'inburgering' was built against Host.Abstractions 2.0.0.0, but this host loads Host.Abstractions 1.0.0.0. Build the plugin against the host's versions, or install a host that has these versions."));
        Assert.That(plugin.Reason.Nl, Does.StartWith(
            "Plugin 'inburgering' is gebouwd tegen Host.Abstractions 2.0.0.0, maar deze host heeft Host.Abstractions 1.0.0.0 geladen."));
        Assert.That(plugin.Assembly, Is.Null, "no plugin code was loaded");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Regex.Match(html, "<tr data-plugin=\"inburgering\">.*?data-status=\"(\\w+)\"", RegexOptions.Singleline).Groups[1].Value, Is.EqualTo("Rejected"));
    }

    [Test]
    public async Task Check_SameVersion_Passes()
    {
        using var folders = PluginFolders.Create();
        var folder = folders.CopyPublished("inburgering");
        await AddRuntimeAssetAsync(Path.Combine(folder, "Inburgering.Plugin.deps.json"), "Host.Abstractions", s_hostAbstractions.Version!.ToString());

        var result = PluginDependencyCheck.Check(folder, Manifest("Inburgering.Plugin.dll"), SharedAssemblies.LoadedAssemblies);

        Assert.That(result, Is.Null);
    }

    [Test]
    public async Task Check_OlderVersion_Passes()
    {
        using var folders = PluginFolders.Create();
        var folder = folders.CopyPublished("inburgering");
        await AddRuntimeAssetAsync(Path.Combine(folder, "Inburgering.Plugin.deps.json"), "Host.Abstractions", "0.9.0.0");

        var result = PluginDependencyCheck.Check(folder, Manifest("Inburgering.Plugin.dll"), SharedAssemblies.LoadedAssemblies);

        Assert.That(result, Is.Null);
    }

    [Test]
    public async Task Check_TwoNewerAssemblies_NamesBoth()
    {
        using var folders = PluginFolders.Create();
        var folder = folders.CopyPublished("inburgering");
        var depsJson = Path.Combine(folder, "Inburgering.Plugin.deps.json");
        await AddRuntimeAssetAsync(depsJson, "Host.Abstractions", "2.0.0.0");
        await AddRuntimeAssetAsync(depsJson, "Microsoft.Extensions.Logging.Abstractions", "99.0.0.0");

        var result = PluginDependencyCheck.Check(folder, Manifest("Inburgering.Plugin.dll"), SharedAssemblies.LoadedAssemblies);

        Assert.That(result?.Status, Is.EqualTo(PluginStatus.Rejected));
        Assert.That(result?.Reason.En, Does.Contain("Host.Abstractions 2.0.0.0, but this host loads Host.Abstractions 1.0.0.0"));
        Assert.That(result?.Reason.En, Does.Contain("Microsoft.Extensions.Logging.Abstractions 99.0.0.0, but this host loads"));
    }

    [Test]
    public void Check_NoDepsJson_Passes()
    {
        using var folders = PluginFolders.Create();
        var folder = Directory.CreateDirectory(Path.Combine(folders.Root, "bare")).FullName;

        var result = PluginDependencyCheck.Check(folder, Manifest("Bare.Plugin.dll"), SharedAssemblies.LoadedAssemblies);

        Assert.That(result, Is.Null);
    }

    [Test]
    public async Task Check_InvalidJson_MarksMalfunctioned()
    {
        using var folders = PluginFolders.Create();
        var folder = Directory.CreateDirectory(Path.Combine(folders.Root, "broken")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "Broken.Plugin.deps.json"), "{ \"targets\": ");

        var result = PluginDependencyCheck.Check(folder, Manifest("Broken.Plugin.dll"), SharedAssemblies.LoadedAssemblies);

        Assert.That(result?.Status, Is.EqualTo(PluginStatus.Malfunctioned));
        Assert.That(result?.Reason.En, Does.StartWith("Plugin 'test': Broken.Plugin.deps.json is not valid JSON:"));
    }

    /// <summary>Adds a library with one runtime asset to every target of a deps.json, as a build against that version writes it.</summary>
    private static async Task AddRuntimeAssetAsync(string depsJsonPath, string assemblyName, string assemblyVersion)
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(depsJsonPath))!.AsObject();
        var library = $"{assemblyName}/{assemblyVersion}";

        foreach (var (_, target) in root["targets"]!.AsObject())
        {
            target!.AsObject()[library] = new JsonObject
            {
                ["runtime"] = new JsonObject
                {
                    [$"lib/net10.0/{assemblyName}.dll"] = new JsonObject { ["assemblyVersion"] = assemblyVersion, ["fileVersion"] = assemblyVersion },
                },
            };
        }

        root["libraries"]!.AsObject()[library] = new JsonObject { ["type"] = "package", ["serviceable"] = true, ["sha512"] = string.Empty };
        await File.WriteAllTextAsync(depsJsonPath, root.ToJsonString());
    }

    private static PluginManifest Manifest(string assembly)
    {
        var hostApi = VersionRange.TryParse(">=1.0 <2.0", out var range) ? range : throw new InvalidOperationException("The test's Host API range is invalid.");
        return new PluginManifest("test", new SemanticVersion(1, 0, 0), hostApi, assembly);
    }
}
