using Host.Abstractions;

namespace SampleHost.Tests.Hosting;

/// <summary>How a test starts SampleHost: database, plugins folder and switches.</summary>
internal sealed record SampleHostSettings
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. When it is empty, SQLite gets a file in a new temporary folder, and PostgreSQL a new
    /// database that the server drops when it is disposed.
    /// </summary>
    public string? ConnectionString { get; init; }

    public string PluginsPath { get; init; } = RepositoryPaths.PublishedPlugins;

    public bool SafeMode { get; init; }

    public string Environment { get; init; } = "Development";

    public bool SeedDemoData { get; init; }

    /// <summary>
    /// The moment the host's clock starts at, or <see langword="null"/> for the real current time. A test that waits for
    /// a fixed due moment sets it, so the moment is still ahead on any day the test runs.
    /// </summary>
    public DateTimeOffset? StartTime { get; init; }
}
