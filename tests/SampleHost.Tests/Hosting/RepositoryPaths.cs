namespace SampleHost.Tests.Hosting;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The plugins folder that building SampleHost publishes the plugins into.</summary>
    public static string PublishedPlugins => Path.Combine(Root, "SampleHost", "plugins");

    /// <summary>The test plugins that this test project's build publishes next to its assembly.</summary>
    public static string TestPlugins => Path.Combine(AppContext.BaseDirectory, "test-plugins");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Inburgering.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
