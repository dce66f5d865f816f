using Host.Abstractions;

namespace SampleHost.Persistence;

/// <summary>The <c>Database</c> settings: which engine the host and its plugins use, and where.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default) or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. For SQLite it defaults to <c>App_Data/samplehost.db</c> under the content root.
    /// PostgreSQL has no default.
    /// </summary>
    public string? ConnectionString { get; set; }
}
