using Host.Abstractions;

namespace SampleHost.Tests.Hosting;

/// <summary>How a test starts SampleHost: database, plugins folder and switches.</summary>
internal sealed record SampleHostSettings
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string; for SQLite a file in a fresh temporary folder when empty.</summary>
    public string? ConnectionString { get; init; }

    public string PluginsPath { get; init; } = RepositoryPaths.PublishedPlugins;

    public bool SafeMode { get; init; }

    public string Environment { get; init; } = "Development";

    public bool SeedDemoData { get; init; }
}
