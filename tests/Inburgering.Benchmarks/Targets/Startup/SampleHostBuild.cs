namespace Inburgering.Benchmarks.Targets.Startup;

/// <summary>The Release build of SampleHost and the plugins folder its build publishes the plugins into.</summary>
/// <param name="AssemblyPath">The full path of <c>SampleHost.dll</c>.</param>
/// <param name="PluginsFolder">The full path of <c>SampleHost/plugins</c>.</param>
internal sealed record SampleHostBuild(string AssemblyPath, string PluginsFolder)
{
    /// <summary>Finds the Release build of SampleHost in the repository above this assembly's folder.</summary>
    /// <exception cref="FileNotFoundException">SampleHost has no Release build; build this project with <c>-c Release</c>, which builds SampleHost too.</exception>
    public static SampleHostBuild Find()
    {
        var root = RepositoryRoot();
        var assembly = Path.Combine(root, "SampleHost", "bin", "Release", "net10.0", "SampleHost.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException(
                $"SampleHost has no Release build at {assembly}. Run 'dotnet build SampleHost -c Release' first.", assembly);
        }

        var plugins = Path.Combine(root, "SampleHost", "plugins");
        if (!File.Exists(Path.Combine(plugins, "inburgering", "plugin.json")))
        {
            throw new FileNotFoundException(
                $"The inburgering plugin is not published in {plugins}. Building SampleHost publishes it there.", plugins);
        }

        return new SampleHostBuild(assembly, plugins);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Inburgering.sln above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}
