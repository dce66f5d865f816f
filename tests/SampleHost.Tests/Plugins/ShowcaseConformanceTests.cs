using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Plugins;

/// <summary>The showcase test plugin, which uses every screen element, against the checks every plugin has to pass.</summary>
public sealed class ShowcaseConformanceTests : PluginConformanceTests
{
    protected override string PublishedPluginFolder =>
        Path.Combine(RepositoryPaths.Root, "tests", "TestPlugins", "Showcase.Plugin", "bin", "published", "showcase");
}
