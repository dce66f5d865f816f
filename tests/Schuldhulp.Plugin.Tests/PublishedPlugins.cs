using Host.Abstractions.Testing;

namespace Schuldhulp.Plugin.Tests;

/// <summary>The published folders of the plugins these tests load.</summary>
internal static class PublishedPlugins
{
    private static readonly string s_repositoryRoot = PublishedPluginFolders.FindFolderAbove("Inburgering.sln");

    /// <summary>The schuldhulp plugin, published by this project's build.</summary>
    public static string Schuldhulp { get; } =
        Path.Combine(s_repositoryRoot, "tests", "TestPlugins", "Schuldhulp.Plugin", "bin", "published", "schuldhulp");

    /// <summary>The inburgering plugin, published by SampleHost's build.</summary>
    public static string Inburgering { get; } = Path.Combine(s_repositoryRoot, "SampleHost", "plugins", "inburgering");
}
