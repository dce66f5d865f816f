using Host.Abstractions.Testing;

namespace Schuldhulp.Plugin.Tests;

/// <summary>The schuldhulp plugin against the checks every plugin has to pass.</summary>
public sealed class SchuldhulpConformanceTests : PluginConformanceTests
{
    protected override string PublishedPluginFolder => PublishedPlugins.Schuldhulp;
}
