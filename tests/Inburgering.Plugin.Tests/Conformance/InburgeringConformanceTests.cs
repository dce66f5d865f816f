using Host.Abstractions.Testing;

namespace Inburgering.Plugin.Tests.Conformance;

/// <summary>
/// The inburgering plugin, as SampleHost's build publishes it into <c>SampleHost/plugins/inburgering</c>, against
/// the checks every plugin has to pass.
/// </summary>
public sealed class InburgeringConformanceTests : PluginConformanceTests
{
    protected override string PublishedPluginFolder { get; } =
        Path.Combine(PublishedPluginFolders.FindFolderAbove("Inburgering.sln"), "SampleHost", "plugins", "inburgering");
}
