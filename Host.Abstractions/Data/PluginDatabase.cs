namespace Host.Abstractions;

/// <summary>
/// The database a plugin keeps its own tables in: the same database as the host, in the plugin's own tables.
/// </summary>
/// <param name="Provider">The database engine.</param>
/// <param name="ConnectionString">The connection string for <paramref name="Provider"/>.</param>
public sealed record PluginDatabase(DatabaseProvider Provider, string ConnectionString);

/// <summary>The database engines a host can run on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file; the default for trying and testing.</summary>
    Sqlite,

    /// <summary>PostgreSQL; the production database. Plugins keep their tables in a schema of their own.</summary>
    PostgreSql,
}
