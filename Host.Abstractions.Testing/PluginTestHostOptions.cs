using TestSupport.LogScan;

namespace Host.Abstractions.Testing;

/// <summary>How a <see cref="PluginTestHost"/> starts SampleHost: which plugins, which database, which environment and clock.</summary>
public sealed record PluginTestHostOptions
{
    /// <summary>Friday 4 December 2026, 11:00 in Amsterdam: the default start of <see cref="PluginTestHost.Clock"/>.</summary>
    public static readonly DateTimeOffset DefaultStartTime = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The published plugin folders (each with its <c>plugin.json</c>) to copy into a fresh plugins folder, so the
    /// host loads these plugins and no others. Each copy keeps its folder name.
    /// </summary>
    public IReadOnlyList<string> PublishedPlugins { get; init; } = [];

    /// <summary>
    /// An existing plugins folder to load as it is, in place of copies of <see cref="PublishedPlugins"/>; leave
    /// <see cref="PublishedPlugins"/> empty when you set it.
    /// </summary>
    public string? PluginsPath { get; init; }

    /// <summary>The database engine; defaults to SQLite.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. When it is <see langword="null"/>, SQLite gets a new file in a temporary folder, and
    /// PostgreSQL a new database from <c>TestSupport.PostgresServer</c> that the host drops when it is disposed.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>The host environment; defaults to <c>Development</c>, which has the demo login, users and data.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>
    /// Whether the host and each plugin seed their demo data after start-up; only in Development. Defaults to
    /// <see langword="true"/>. <see cref="PluginTestHost.StartAsync"/> waits until seeding has finished.
    /// </summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>Starts the host with every plugin off (SampleHost's <c>Plugins:SafeMode</c>).</summary>
    public bool SafeMode { get; init; }

    /// <summary>The moment <see cref="PluginTestHost.Clock"/> starts at; defaults to <see cref="DefaultStartTime"/>.</summary>
    public DateTimeOffset StartTime { get; init; } = DefaultStartTime;

    /// <summary>
    /// How far <see cref="PluginTestHost.Clock"/> moves each time the host or a plugin reads it. The default, zero,
    /// keeps the clock still until a test moves it; a millisecond gives every write a later timestamp, as a real
    /// clock does.
    /// </summary>
    public TimeSpan ClockAutoAdvance { get; init; }

    /// <summary>
    /// Where the host's log messages, from Debug up in every category, are scanned for personal data of the RvIG
    /// test set; defaults to <see cref="LogScanSink.Shared"/>, whose hits fail the running test in an assembly with
    /// <see cref="NoPersonalDataInLogsAttribute"/>. A test of the scan itself passes a sink of its own.
    /// </summary>
    public LogScanSink? LogScan { get; init; }
}
