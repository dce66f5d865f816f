namespace Host.Abstractions.Testing;

/// <summary>Finds published plugin folders and copies them into a plugins folder for a test host.</summary>
public static class PublishedPluginFolders
{
    /// <summary>
    /// Returns the nearest folder at or above the test assembly's folder that contains <paramref name="fileName"/>,
    /// such as the repository root with its solution file.
    /// </summary>
    /// <param name="fileName">A file name, for example <c>Inburgering.sln</c>.</param>
    /// <exception cref="InvalidOperationException">No folder above the test assembly contains the file.</exception>
    public static string FindFolderAbove(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, fileName)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains {fileName}; run the tests from the repository.");
    }

    /// <summary>Copies each published folder into <paramref name="pluginsFolder"/> under its own name, and returns <paramref name="pluginsFolder"/>.</summary>
    /// <param name="pluginsFolder">The plugins folder to create or add to.</param>
    /// <param name="publishedFolders">The published plugin folders.</param>
    /// <exception cref="DirectoryNotFoundException">A published folder does not exist.</exception>
    /// <exception cref="ArgumentException">Two published folders have the same name.</exception>
    public static string CopyInto(string pluginsFolder, IEnumerable<string> publishedFolders)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginsFolder);
        ArgumentNullException.ThrowIfNull(publishedFolders);

        Directory.CreateDirectory(pluginsFolder);
        foreach (var published in publishedFolders)
        {
            var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(published));
            if (!Directory.Exists(source))
            {
                throw new DirectoryNotFoundException(
                    $"The published plugin folder {source} does not exist. Publish the plugin first, for example by building the test project that publishes it.");
            }

            var target = Path.Combine(pluginsFolder, Path.GetFileName(source));
            if (Directory.Exists(target))
            {
                throw new ArgumentException($"Two published folders are named '{Path.GetFileName(source)}'; each plugin needs a folder of its own.", nameof(publishedFolders));
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }

        return pluginsFolder;
    }
}
